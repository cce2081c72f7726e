import Foundation
import Testing

@testable import ResultFormat

/// `CompactJSONEncoder` writes what Foundation's `JSONEncoder` writes with sorted keys and
/// unescaped slashes; every case is checked against it.
@Suite struct CompactJSONEncoderTests {
  func expectSameText(
    _ value: some Encodable, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(
      try compactText(value) == (try foundationText(value)), sourceLocation: sourceLocation)
  }

  struct Workout: Codable {
    let name: String
    let sets: Int
    let weight: Double?
    let tags: [String]
    let done: Bool
    let zone: Zone?
    let notes: [String: String]
  }

  struct Zone: Codable {
    let low: Int
    let high: Int
  }

  struct Nothing: Codable {}

  @Test func structsHaveSortedKeysAndLeaveOutNilProperties() throws {
    let workout = Workout(
      name: "Squat", sets: 5, weight: nil, tags: ["legs", "barbell"], done: false,
      zone: Zone(low: 3, high: 5), notes: ["b": "x", "a": "y"])
    #expect(
      try compactText(workout)
        == #"{"done":false,"name":"Squat","notes":{"a":"y","b":"x"},"sets":5,"tags":["legs","barbell"],"zone":{"high":5,"low":3}}"#
    )
    try expectSameText(workout)
    try expectSameText([workout, workout])
  }

  @Test func stringsEscapeQuotesBackslashesAndControlCharactersOnly() throws {
    let text = "a/b \"q\" \\ \u{8}\u{c}\n\r\t\u{1}\u{1f}\u{0} é \u{2028} 🏋️ \u{7f}"
    #expect(
      try compactText(text)
        == #""a/b \"q\" \\ \b\f\n\r\t\u0001\u001f\u0000 é "# + "\u{2028} 🏋️ \u{7f}\"")
    try expectSameText(text)
    try expectSameText(["": text, "\n": "", "é": "1", "z": "2", "B": "3", "a": "4"])
  }

  /// Long runs are scanned eight bytes at a time: a character to escape (or a byte next to one
  /// in value) at every place of a word and at either end must come out as JSONEncoder has it.
  @Test func everyPlaceInALongStringIsChecked() throws {
    let specials = ["\"", "\\", "\n", "\u{0}", "\u{1f}", " ", "!", "#", "[", "]", "\u{7f}", "é"]
    let filler = "abcdefghijklmnopqrstuvwxy"
    for special in specials {
      for place in 0...filler.count {
        var text = filler
        text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: place))
        try expectSameText(text)
        try expectSameText(special + text + special)
      }
    }
    try expectSameText(String(repeating: "\"\\\n", count: 9))
  }

  @Test func numbersPrintAsJSONEncoderPrintsThem() throws {
    let doubles = [
      0, -0.0, 1, 0.5, 5.55, 1e20, 1e-7, 0.1 + 0.2, 123_456_789.125, 1e16, 3.0000000000000004,
      1.2345678901234567e19, -2.5, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
    ]
    try expectSameText(doubles)
    try expectSameText([Float(1.5), 0.1, 3, -0.25])
    try expectSameText([Int.min, Int.max, 0, -1, 42])
    try expectSameText([UInt64.max, 0])
    try expectSameText([Int8.min, Int8.max])
    #expect(try compactText([1.0, 0.5, 1e20]) == "[1,0.5,1e+20]")
  }

  @Test func floatsJSONCannotHoldAreErrors() {
    for float in [Double.nan, .infinity, -.infinity] {
      #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode([float]) }
    }
  }

  @Test func emptyAndNullValues() throws {
    try expectSameText(Nothing())
    try expectSameText([Nothing()])
    try expectSameText(Int?.none)
    try expectSameText([Int?.none, 1])
    try expectSameText([String]())
    try expectSameText([String: Int]())
    try expectSameText([[Int]]([[], [1], []]))
    #expect(try compactText(Nothing()) == "{}")
  }

  /// A class that encodes its superclass's members under `super`, and a nested container.
  class Base: Encodable {
    let id = 7
  }

  final class Derived: Base, @unchecked Sendable {
    enum Keys: String, CodingKey { case name, range, list }

    override func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode("derived", forKey: .name)
      try super.encode(to: container.superEncoder())
      var range = container.nestedContainer(keyedBy: Keys.self, forKey: .range)
      try range.encode(1, forKey: .name)
      var list = container.nestedUnkeyedContainer(forKey: .list)
      try list.encode(true)
      var inner = list.nestedUnkeyedContainer()
      try inner.encode("x")
      try list.encode(false)
    }
  }

  @Test func superEncodersAndNestedContainers() throws {
    #expect(
      try compactText(Derived())
        == #"{"list":[true,["x"],false],"name":"derived","range":{"name":1},"super":{"id":7}}"#)
    try expectSameText(Derived())
  }

  /// Writes to its container after a nested value has been written — the order the encoder
  /// cannot take.
  struct Stale: Encodable {
    struct Late: Encodable {
      let box: Box
      func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(1)
        box.container = container
      }
    }
    final class Box: @unchecked Sendable { var container: (any UnkeyedEncodingContainer)? }

    func encode(to encoder: any Encoder) throws {
      let box = Box()
      var container = encoder.unkeyedContainer()
      try container.encode(Late(box: box))
      try container.encode(2)
      try box.container?.encode(3)
    }
  }

  @Test func writingToAClosedContainerIsAnError() {
    #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode(Stale()) }
  }
}
