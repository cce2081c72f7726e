import CypherPlanner
import CypherRuntime
import CypherSyntax
import GraphModel
import Synchronization

/// Plans by query text, each with the catalog generation it was made for, so a repeated query
/// skips parsing and planning until the statistics drift far enough to choose differently.
///
/// A text may have several plans, one per answer its parameters gave to the conditions planning
/// decided (`QueryPlan.assumptions`: with a goal and without one, say); the newest whose
/// assumptions hold for a run's parameters serves it.
final class PlanCache: Sendable {
  struct Entry: Sendable {
    /// The text parsed and checked: what any plan of it is made from.
    let bound: BoundQuery
    let query: PreparedQuery
    let generation: Int

    var plan: QueryPlan { query.plan }
    /// Whether the text asks to run, to EXPLAIN or to PROFILE.
    var mode: Statement.Mode { bound.statement.mode }
  }

  /// A query text as a key: hashed once, before the lock is taken, by a multiply-and-mix of
  /// its bytes eight at a time — a saved query is kilobytes long, and SipHash over it cost more
  /// than the rest of a short query's run, with the cache's lock held.
  struct Key: Hashable, Sendable {
    let text: String
    private let digest: Int

    init(_ text: String) {
      var text = text
      var digest: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(text.utf8.count)
      func mix(_ word: UInt64) {
        digest = (digest ^ word) &* 0xFF51_AFD7_ED55_8CCD
        digest ^= digest >> 29
      }
      text.withUTF8 { utf8 in
        let bytes = UnsafeRawBufferPointer(utf8)
        var offset = 0
        while offset + 8 <= bytes.count {
          mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
          offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count {
          tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset))
        }
        mix(tail)
      }
      self.text = text
      self.digest = Int(truncatingIfNeeded: digest)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    static func == (left: Key, right: Key) -> Bool {
      left.digest == right.digest && left.text == right.text
    }
  }

  private let entries = Mutex<[Key: [Entry]]>([:])
  private let capacity: Int
  /// Plans kept per text at most; past it, the oldest goes. `recommend.cypher` answers five
  /// conditions (a goal or not, muscles or not, equipment or not, anything to avoid or not,
  /// `explain`): 32 plans cover every request.
  private static let variantCapacity = 32

  init(capacity: Int = 512) { self.capacity = capacity }

  /// The plan for `key`'s text made for this catalog generation and for parameters like
  /// `parameters`, if there is one.
  func plan(for key: Key, generation: Int, parameters: [String: Value]) -> Entry? {
    entries.withLock { entries in
      entries[key]?.first {
        $0.generation == generation && $0.plan.assumptions.hold(for: parameters)
      }
    }
  }

  /// `key`'s text as parsed and checked for a plan kept, whatever it was made for.
  func boundQuery(for key: Key) -> BoundQuery? {
    entries.withLock { $0[key]?.first?.bound }
  }

  func store(_ entry: Entry, for key: Key) {
    entries.withLock { entries in
      var variants = entries[key]?.filter { $0.generation == entry.generation } ?? []
      if variants.isEmpty && entries.count >= capacity {
        entries.removeAll(keepingCapacity: true)
      }
      variants.insert(entry, at: 0)
      entries[key] = Array(variants.prefix(Self.variantCapacity))
    }
  }
}
