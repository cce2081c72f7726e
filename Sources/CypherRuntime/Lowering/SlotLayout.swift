/// Hands out row slots while a query is compiled; afterwards, its width is the size of every
/// row the query makes.
final class SlotLayout {
  private(set) var width = 0

  func allocate() -> Int {
    width += 1
    return width - 1
  }

  /// A row of nulls as wide as the layout.
  func emptyRow() -> Row { Row(repeating: .null, count: width) }
}
