/// The bounds of a request's numbers.
enum RangeCheck {
  /// Throws `RecommendationError.invalidArgument` for the first value outside its range.
  static func require(_ checks: (field: String, value: Int, range: ClosedRange<Int>)...)
    throws(RecommendationError)
  {
    for (field, value, range) in checks where !range.contains(value) {
      throw .invalidArgument(
        field: field,
        reason: "\(value) is out of range: \(range.lowerBound) to \(range.upperBound)")
    }
  }
}
