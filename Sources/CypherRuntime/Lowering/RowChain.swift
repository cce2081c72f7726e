/// The operators of a pipeline that share one row buffer (see `PhysicalOperator`), as they are
/// lowered from the bottom up: each slot an operator writes is noted with every flat-map below
/// it, which sets the slot back between two outputs of one input row. An operator that keeps
/// its input rows (`DrainingOperator`) ends the chain: it pulls them through a buffer of its
/// own.
final class RowChain {
  private var flatMaps: [FlatMapOperator] = []
  /// Every slot written by the operators admitted so far, chain or not, in order.
  private(set) var written: [Int] = []

  /// Notes what the operator just lowered writes, and where its chain ends.
  func admit(_ lowered: any PhysicalOperator) {
    switch lowered {
    case let flatMap as FlatMapOperator:
      wrote(flatMap.boundSlots)
      flatMaps.append(flatMap)
    case let map as MapOperator:
      wrote(map.writtenSlots)
    case is DrainingOperator:
      flatMaps = []
    default:
      break
    }
  }

  private func wrote(_ slots: [Int]) {
    for flatMap in flatMaps { flatMap.restores(slots) }
    written += slots
  }
}
