import Foundation

/// Load on the real `kg serve`: the release binary serves a fresh store (loaded with the bundled
/// ontology, as on a first start, rate limiting off) on a loopback port, and wrk — a second
/// process on the same two cores — drives it over keep-alive connections.
struct HTTPBenchmark {
  /// One wrk run against one route.
  struct Measurement {
    let name: String
    let requestsPerSecond: Double
    let p50: String
    let p99: String
    let errors: Int
  }

  let kg: String
  let connections: Int
  let seconds: Int
  let path: String

  /// The recommendation the load repeats: a realistic request with every filter.
  static let recommendation = """
    {"goal": "Strength", "muscles": ["legs"], "equipment": ["dumbbell", "barbell"], \
    "avoid": ["knee pain"], "level": "intermediate", "limit": 10}
    """

  func run() throws -> [Measurement] {
    try? FileManager.default.removeItem(atPath: path)
    let port = 18_000 + Int(ProcessInfo.processInfo.processIdentifier % 1_000)
    let server = Process()
    server.executableURL = URL(fileURLWithPath: kg)
    server.arguments = ["serve", "--db", path, "--port", String(port), "--rate-limit", "0"]
    server.standardOutput = FileHandle.nullDevice
    server.standardError = FileHandle.nullDevice
    try server.run()
    defer {
      server.terminate()
      server.waitUntilExit()
    }
    let base = "http://127.0.0.1:\(port)"
    try waitUntilReady(base + "/readyz")
    let script = FileManager.default.temporaryDirectory.appendingPathComponent("kg-bench.lua")
    try """
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    wrk.body = [[\(Self.recommendation)]]
    """.write(to: script, atomically: true, encoding: .utf8)
    return [
      try wrk("POST /v1/recommendations", base + "/v1/recommendations", script: script.path),
      try wrk("GET /v1/exercises/{id}", base + "/v1/exercises/Barbell_Squat"),
    ]
  }

  private func waitUntilReady(_ url: String) throws {
    for _ in 0..<600 {
      if (try? command("/usr/bin/curl", ["-sf", "-o", "/dev/null", url]))?.status == 0 { return }
      Thread.sleep(forTimeInterval: 0.1)
    }
    throw UsageError("kg serve did not become ready at \(url)")
  }

  private func wrk(_ name: String, _ url: String, script: String? = nil) throws -> Measurement {
    var arguments = [
      "-t2", "-c\(connections)", "-d\(seconds)s", "--latency",
    ]
    if let script { arguments += ["-s", script] }
    let output = try command("/usr/bin/wrk", arguments + [url]).output
    func field(_ prefix: String) -> String? {
      output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .first { $0.hasPrefix(prefix) }?.dropFirst(prefix.count)
        .trimmingCharacters(in: .whitespaces)
    }
    guard let rate = field("Requests/sec:").flatMap(Double.init), let p50 = field("50%"),
      let p99 = field("99%")
    else { throw UsageError("unexpected wrk output:\n\(output)") }
    let errors = field("Non-2xx or 3xx responses:").flatMap { Int($0) } ?? 0
    return Measurement(name: name, requestsPerSecond: rate, p50: p50, p99: p99, errors: errors)
  }

  private func command(_ executable: String, _ arguments: [String]) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
