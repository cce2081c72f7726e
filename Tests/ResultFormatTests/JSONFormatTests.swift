import Foundation
import GraphModel
import Testing

@testable import ResultFormat

@Suite struct JSONFormatTests {
  @Test func resultsKeepTheirTypes() {
    let result = QueryResult(
      columns: ["n", "x"], rows: [[1, 1.0], ["a\"b", .float(.nan)], [nil, [true, ["k": 2]]]])
    #expect(
      JSONFormat.render(result)
        == #"{"columns": ["n", "x"], "rows": [[1, 1.0], ["a\"b", "NaN"], [null, [true, {"k": 2}]]]}"#
    )
  }

  @Test func entitiesAreObjects() {
    #expect(
      JSONFormat.render(.relationship(Fixtures.targets))
        == #"{"end": 2, "id": 10, "properties": {"role": "primary"}, "start": 1, "type": "TARGETS"}"#
    )
    #expect(
      JSONFormat.render(.node(Fixtures.legs)) == #"{"id": 3, "labels": [], "properties": {}}"#)
  }

  @Test func theOutputIsValidJSON() throws {
    let result = QueryResult(
      columns: ["p", "s"],
      rows: [[.path(Fixtures.path), "tab\there \u{1}"], [.node(Fixtures.squat), "é"]])
    let parsed =
      try JSONSerialization.jsonObject(with: Data(JSONFormat.render(result).utf8)) as? [String: Any]
    #expect((parsed?["rows"] as? [[Any]])?.count == 2)
  }
}
