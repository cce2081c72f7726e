import ExerciseKG
import Foundation

/// The script benchmark: `kg query -f` running Cypher scripts into a new store, timed from
/// outside (a process per run, as a user runs it) — the curated ontology's own Cypher export,
/// and one `CREATE` statement of 20,000 lines.
struct ScriptBenchmark {
  let kg: String
  let rounds: Int
  let path: String

  struct Measurement {
    let name: String
    let megabytes: Double
    let median: Double
    let fastest: Double
  }

  func run() throws -> [Measurement] {
    let graph = try GraphLoader.curated(path: path)
    var export = ""
    try graph.export(.cypher, to: &export)
    let longStatement =
      "CREATE (:Start)\n" + (1...20_000).map { ", (:N {i: \($0)})\n" }.joined() + ";\n"
    return try [
      ("curated ontology's Cypher export", export),
      ("one CREATE of 20,000 lines", longStatement),
    ].map { name, script in try measure(name, script) }
  }

  private func measure(_ name: String, _ script: String) throws -> Measurement {
    let scriptPath = path + ".cypher"
    let target = path + ".script.sqlite"
    try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
    var seconds: [Double] = []
    for _ in 0..<rounds {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: target + suffix)
      }
      let process = Process()
      process.executableURL = URL(fileURLWithPath: kg)
      process.arguments = ["query", "--db", target, "-f", scriptPath]
      process.standardOutput = FileHandle.nullDevice
      let start = Date()
      try process.run()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        throw UsageError("kg query -f failed on \(name) (exit \(process.terminationStatus))")
      }
      seconds.append(Date().timeIntervalSince(start))
    }
    seconds.sort()
    return Measurement(
      name: name, megabytes: Double(script.utf8.count) / 1_000_000,
      median: seconds[seconds.count / 2], fastest: seconds[0])
  }
}
