import GraphModel
import GraphStore

/// Labels a node reached by an expand must have (each group needs one of its labels), checked
/// from the adjacency row's label bitmap; a label too new for the bitmap falls back to reading
/// the node's labels.
final class LabelRequirement {
  private let groups: [[String]]
  /// Per group, the bits any of which will do; nil until resolved, or when a label of the group
  /// has no bit.
  private var resolved: [Int64?]?

  init(_ groups: [[String]]) { self.groups = groups }

  var isEmpty: Bool { groups.isEmpty }

  func isSatisfied(by node: NodeID, labelBits: Int64, _ context: ExecutionContext) throws -> Bool {
    let masks = try masks(context.transaction)
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

  private func masks(_ transaction: ReadTransaction) throws -> [Int64?] {
    if let resolved { return resolved }
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
    if isFinal { resolved = masks }
    return masks
  }
}
