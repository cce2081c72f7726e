import GraphModel
import Testing

@testable import ResultFormat

@Suite struct TableFormatTests {
  @Test func columnsAlignAndStringsShowBare() {
    let result = QueryResult(
      columns: ["name", "muscles"], rows: [["Squat", ["quads", "glutes"]], ["Plank", []]])
    #expect(
      TableFormat.render(result) == """
        ┌───────┬─────────────────────┐
        │ name  │ muscles             │
        ├───────┼─────────────────────┤
        │ Squat │ ['quads', 'glutes'] │
        │ Plank │ []                  │
        └───────┴─────────────────────┘

        """)
  }

  @Test func wideAndCombiningCharactersCountByColumns() {
    let result = QueryResult(columns: ["x"], rows: [["深蹲"], ["e\u{301}te"], ["💪"]])
    #expect(
      TableFormat.render(result) == """
        ┌──────┐
        │ x    │
        ├──────┤
        │ 深蹲 │
        │ éte  │
        │ 💪   │
        └──────┘

        """)
  }

  @Test func longValuesAreCutWithAnEllipsisAndAnEmptyResultHasOnlyAHeader() {
    let long = QueryResult(columns: ["s"], rows: [[.string(String(repeating: "x", count: 50))]])
    #expect(TableFormat.render(long, maximumCellWidth: 10).contains("│ xxxxxxxxx… │"))
    #expect(TableFormat.render(QueryResult(columns: ["a"], rows: [])) == "┌───┐\n│ a │\n└───┘\n")
  }
}
