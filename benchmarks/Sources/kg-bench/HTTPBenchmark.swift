import Foundation

/// Load on the real `kg serve`: the release binary serves a fresh store (loaded with the bundled
/// ontology, as on a first start, rate limiting off) on a loopback port, and wrk — a second
/// process on the same two cores — drives it over keep-alive connections. Each load runs
/// against a server with its response cache (the default) and against one without.
struct HTTPBenchmark {
  /// One wrk run of one load.
  struct Measurement {
    let name: String
    let cached: Bool
    let requestsPerSecond: Double
    let p50: String
    let p99: String
    let errors: Int
  }

  let kg: String
  let connections: Int
  let seconds: Int
  let path: String

  func run() throws -> [Measurement] {
    try? FileManager.default.removeItem(atPath: path)
    var measurements: [Measurement] = []
    for cached in [true, false] {
      try serve(cacheMiB: cached ? 64 : 0) { base in
        let loads = HTTPLoad.all(exerciseIDs: try HTTPLoad.exerciseIDs(in: path))
        for load in loads {
          let script = FileManager.default.temporaryDirectory
            .appendingPathComponent("kg-bench.lua")
          try load.script.write(to: script, atomically: true, encoding: .utf8)
          measurements.append(
            try wrk(load.name, cached: cached, base + "/", script: script.path))
        }
      }
    }
    return measurements
  }

  /// Runs `body` with the base URL of `kg serve` on the store, with `cacheMiB` of cache.
  private func serve(cacheMiB: Int, _ body: (String) throws -> Void) throws {
    let port = 18_000 + Int(ProcessInfo.processInfo.processIdentifier % 1_000)
    let server = Process()
    server.executableURL = URL(fileURLWithPath: kg)
    server.arguments = [
      "serve", "--db", path, "--port", String(port), "--rate-limit", "0",
      "--cache-mib", String(cacheMiB),
    ]
    server.standardOutput = FileHandle.nullDevice
    server.standardError = FileHandle.nullDevice
    try server.run()
    defer {
      server.terminate()
      server.waitUntilExit()
    }
    let base = "http://127.0.0.1:\(port)"
    try waitUntilReady(base + "/readyz")
    try body(base)
  }

  private func waitUntilReady(_ url: String) throws {
    for _ in 0..<600 {
      if (try? command("/usr/bin/curl", ["-sf", "-o", "/dev/null", url]))?.status == 0 { return }
      Thread.sleep(forTimeInterval: 0.1)
    }
    throw UsageError("kg serve did not become ready at \(url)")
  }

  private func wrk(_ name: String, cached: Bool, _ url: String, script: String) throws
    -> Measurement
  {
    let arguments = [
      "-t2", "-c\(connections)", "-d\(seconds)s", "--latency", "-s", script,
    ]
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
    return Measurement(
      name: name, cached: cached, requestsPerSecond: rate, p50: p50, p99: p99, errors: errors)
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
