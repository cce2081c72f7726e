import Synchronization

/// Answers being read, by question and graph version, so that a question asked again while its
/// first asking is still being read in the graph waits for that reading instead of reading
/// the graph a second time — as a caching proxy collapses concurrent misses (nginx's
/// `proxy_cache_lock`). After a write every answer is gone, and the same popular question from
/// many clients at once would otherwise be read once per client.
///
/// The first asker's reading runs to its end even if that asker goes away, so the others still
/// get the answer; an error reaches every asker of that reading and is not kept.
final class InFlightAnswers<Question: Hashable & Sendable>: Sendable {
  private struct Key: Hashable {
    let question: Question
    let version: Int64
  }

  private let readings = Mutex<[Key: Task<TaggedJSON, any Error>]>([:])

  /// The answer to `question` under `version`: the one being read already, if any, else what
  /// `read` gives.
  func answer(
    to question: Question, version: Int64,
    read: @escaping @Sendable () async throws -> TaggedJSON
  ) async throws -> TaggedJSON {
    let key = Key(question: question, version: version)
    let (reading, isFirst) = readings.withLock { readings in
      if let reading = readings[key] { return (reading, false) }
      let reading = Task { try await read() }
      readings[key] = reading
      return (reading, true)
    }
    guard isFirst else { return try await reading.value }
    defer { _ = readings.withLock { $0.removeValue(forKey: key) } }
    return try await reading.value
  }
}
