import ExerciseKG
import GraphModel
import Testing

/// `x IN list` against a list that is the same for the whole query (a parameter) is answered
/// from a hashed copy of the list when the list is long; it must answer as a scan does.
@Suite struct MembershipTests {
  static let elements: [Value] = [1, 2, 7, 11, 1.0, 2.5, nil, "a", "c", "z", true, [1]]

  static let lists: [Value] = [
    .list((1...10).map { .integer($0) }),
    .list((1...10).map { .integer($0) } + [nil]),
    .list(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]),
    .list(["a", "b", "c", "d", "e", "f", "g", "h", nil]),
    .list([1, "a", 2, "b", 3, "c", 4, "d"]),
    .list([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]),
    .list([1, 2]),
    .list([]),
    nil,
  ]

  @Test func aHashedListAnswersAsAScan() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    for list in Self.lists {
      // `$list` is the same for the run (hashed when long); `scanned` is a row's value.
      let rows = try graph.execute(
        "UNWIND $elements AS x WITH x, $list AS scanned RETURN x IN $list, x IN scanned",
        parameters: ["elements": .list(Self.elements), "list": list]
      ).result.rows
      #expect(rows.count == Self.elements.count)
      for (element, row) in zip(Self.elements, rows) {
        #expect(row[0] == row[1], "\(element) IN \(list)")
      }
    }
  }

  @Test func answersOfAHashedList() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    let withNull = Value.list((1...10).map { .integer($0) } + [nil])
    let row = try #require(
      try graph.execute(
        "RETURN 7 IN $list, 11 IN $list, 1.0 IN $list, 'a' IN $list, null IN $list",
        parameters: ["list": withNull]
      ).result.rows.first)
    #expect(row == [true, nil, true, nil, nil])
  }

  @Test func nothingIsInAnEmptyConstantListWhichSkipsTheElement() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    // The element is not evaluated at all: its division by zero never happens.
    let row = try graph.execute(
      "RETURN null IN $list, 1 / 0 IN $list", parameters: ["list": []]
    ).result.rows.first
    #expect(row == [false, false])
    #expect(throws: (any Error).self) {
      try graph.execute("RETURN 1 / 0 IN $list", parameters: ["list": [1]])
    }
  }
}
