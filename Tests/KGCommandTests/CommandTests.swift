import Foundation
import GraphModel
import GraphStore
import Testing

@testable import KGCommand

@Suite final class CommandTests {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "kg-command-\(UUID().uuidString)")

  init() throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }
  deinit { try? FileManager.default.removeItem(at: directory) }

  private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  private func makeStore(_ name: String) throws -> String {
    let store = try GraphStore(path: path(name))
    try store.write { tx in
      let squat = try tx.createNode(labels: ["Exercise"], properties: ["name": "Squat"])
      let quads = try tx.createNode(labels: ["MuscleGroup"], properties: ["name": "quadriceps"])
      try tx.createRelationship(
        from: squat, to: quads, type: "TARGETS", properties: ["role": "primary"])
      try tx.createPropertyIndex(label: "Exercise", key: "name")
      try tx.createFullTextIndex(
        named: "exercise_text", label: "Exercise", keys: ["name", "instructions"])
    }
    return store.path
  }

  static let expectedStats = """
    nodes: 2
      :Exercise 1
      :MuscleGroup 1
    relationships: 1
      :TARGETS 1
    indexes: 2
      :Exercise(name)
      full-text exercise_text on :Exercise(name, instructions)

    """

  /// `kg stats`'s output with its last line, the size (which varies with the page layout),
  /// checked and taken off.
  static func statsWithoutSize(_ output: String) -> String {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    lines.removeLast()
    #expect(lines.removeLast().wholeMatch(of: /size: \d+(\.\d)? KiB/) != nil)
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func statsPrintsCountsAndIndexes() throws {
    let outcome = try KGBinary.run(["stats", "--db", try makeStore("kg.sqlite")])
    #expect(outcome.status == 0)
    #expect(Self.statsWithoutSize(outcome.standardOutput) == Self.expectedStats)
  }

  @Test func kgDBNamesTheStoreWhenThereIsNoDBOption() throws {
    let outcome = try KGBinary.run(["stats"], environment: ["KG_DB": try makeStore("kg.sqlite")])
    #expect(outcome.status == 0)
    #expect(Self.statsWithoutSize(outcome.standardOutput) == Self.expectedStats)
  }

  @Test func checkSaysOkForASoundStore() throws {
    let outcome = try KGBinary.run(["check", "--db", try makeStore("kg.sqlite")])
    #expect((outcome.status, outcome.standardOutput) == (0, "ok\n"))
  }

  @Test func aFileThatIsNotAStoreIsAnErrorWithExitCodeOne() throws {
    let notes = path("notes.txt")
    try "not a database".write(toFile: notes, atomically: true, encoding: .utf8)
    let outcome = try KGBinary.run(["check", "--db", notes])
    #expect(outcome.status == 1)
    #expect(outcome.standardError == "kg: \(notes) is not a SQLite database\n")
  }

  @Test func backupWritesAStoreWithTheSameContents() throws {
    let source = try makeStore("kg.sqlite")
    let copy = path("copy.sqlite")
    let outcome = try KGBinary.run(["backup", "--db", source, copy])
    #expect((outcome.status, outcome.standardOutput) == (0, "backed up \(source) to \(copy)\n"))
    let stats = try KGBinary.run(["stats", "--db", copy]).standardOutput
    #expect(Self.statsWithoutSize(stats) == Self.expectedStats)
  }

  @Test func anUnknownCommandIsAUsageErrorWithExitCodeTwo() throws {
    let outcome = try KGBinary.run(["frobnicate"])
    #expect(outcome.status == 2)
    #expect(outcome.standardError.contains("Unexpected argument 'frobnicate'"))
  }

  @Test func statsOfAnEmptyGraph() {
    let empty = GraphStatistics(
      nodes: 0, relationships: 0, nodesByLabel: [:], relationshipsByType: [:], propertyIndexes: [],
      fullTextIndexes: [], bytes: 8192)
    #expect(
      StatsReport.render(empty) == "nodes: 0\nrelationships: 0\nindexes: 0\nsize: 8 KiB\n")
  }
}
