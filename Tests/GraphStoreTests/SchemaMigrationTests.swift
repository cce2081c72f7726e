import GraphModel
import GraphStore
import SQLiteDB
import TestSupport
import Testing

/// A store written by an earlier kg opens in the current schema with its data intact.
@Suite struct SchemaMigrationTests {
  private func factCount(_ path: String) throws -> SQLiteValue? {
    try Connection(path: path).scalar("SELECT count(*) FROM fact")
  }

  @Test func aVersion3StoreLosesItsEntityIndexAndStillForgetsADeletedNodesFacts() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("kg.sqlite")
    let store = try GraphStore(path: path)
    try store.write { transaction in
      let writer = try transaction.factWriter(source: "gym.owx")
      try writer.apply(.label("Exercise", node: "http://example.org/squat"))
      try writer.apply(.label("Equipment", node: "http://example.org/barbell"))
      try writer.apply(
        .relationship(
          type: "REQUIRES", from: "http://example.org/squat", to: "http://example.org/barbell",
          properties: [:]))
      _ = try writer.finish()
    }
    // What version 3 looked like: the same tables, and an index of facts by entity.
    try Connection(path: path).execute(
      """
      CREATE INDEX fact_entity ON fact(kind, entity, key);
      UPDATE kg_schema_version SET version = 3;
      """)
    let facts = try factCount(path)

    let reopened = try GraphStore(path: path)
    let connection = try Connection(path: path)
    #expect(try connection.scalar("SELECT version FROM kg_schema_version") == .integer(4))
    #expect(
      try connection.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'fact_entity'")
        == .integer(0))
    #expect(try factCount(path) == facts)

    let squat = try #require(try reopened.read { try $0.nodeIDs(withLabel: "Exercise").first })
    try reopened.write { try $0.deleteNode(squat, detach: true) }
    // The squat's node and label facts and the REQUIRES fact are gone; the barbell's two stay.
    #expect(try factCount(path) == .integer(2))
  }
}
