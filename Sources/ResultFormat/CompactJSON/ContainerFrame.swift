/// An object or array `JSONValueWriter` is writing: how many elements it has, and for an
/// object where each member starts, to put them in key order at the close.
struct ContainerFrame {
  /// Tells this frame from those that used the same place on the stack before.
  private(set) var serial = 0
  private(set) var isObject = false
  var count = 0
  /// A nested container's or super encoder's writer, its text still to come.
  var nested: JSONValueWriter?
  /// Each member's key and the offset of its text, in the order written.
  private var members: [(key: String, start: Int)] = []
  private var inKeyOrder = true

  mutating func open(serial: Int, isObject: Bool) {
    self.serial = serial
    self.isObject = isObject
    count = 0
    nested = nil
    members.removeAll(keepingCapacity: true)
    inKeyOrder = true
  }

  mutating func noteMember(_ key: String, at offset: Int) {
    if let last = members.last, key < last.key { inKeyOrder = false }
    members.append((key, offset))
  }

  /// Reorders the members, which end `bytes`, by key (a stable sort, so repeated keys keep
  /// their order).
  func sortMembers(of bytes: inout [UInt8]) {
    guard !inKeyOrder, let start = members.first?.start else { return }
    let end = bytes.count
    let order = members.indices.sorted {
      (members[$0].key, $0) < (members[$1].key, $1)
    }
    var sorted: [UInt8] = []
    sorted.reserveCapacity(end - start)
    for index in order {
      if !sorted.isEmpty { sorted.append(UInt8(ascii: ",")) }
      // A member runs to the comma before the next one, the last to the end.
      let memberEnd = index + 1 < members.count ? members[index + 1].start - 1 : end
      sorted.append(contentsOf: bytes[members[index].start..<memberEnd])
    }
    bytes.replaceSubrange(start..<end, with: sorted)
  }
}
