import Foundation
import ResultFormat

/// `value` as Foundation's `JSONEncoder` writes it with sorted keys and unescaped slashes,
/// through `encode(to:)`: what `CompactJSONEncoder` must write.
func foundationText(_ value: some Encodable) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// `value` as `CompactJSONEncoder` writes it.
func compactText(_ value: some Encodable) throws -> String {
  String(decoding: try CompactJSONEncoder().encode(value), as: UTF8.self)
}
