extension Substring {
  /// Without the whitespace at either end: an element of a header field (`Content-Type`,
  /// `If-None-Match`) without the optional whitespace around it.
  func trimmingWhitespace() -> Substring {
    var trimmed = drop(while: \.isWhitespace)
    while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
    return trimmed
  }
}
