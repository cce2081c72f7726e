/// Encodes `Encodable` values as compact JSON with each object's keys in code-point order —
/// the bytes Foundation's `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]`,
/// written straight into one buffer instead of through a tree of boxed values first (it takes
/// a fraction of the time, which matters for an HTTP answer).
///
/// As with `JSONEncoder`: a nil optional property is left out, a nil top-level value is
/// `null`, a value that encodes nothing is `{}`, floats print their shortest form without a
/// trailing `.0`, and a NaN or infinite float is an `EncodingError.invalidValue`.
///
/// Containers are written as they are filled, so a container must be filled before its
/// parent is written to again (as every synthesized `Encodable` and the standard library's
/// types do); writing to one after that throws `EncodingError.invalidValue`.
public struct CompactJSONEncoder: Sendable {
  public init() {}

  /// `value` as UTF-8 JSON text; a `JSONWritable` value writes it itself.
  public func encode(_ value: some Encodable) throws -> [UInt8] {
    if let value = value as? any JSONWritable {
      var json = JSONWriter()
      try value.write(to: &json)
      return json.bytes
    }
    return try JSONValueWriter().document(value)
  }
}
