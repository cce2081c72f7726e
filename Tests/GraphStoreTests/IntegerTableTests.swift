import Testing

@testable import GraphStore

/// The snapshot cache's hash map: every key added is found, through collisions and growth.
@Suite struct IntegerTableTests {
  @Test func everyKeyAddedIsFoundAndOthersAreNot() {
    var table = IntegerTable<String>()
    // Keys 1,024 apart share their low bits, and the extremes exercise the hash's full range.
    let keys: [Int64] = (0..<2_000).map { $0 * 1_024 } + [-1, .min, .max]
    for key in keys { table[key] = "\(key)" }
    #expect(table.count == keys.count)
    for key in keys { #expect(table[key] == "\(key)") }
    #expect(table[7] == nil)
    table[1_024] = "replaced"
    #expect(table[1_024] == "replaced")
    #expect(table.count == keys.count)
    table.removeAll()
    #expect(table.count == 0)
    #expect(table[1_024] == nil)
  }
}
