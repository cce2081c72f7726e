import CypherPlanner
import GraphStore
import Synchronization

/// A query plan ready to run again and again: its physical operators are lowered once and
/// reused by later reads, so a repeated query (a saved query with new parameters) skips
/// lowering.
///
/// Operators keep state while they run, so each run takes a lowered copy to itself — an idle
/// one when there is one, else a new one — and hands it back when it completes. A run that
/// fails drops its copy, and so does a run in a write transaction: its operators may have
/// resolved names to IDs the transaction interned, which a rollback takes back. Safe to share
/// between threads.
public final class PreparedQuery: Sendable {
  /// The plan this query runs.
  public let plan: QueryPlan
  /// The statistics the plan was made with, which lowering consults too.
  public let catalog: StatisticsCatalog
  private let idle = Mutex<[LoweredQuery]>([])
  /// Copies kept idle at most: as many as runs expected at once.
  private static let idleCapacity = 8

  public init(plan: QueryPlan, catalog: StatisticsCatalog) {
    self.plan = plan
    self.catalog = catalog
  }

  /// A lowered copy for one run: an idle one, or one lowered now (always, under PROFILE,
  /// whose counters are lowered into the operators).
  func checkOut(profile: QueryProfile?) throws -> LoweredQuery {
    if profile == nil, let lowered = idle.withLock({ $0.popLast() }) { return lowered }
    return try LoweredQuery(plan, catalog: catalog, profile: profile)
  }

  /// Takes back a copy whose run in `transaction` completed.
  func checkIn(_ lowered: LoweredQuery, after transaction: ReadTransaction) {
    guard !lowered.isProfiled, !(transaction is WriteTransaction) else { return }
    idle.withLock { idle in
      if idle.count < Self.idleCapacity { idle.append(lowered) }
    }
  }
}

/// The physical operators of each part of a query (a UNION has several), with the slots its
/// columns are read from. Used by one run at a time, which is why it may cross threads.
final class LoweredQuery: @unchecked Sendable {
  struct Part {
    let root: any PhysicalOperator
    let layout: SlotLayout
    let columnSlots: [Int?]
  }

  let parts: [Part]
  let isProfiled: Bool

  init(_ plan: QueryPlan, catalog: any GraphCatalog, profile: QueryProfile?) throws {
    parts = try plan.parts.enumerated().map { index, part in
      let layout = SlotLayout()
      var lowering = Lowering(
        layout: layout, catalog: catalog, profile: profile, planPath: [index], reusesSlots: true)
      let root = try lowering.lower(part)
      return Part(root: root, layout: layout, columnSlots: plan.columns.map { lowering.slots[$0] })
    }
    isProfiled = profile != nil
  }
}
