/// The value of an integer literal: decimal, `0x` hexadecimal or `0o` octal, with the sign of a
/// unary minus applied before the range check, so `-9223372036854775808` is a valid literal.
enum IntegerLiteral {
  static func value(of text: String, negated: Bool, at span: SourceSpan) throws(SyntaxError)
    -> Int64
  {
    var digits = Substring(text)
    var radix: UInt64 = 10
    if text.hasPrefix("0x") {
      radix = 16
      digits = digits.dropFirst(2)
    } else if text.hasPrefix("0o") {
      radix = 8
      digits = digits.dropFirst(2)
    }
    let limit = UInt64(Int64.max) + (negated ? 1 : 0)
    var magnitude: UInt64 = 0
    for character in digits {
      guard let digit = character.hexDigitValue.map(UInt64.init) else {
        throw SyntaxError(.invalidNumberLiteral, "Invalid number literal '\(text)'", at: span)
      }
      let (shifted, overflowed) = magnitude.multipliedReportingOverflow(by: radix)
      guard !overflowed, shifted <= limit - digit else {
        throw SyntaxError(
          .integerOverflow,
          "Integer literal '\(negated ? "-" : "")\(text)' does not fit in 64 bits", at: span)
      }
      magnitude = shifted + digit
    }
    return negated ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude)
  }
}
