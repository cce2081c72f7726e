import Synchronization

/// Counts of how the store found nodes, for tests, `PROFILE` and diagnostics.
public final class StoreCounters: Sendable {
  private let propertyIndexSeeksCount = Atomic<Int>(0)
  private let labelScansCount = Atomic<Int>(0)

  /// Lookups answered from a (label, key) property index.
  public var propertyIndexSeeks: Int { propertyIndexSeeksCount.load(ordering: .relaxed) }
  /// Lookups answered by scanning every node with a label.
  public var labelScans: Int { labelScansCount.load(ordering: .relaxed) }

  func countPropertyIndexSeek() { propertyIndexSeeksCount.add(1, ordering: .relaxed) }
  func countLabelScan() { labelScansCount.add(1, ordering: .relaxed) }
}
