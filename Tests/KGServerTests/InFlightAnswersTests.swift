import NIOCore
import Synchronization
import Testing

@testable import KGServer

/// `InFlightAnswers`: a question asked while its first asking is being read waits for that
/// reading; other questions and other versions of the graph are read on their own; an error
/// reaches every asker and is not kept.
@Suite struct InFlightAnswersTests {
  /// Counts the readings started, and holds each until `open` is called.
  final class Reader: Sendable {
    private struct State {
      var readings = 0
      var isOpen = false
      var held: [CheckedContinuation<Void, Never>] = []
    }
    private let state = Mutex(State())

    var readings: Int { state.withLock { $0.readings } }

    func read(_ text: String, failing: Bool = false) async throws -> TaggedJSON {
      await withCheckedContinuation { continuation in
        state.withLock { state in
          state.readings += 1
          if state.isOpen { continuation.resume() } else { state.held.append(continuation) }
        }
      }
      if failing { throw CancellationError() }
      return TaggedJSON(ByteBuffer(string: text))
    }

    func open() {
      let held = state.withLock { state in
        state.isOpen = true
        defer { state.held = [] }
        return state.held
      }
      for continuation in held { continuation.resume() }
    }
  }

  /// Starts `count` askers of `question` under `version`, each reading `text` when it is the
  /// first, and gives them time to join the first one's reading.
  func ask(
    _ answers: InFlightAnswers<Int>, _ reader: Reader, question: Int, version: Int64 = 1,
    count: Int, failing: Bool = false
  ) async throws -> [Task<String, any Error>] {
    let askers = (0..<count).map { index in
      Task {
        let answer = try await answers.answer(to: question, version: version) {
          try await reader.read("\(question)@\(version) by \(index)", failing: failing)
        }
        return String(buffer: answer.body)
      }
    }
    try await Task.sleep(for: .milliseconds(300))
    return askers
  }

  @Test func askersOfAQuestionBeingReadShareItsReading() async throws {
    let (answers, reader) = (InFlightAnswers<Int>(), Reader())
    let askers = try await ask(answers, reader, question: 1, count: 6)
    reader.open()
    var bodies: Set<String> = []
    for asker in askers { bodies.insert(try await asker.value) }
    #expect(reader.readings == 1)
    #expect(bodies.count == 1)
  }

  @Test func otherQuestionsAndVersionsAreReadOnTheirOwn() async throws {
    let (answers, reader) = (InFlightAnswers<Int>(), Reader())
    let first = try await ask(answers, reader, question: 1, count: 2)
    let second = try await ask(answers, reader, question: 2, count: 2)
    let later = try await ask(answers, reader, question: 1, version: 2, count: 2)
    reader.open()
    for asker in first { #expect(try await asker.value.hasPrefix("1@1")) }
    for asker in second { #expect(try await asker.value.hasPrefix("2@1")) }
    for asker in later { #expect(try await asker.value.hasPrefix("1@2")) }
    #expect(reader.readings == 3)
  }

  @Test func anErrorReachesEveryAskerAndIsNotKept() async throws {
    let (answers, reader) = (InFlightAnswers<Int>(), Reader())
    let askers = try await ask(answers, reader, question: 1, count: 3, failing: true)
    reader.open()
    for asker in askers {
      await #expect(throws: CancellationError.self) { try await asker.value }
    }
    let again = try await answers.answer(to: 1, version: 1) { try await reader.read("again") }
    #expect(String(buffer: again.body) == "again")
    #expect(reader.readings == 2)
  }
}
