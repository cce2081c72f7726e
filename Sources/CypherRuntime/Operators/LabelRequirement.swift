import GraphModel
import GraphStore

/// Labels a node reached by an expand must have (each group needs one of its labels), checked
/// from the adjacency row's label bitmap; a label too new for the bitmap falls back to reading
/// the node's labels.
final class LabelRequirement {
  private let groups: [[String]]
  /// Per group, the bits any of which will do, once every label of every group has a bit: the
  /// check is then a mask per group, run for every relationship an expand meets.
  @exclusivity(unchecked) private var bitMasks: [Int64]?
  /// Per group, the bits any of which will do, nil for a group with a label that has no bit;
  /// kept once no label is missing from the graph.
  @exclusivity(unchecked) private var partialMasks: [Int64?]?

  init(_ groups: [[String]]) { self.groups = groups }

  var isEmpty: Bool { groups.isEmpty }

  func isSatisfied(by node: NodeID, labelBits: Int64, _ context: ExecutionContext) throws -> Bool {
    if let bitMasks {
      for mask in bitMasks where labelBits & mask == 0 { return false }
      return true
    }
    let masks = try resolve(context.transaction)
    for (group, mask) in zip(groups, masks) {
      if let mask {
        if labelBits & mask == 0 { return false }
      } else {
        let labels = try context.labels(of: node)
        if !group.contains(where: labels.contains) { return false }
      }
    }
    return true
  }

  /// Per group, the bits any of which will do, nil for a group with a label that has no bit.
  private func resolve(_ transaction: ReadTransaction) throws -> [Int64?] {
    if let partialMasks { return partialMasks }
    var masks: [Int64?] = []
    var isFinal = true
    for group in groups {
      var mask: Int64? = 0
      for label in group {
        switch try transaction.labelBit(label) {
        case .bit(let bit): mask = mask.map { $0 | bit }
        case .absent: isFinal = false
        case .unmapped: mask = nil
        }
      }
      masks.append(mask)
    }
    // A label the graph has not seen yet may be created by this very query: resolve again.
    if isFinal {
      partialMasks = masks
      if masks.allSatisfy({ $0 != nil }) { bitMasks = masks.compactMap { $0 } }
    }
    return masks
  }
}
