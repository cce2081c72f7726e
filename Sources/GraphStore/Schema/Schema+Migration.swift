import SQLiteDB

extension Schema {
  /// Reads the schema version of a store, or `nil` when the database holds no kg schema.
  static func installedVersion(on connection: Connection) throws -> Int64? {
    let hasTable = try connection.scalar(
      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'kg_schema_version'")
    guard hasTable == .integer(1) else { return nil }
    guard
      case .integer(let version) = try connection.scalar("SELECT version FROM kg_schema_version")
    else {
      return nil
    }
    return version
  }

  /// Applies the migrations after `version`, all in one transaction, and stamps the store.
  static func migrate(_ connection: Connection, from version: Int64) throws {
    try connection.transaction(.immediate) {
      for migration in migrations.dropFirst(Int(version)) {
        try connection.execute(migration)
      }
      try connection.run("UPDATE kg_schema_version SET version = ?", [.integer(Schema.version)])
      try connection.execute("PRAGMA application_id = \(applicationID)")
    }
  }
}
