/// The row a compiled comprehension, quantifier or probe binds its own variables in, kept from
/// one use to the next: each use copies into it only the slots of the outer row that the
/// expressions run on it read, so a use costs no copy of the whole row (and no retain of every
/// value in it).
///
/// Used by one running query, so its row is exempt from run-time exclusivity checks; a use
/// that starts while another is under way (a projection that runs the same probe) is given a
/// row of its own.
final class ScratchRow {
  /// The slots of the outer row that are read.
  private let outerSlots: [Int]
  /// The row, between uses; empty before the first and while one is under way.
  @exclusivity(unchecked) private var spare: Row = []

  init(outerSlots: [Int]) { self.outerSlots = outerSlots }

  /// The outer slots among `slots` of the variables `names`, for `init(outerSlots:)`.
  convenience init(reading names: Set<String>, in slots: [String: Int]) {
    self.init(outerSlots: names.compactMap { slots[$0] }.sorted())
  }

  /// Runs `body` on the scratch row, at least as wide as `row`, with `row`'s read slots copied
  /// in.
  @inline(__always)
  func use<T>(with row: Row, _ body: (inout Row) throws -> T) rethrows -> T {
    // Swapped out and back rather than copied: the row is neither retained nor released.
    var scratch: Row = []
    swap(&scratch, &spare)
    defer { swap(&scratch, &spare) }
    if scratch.count < row.count {
      scratch.append(contentsOf: repeatElement(.null, count: row.count - scratch.count))
    }
    for slot in outerSlots { scratch[slot] = row[slot] }
    return try body(&scratch)
  }
}
