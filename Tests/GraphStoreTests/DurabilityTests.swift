import Foundation
import GraphModel
import GraphStore
import TestSupport
import Testing

/// A child process writes transactions in a loop and is killed with SIGKILL at a random moment,
/// twenty times over the same file. After each kill the store must reopen, pass its integrity
/// check, hold every transaction the child reported committed, and hold no part of any other.
@Suite struct DurabilityTests {
  static let trials = 20

  @Test func everyAcknowledgedCommitSurvivesSIGKILLAndNoPartialOneAppears() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("kg.sqlite")
    var acknowledged: Int64 = 0
    for trial in 1...Self.trials {
      acknowledged = max(
        acknowledged,
        try runWriterAndKillIt(path: path, output: directory.path("trial-\(trial).out")))
      let (nodesPerTransaction, relationshipsPerTransaction) = try census(path: path)
      let newest = nodesPerTransaction.keys.max() ?? 0
      #expect(
        newest >= acknowledged,
        "trial \(trial): transaction \(acknowledged) was acknowledged but is missing")
      #expect(newest <= acknowledged + 1, "trial \(trial): more committed than the one in flight")
      #expect(
        Set(nodesPerTransaction.keys) == Set((0..<newest).map { $0 + 1 }), "trial \(trial): a gap")
      #expect(
        nodesPerTransaction.values.allSatisfy { $0 == 3 }, "trial \(trial): a partial transaction")
      #expect(
        relationshipsPerTransaction == nodesPerTransaction.mapValues { _ in 2 },
        "trial \(trial): partial relationships")
      acknowledged = newest
    }
    #expect(acknowledged > 0, "no trial committed anything")
  }

  /// Starts the writer, kills it after a random while, and returns the last transaction it
  /// acknowledged (0 if none).
  private func runWriterAndKillIt(path: String, output: String) throws -> Int64 {
    try Data().write(to: URL(fileURLWithPath: output))
    let process = Process()
    process.executableURL = Self.writerExecutable
    process.arguments = [path]
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
    try process.run()
    usleep(UInt32.random(in: 100_000...400_000))
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    let printed = try String(contentsOfFile: output, encoding: .utf8)
    // Only whole lines count: a number cut short by the kill was not acknowledged.
    return printed.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap {
      Int64($0)
    }.max() ?? 0
  }

  /// Reopens the store, checks it, and counts nodes and relationships per transaction.
  private func census(path: String) throws -> (nodes: [Int64: Int], relationships: [Int64: Int]) {
    let store = try GraphStore(path: path)
    let problems = try store.checkIntegrity().problems
    #expect(problems == [], "\(problems)")
    return try store.read { tx in
      var nodes: [Int64: Int] = [:]
      var relationships: [Int64: Int] = [:]
      try tx.forEachNodeID(withLabel: "Step") { id in
        if let number = try tx.property("tx", ofNode: id).integerValue {
          nodes[number, default: 0] += 1
        }
      }
      try tx.forEachRelationshipID { id in
        if let number = try tx.property("tx", ofRelationship: id).integerValue {
          relationships[number, default: 0] += 1
        }
      }
      return (nodes, relationships)
    }
  }

  /// The writer is built beside the test bundle.
  static let writerExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    .deletingLastPathComponent().appendingPathComponent("DurabilityWriter")
}
