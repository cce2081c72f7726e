import NIOCore
import Synchronization

/// Encoded answers (with their entity tags) by question, kept while the graph does not change: answers are stored under
/// the graph's version, and the first question asked under another version drops them all.
///
/// Memory is bounded by `budget` bytes (answer and question together). Answers are kept in two
/// generations: when the newer one holds half the budget it becomes the older and the older is
/// dropped; an answer found in the older is moved to the newer. So answers asked for again stay,
/// and the rest age out.
final class ResponseCache<Question: Hashable & Sendable>: Sendable {
  private struct Generations {
    var version: Int64?
    var newer: [Question: TaggedJSON] = [:]
    var older: [Question: TaggedJSON] = [:]
    var newerBytes = 0

    mutating func keep(_ answer: TaggedJSON, for question: Question, bytes: Int, limit: Int) {
      if newerBytes + bytes > limit {
        older = newer
        newer = [:]
        newerBytes = 0
      }
      newer[question] = answer
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
  func answer(to question: Question, version: Int64) -> TaggedJSON? {
    generations.withLock { generations in
      guard generations.version == version else { return nil }
      if let answer = generations.newer[question] { return answer }
      guard let answer = generations.older.removeValue(forKey: question) else { return nil }
      generations.keep(
        answer, for: question, bytes: Self.bytes(answer, question), limit: generationBytes)
      return answer
    }
  }

  /// Keeps `answer` as the answer to `question` under `version` (the graph's version before
  /// the answer was read), dropping the answers of any other version.
  func store(_ answer: TaggedJSON, for question: Question, version: Int64) {
    let bytes = Self.bytes(answer, question)
    guard bytes <= generationBytes else { return }
    generations.withLock { generations in
      if generations.version != version { generations = Generations(version: version) }
      generations.keep(answer, for: question, bytes: bytes, limit: generationBytes)
    }
  }

  /// What an answer costs: its body and tag, its question's as written out, and a little for
  /// the dictionary entry.
  private static func bytes(_ answer: TaggedJSON, _ question: Question) -> Int {
    answer.body.readableBytes + answer.tag.utf8.count + String(reflecting: question).utf8.count
      + 64
  }
}
