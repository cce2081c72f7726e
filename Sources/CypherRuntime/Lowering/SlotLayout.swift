/// Hands out row slots while a query is compiled; afterwards, its width is the size of every
/// row the query makes. A slot released (its variable gone out of scope) is handed out again,
/// so that rows stay as narrow as the most variables in scope at once, not all of them.
final class SlotLayout {
  private(set) var width = 0
  /// Released slots, to hand out again.
  private var released: [Int] = []

  func allocate() -> Int {
    if let slot = released.popLast() { return slot }
    width += 1
    return width - 1
  }

  /// Makes `slots` free for later variables; nothing may read them afterwards.
  func release(_ slots: some Sequence<Int>) {
    released.append(contentsOf: slots)
  }

  /// A row of nulls as wide as the layout.
  func emptyRow() -> Row { Row(repeating: .null, count: width) }
}
