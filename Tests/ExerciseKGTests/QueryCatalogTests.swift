import ExerciseKG
import Foundation
import GraphModel
import TestSupport
import Testing

/// The saved queries: read from a folder, with their summaries and defaults.
@Suite struct QueryCatalogTests {
  let directory: TemporaryDirectory

  init() throws {
    directory = try TemporaryDirectory()
  }

  private func catalog(_ files: [String: String]) throws -> QueryCatalog {
    for (name, text) in files {
      try text.write(toFile: directory.path(name), atomically: true, encoding: .utf8)
    }
    return try QueryCatalog(folder: directory.url.path)
  }

  @Test func defaultsAreTheMapOnTheDefaultsLinesOfTheOpeningComment() throws {
    let queries = try catalog([
      "double.cypher": """
      // double — twice $n.
      //
      // Defaults: {n: 21, tags: ['a',
      //   'b'], none: null}
      // Columns: doubled.
      RETURN $n * 2 AS doubled
      """,
      "plain.cypher": "// plain — no defaults.\nRETURN 1",
      "broken.cypher": "// Defaults: [1, 2]\nRETURN 1",
      "notes.txt": "not a query",
    ])
    #expect(queries.queries.keys.sorted() == ["broken", "double", "plain"])
    let double = try queries.query("double")
    #expect(double.summary.hasPrefix("double — twice $n.\n\nDefaults:"))
    #expect(try double.defaults == ["n": 21, "tags": ["a", "b"], "none": .null])
    #expect(try queries.query("plain").defaults.isEmpty)
    #expect(throws: CatalogError.invalidDefaults(name: "broken")) {
      try queries.query("broken").defaults
    }
    #expect(throws: CatalogError.queryNotFound(name: "nope", folder: directory.url.path)) {
      try queries.query("nope")
    }
  }

  @Test func everyShippedQueryHasValidDefaults() throws {
    let shipped = try QueryCatalog()
    #expect(try shipped.query("recommend").defaults["level"] == 3)
    for query in shipped.queries.values { _ = try query.defaults }
  }
}
