import GraphModel
import Testing

@Suite struct RecentStringsTests {
  @Test func aKeyIsFoundAgainOnlyForAnEqualString() {
    var recent = RecentStrings<NodeID>()
    let key = "http://example.org/exercises#barbell_squat"
    recent.remember(NodeID(7), for: key)
    #expect(recent.value(for: key) == NodeID(7))
    // The same text in another string's storage may miss, but never finds another node.
    let copy = String(decoding: Array(key.utf8), as: UTF8.self)
    #expect(recent.value(for: copy) == nil || recent.value(for: copy) == NodeID(7))
    #expect(recent.value(for: "http://example.org/exercises#front_squat") == nil)
  }

  @Test func removeAllForgetsEveryKeyAndLaterOnesAreKept() {
    var recent = RecentStrings<NodeID>()
    let key = "http://example.org/exercises#barbell_squat"
    recent.remember(NodeID(7), for: key)
    recent.removeAll()
    #expect(recent.value(for: key) == nil)
    recent.remember(NodeID(8), for: key)
    #expect(recent.value(for: key) == NodeID(8))
  }

  @Test func shortKeysAreFoundByTheirText() {
    var recent = RecentStrings<NodeID>(slots: 64)
    let names = ["TARGETS", "REQUIRES", "name", "iri", "Exercise", "a"]
    for (index, name) in names.enumerated() { recent.remember(NodeID(Int64(index)), for: name) }
    let found = names.map { recent.value(for: String(decoding: Array($0.utf8), as: UTF8.self)) }
    // Each is found by an equal string built anew, unless a later one took its slot.
    for (index, value) in found.enumerated() where value != nil {
      #expect(value == NodeID(Int64(index)))
    }
    #expect(recent.value(for: "Exercise") == NodeID(4))
    #expect(recent.value(for: "TARGETs") == nil)
  }

  @Test func manyKeysNeverAnswerForEachOther() {
    var recent = RecentStrings<NodeID>()
    let keys = (0..<20_000).map { "http://example.org/kg-bench#node\($0)" }
    for (index, key) in keys.enumerated() { recent.remember(NodeID(Int64(index)), for: key) }
    for (index, key) in keys.enumerated() {
      if let found = recent.value(for: key) { #expect(found == NodeID(Int64(index))) }
    }
    #expect(recent.value(for: keys[19_999]) == NodeID(19_999))
  }
}
