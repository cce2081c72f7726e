import CypherPlanner
import CypherRuntime
import Synchronization

/// Plans by query text, each with the catalog generation it was made for, so a repeated query
/// skips parsing and planning until the statistics drift far enough to choose differently.
final class PlanCache: Sendable {
  struct Entry: Sendable {
    let query: PreparedQuery
    let mode: PreparedMode
    let generation: Int

    var plan: QueryPlan { query.plan }
  }

  enum PreparedMode: Sendable {
    case run, explain, profile
  }

  private let entries = Mutex<[String: Entry]>([:])
  private let capacity: Int

  init(capacity: Int = 512) { self.capacity = capacity }

  /// The plan for `text`, if one was made for this catalog generation.
  func plan(for text: String, generation: Int) -> Entry? {
    entries.withLock { entries in
      guard let entry = entries[text], entry.generation == generation else { return nil }
      return entry
    }
  }

  func store(_ entry: Entry, for text: String) {
    entries.withLock { entries in
      if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
      entries[text] = entry
    }
  }
}
