import ExerciseKG
import GraphModel
import Testing

/// `ORDER BY … LIMIT k` keeps only the best k rows as it reads (the keys of a row that loses
/// to the last kept are read no further than needed): it must keep exactly the rows a full sort
/// puts first, in the same order, ties in input order.
@Suite struct OrderByLimitTests {
  @Test func theBestRowsAreThoseAFullSortPutsFirst() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    // Small values, so keys tie often; nulls among them; a fixed pseudo-random sequence.
    var numbers = SeededNumbers(seed: 7)
    func next(_ range: Int) -> Int { numbers.next(below: range) }
    let rows: [Value] = (0..<200).map { index in
      let a: Value = next(6) == 0 ? .null : .integer(Int64(next(4)))
      return .map(["i": .integer(Int64(index)), "a": a, "b": .integer(Int64(next(3)))])
    }
    for order in ["r.a DESC, r.b", "r.a, r.b DESC", "r.a", "r.b DESC, r.a DESC", "r.b * 0"] {
      let sorted = try graph.execute(
        "UNWIND $rows AS r RETURN r.i AS i ORDER BY \(order)", parameters: ["rows": .list(rows)]
      ).result.rows.map { $0[0] }
      for limit in [0, 1, 5, 50, 199, 200, 300] {
        let top = try graph.execute(
          "UNWIND $rows AS r RETURN r.i AS i ORDER BY \(order) LIMIT \(limit)",
          parameters: ["rows": .list(rows)]
        ).result.rows.map { $0[0] }
        #expect(top == Array(sorted.prefix(limit)), "ORDER BY \(order) LIMIT \(limit)")
      }
    }
  }

  /// Strings order by code point — not by Swift's `String` order, which treats a letter and its
  /// decomposed form as equal, nor by UTF-16 units, which put U+10000 below U+FFFF — and
  /// `<` agrees with ORDER BY.
  @Test func stringsOrderByCodePoint() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    let byCodePoint = ["", "Z", "a", "ab", "b", "e\u{301}", "z", "\u{E9}", "\u{FFFF}", "\u{10000}"]
    let strings: [Value] = byCodePoint.reversed().map { .string($0) }
    for direction in ["", " DESC"] {
      let sorted = try graph.execute(
        "UNWIND $strings AS s RETURN s ORDER BY s\(direction)",
        parameters: ["strings": .list(strings)]
      ).result.rows.map { $0[0] }
      let expected = direction.isEmpty ? byCodePoint : byCodePoint.reversed()
      #expect(sorted == expected.map { .string($0) }, "ORDER BY s\(direction)")
    }
    let below = try graph.execute(
      "UNWIND $strings AS s WITH s WHERE s < $bound RETURN count(*) AS n",
      parameters: ["strings": .list(strings), "bound": .string("\u{E9}")]
    ).result.rows.map { $0[0] }
    #expect(below == [.integer(7)])
  }
}

/// A full ORDER BY computes a later key only for rows that tie on the keys before it, when
/// they are handed out; it must order exactly as a stable sort on every key would.
@Suite struct OrderByTests {
  @Test func ordersAsAStableSortOnEveryKey() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    var numbers = SeededNumbers(seed: 11)
    func next(_ range: Int) -> Int { numbers.next(below: range) }
    let rows: [(i: Int, a: Int?, b: Int)] = (0..<300).map { index in
      (index, next(5) == 0 ? nil : next(4), next(3))
    }
    /// openCypher's ascending order of `a` or `b`: null after every integer.
    func compare(_ x: Int?, _ y: Int?) -> Int {
      switch (x, y) {
      case (nil, nil): 0
      case (nil, _): 1
      case (_, nil): -1
      case (let x?, let y?): x < y ? -1 : x == y ? 0 : 1
      }
    }
    let parameters: [String: Value] = [
      "rows": .list(
        rows.map {
          .map([
            "i": .integer(Int64($0.i)), "a": $0.a.map { .integer(Int64($0)) } ?? .null,
            "b": .integer(Int64($0.b)),
          ])
        })
    ]
    // Each ORDER BY with its keys: whether each is `b` (else `a`) and descending.
    let orders: [(text: String, keys: [(isB: Bool, descending: Bool)])] = [
      ("r.a DESC, r.b", [(false, true), (true, false)]),
      ("r.a, r.b DESC", [(false, false), (true, true)]),
      ("r.b, r.a", [(true, false), (false, false)]),
    ]
    for (text, keys) in orders {
      let sorted = try graph.execute(
        "UNWIND $rows AS r RETURN r.i AS i ORDER BY \(text)", parameters: parameters
      ).result.rows.map { $0[0] }
      let expected = rows.sorted { x, y in
        for key in keys {
          let order = key.isB ? compare(x.b, y.b) : compare(x.a, y.a)
          if order != 0 { return key.descending ? order > 0 : order < 0 }
        }
        return x.i < y.i
      }.map { Value.integer(Int64($0.i)) }
      #expect(sorted == expected, "ORDER BY \(text)")
    }
  }

  /// Numbers order by value whatever their type, ties (1 and 1.0, 0 and -0.0) in input order,
  /// NaN above every number, integers beyond a `Double`'s precision still told apart — with and
  /// without LIMIT, which sort by different paths.
  @Test func numbersOrderByValue() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    let values: [Value] = [
      .integer(2), .float(1.5), .integer(1), .float(-0.0), .float(1), .integer(0),
      .float(-.infinity), .float(.infinity), .integer(-3),
    ]
    let cases: [(values: [Value], ascending: [Int64], descending: [Int64])] = [
      (values, [6, 8, 3, 5, 2, 4, 1, 0, 7], [7, 0, 1, 2, 4, 3, 5, 8, 6]),
      (values + [.float(.nan)], [6, 8, 3, 5, 2, 4, 1, 0, 7, 9], [9, 7, 0, 1, 2, 4, 3, 5, 8, 6]),
      ([.integer(1 << 53 + 1), .integer(1 << 53), .integer(1)], [2, 1, 0], [0, 1, 2]),
    ]
    for (values, ascending, descending) in cases {
      for (direction, expected) in [("", ascending), (" DESC", descending)] {
        for limit in ["", " LIMIT 100"] {
          let order = try graph.execute(
            "UNWIND range(0, size($values) - 1) AS i RETURN i ORDER BY $values[i]\(direction)"
              + limit,
            parameters: ["values": .list(values)]
          ).result.rows.map { $0[0] }
          #expect(order == expected.map(Value.integer), "\(values) ORDER BY\(direction)\(limit)")
        }
      }
    }
  }

  /// A later key is computed only for rows that tie on the earlier ones: here no two rows tie
  /// on `x`, so the second key, which would divide by zero, is never computed; when two tie,
  /// it is.
  @Test func aLaterKeyIsComputedOnlyForTies() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    let distinct = try graph.execute("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x, 10 / (x - 2)")
    #expect(distinct.result.rows == [[.integer(1)], [.integer(2)], [.integer(3)]])
    #expect(throws: QueryError.self) {
      try graph.execute("UNWIND [2, 1, 2] AS x RETURN x ORDER BY x, 10 / (x - 2)")
    }
  }
}

/// A fixed pseudo-random sequence (a linear congruential generator), the same on every run.
struct SeededNumbers {
  var seed: UInt64

  mutating func next(below range: Int) -> Int {
    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int(seed >> 33) % range
  }
}
