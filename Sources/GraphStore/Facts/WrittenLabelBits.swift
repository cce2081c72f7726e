import GraphModel

/// The label bitmaps of the nodes an import run created and wrote, in a byte per node: their IDs
/// are consecutive, and a run's nodes have few distinct sets of labels. The run's relationships
/// need their endpoints' bitmaps, and often come after every node was written (an ontology lists
/// its individuals first), when asking the store would cost a query per node.
struct WrittenLabelBits {
  private let firstID: Int64
  /// The distinct bitmaps, at most `unknown` of them.
  private var bitmaps: [Int64] = []
  private var indexes: [Int64: UInt8] = [:]
  /// Each node's bitmap as an index into `bitmaps`, from `firstID` on.
  private var entries: [UInt8] = []
  private static let unknown = UInt8.max

  /// - Parameter firstID: the ID of the first node to be appended.
  init(firstID: Int64) { self.firstID = firstID }

  /// Records the bitmap of the node after the last one appended.
  mutating func append(_ bits: Int64) {
    entries.append(index(of: bits))
  }

  /// The bitmap of `node`, if it was appended and not forgotten since.
  func bits(of node: NodeID) -> Int64? {
    let offset = node.rawValue - firstID
    guard offset >= 0, offset < entries.count, entries[Int(offset)] != Self.unknown else {
      return nil
    }
    return bitmaps[Int(entries[Int(offset)])]
  }

  /// Forgets the bitmap of `node`, whose labels changed.
  mutating func forget(_ node: NodeID) {
    let offset = node.rawValue - firstID
    guard offset >= 0, offset < entries.count else { return }
    entries[Int(offset)] = Self.unknown
  }

  private mutating func index(of bits: Int64) -> UInt8 {
    if let known = indexes[bits] { return known }
    guard bitmaps.count < Int(Self.unknown) else { return Self.unknown }
    let index = UInt8(bitmaps.count)
    bitmaps.append(bits)
    indexes[bits] = index
    return index
  }
}
