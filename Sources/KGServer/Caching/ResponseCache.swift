import NIOCore
import Synchronization

/// Encoded answers by question, kept while the graph does not change: answers are stored under
/// the graph's version, and the first question asked under another version drops them all.
///
/// Memory is bounded by `budget` bytes (answer and question together). Answers are kept in two
/// generations: when the newer one holds half the budget it becomes the older and the older is
/// dropped; an answer found in the older is moved to the newer. So answers asked for again stay,
/// and the rest age out.
final class ResponseCache<Question: Hashable & Sendable>: Sendable {
  private struct Generations {
    var version: Int64?
    var newer: [Question: ByteBuffer] = [:]
    var older: [Question: ByteBuffer] = [:]
    var newerBytes = 0

    mutating func keep(_ body: ByteBuffer, for question: Question, bytes: Int, limit: Int) {
      if newerBytes + bytes > limit {
        older = newer
        newer = [:]
        newerBytes = 0
      }
      newer[question] = body
      newerBytes += bytes
    }
  }

  private let generations = Mutex(Generations())
  /// The most one generation holds, in bytes.
  private let generationBytes: Int

  init(budget: Int) {
    generationBytes = budget / 2
  }

  /// The answer to `question` stored under `version`, if any.
  func body(for question: Question, version: Int64) -> ByteBuffer? {
    generations.withLock { generations in
      guard generations.version == version else { return nil }
      if let body = generations.newer[question] { return body }
      guard let body = generations.older.removeValue(forKey: question) else { return nil }
      generations.keep(
        body, for: question, bytes: Self.bytes(body, question), limit: generationBytes)
      return body
    }
  }

  /// Keeps `body` as the answer to `question` under `version` (the graph's version before
  /// the answer was read), dropping the answers of any other version.
  func store(_ body: ByteBuffer, for question: Question, version: Int64) {
    let bytes = Self.bytes(body, question)
    guard bytes <= generationBytes else { return }
    generations.withLock { generations in
      if generations.version != version { generations = Generations(version: version) }
      generations.keep(body, for: question, bytes: bytes, limit: generationBytes)
    }
  }

  /// What an answer costs: its bytes, its question's as written out, and a little for the
  /// dictionary entry.
  private static func bytes(_ body: ByteBuffer, _ question: Question) -> Int {
    body.readableBytes + String(reflecting: question).utf8.count + 64
  }
}
