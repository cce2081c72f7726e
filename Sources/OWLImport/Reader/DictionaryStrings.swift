import CLibXML2

/// The Swift strings of a libxml2 parser's dictionary strings (element and attribute names,
/// prefixes, namespaces), converted once per address: a dictionary string lives as long as its
/// parser and never moves, and a document uses few of them over and over.
struct DictionaryStrings {
  private let dictionary: xmlDictPtr?
  /// The last string seen in each slot, by address: most lookups end here without hashing.
  private var recent: [(address: UnsafeRawPointer?, string: String)]
  private var all: [UnsafeRawPointer: String] = [:]
  private static let slots = 256

  init(dictionary: xmlDictPtr?) {
    self.dictionary = dictionary
    recent = Array(repeating: (nil, ""), count: Self.slots)
  }

  /// `pointer`'s string; `""` for none.
  mutating func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    let address = UnsafeRawPointer(pointer)
    let slot = (Int(bitPattern: address) >> 3) & (Self.slots - 1)
    if recent[slot].address == address { return recent[slot].string }
    let string: String
    if let known = all[address] {
      string = known
    } else {
      // The namespaces the parsers compare against share the constants' storage, so the
      // comparisons end at the first check.
      let converted = String(cString: pointer)
      string = XMLNamespace.all.first { $0 == converted } ?? converted
      // Only the dictionary's strings keep their address; any other is converted each time.
      guard xmlDictOwns(dictionary, pointer) == 1 else { return string }
      all[address] = string
    }
    recent[slot] = (address, string)
    return string
  }
}
