import ExerciseKG
import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `kg serve` as a person starts it: a new store is created and loaded, the API answers on
/// loopback, and SIGTERM stops it cleanly.
@Suite struct ServeCommandTests {
  let directory = try! TemporaryDirectory()

  @Test func aNewStoreIsLoadedServedAndShutDownOnSIGTERM() async throws {
    let port = Int.random(in: 20_000..<60_000)
    let store = directory.path("kg.sqlite")
    let process = Process()
    process.executableURL = KGBinary.url
    process.arguments = ["serve", "--db", store, "--port", "\(port)"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    defer { if process.isRunning { process.terminate() } }

    var log = ""
    while !log.contains("listening on") {
      let chunk = output.fileHandleForReading.availableData
      try #require(!chunk.isEmpty, "kg serve stopped: \(log)")
      log += String(decoding: chunk, as: UTF8.self)
    }
    #expect(log.contains("loaded the bundled exercise ontology"))

    let url = try #require(URL(string: "http://127.0.0.1:\(port)/readyz"))
    let (body, response) = try await URLSession.shared.data(from: url)
    #expect((response as? HTTPURLResponse)?.statusCode == 200)
    #expect(String(decoding: body, as: UTF8.self).contains("\"ready\""))

    process.terminate()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
    let graph = try KnowledgeGraph(path: store)
    #expect(try graph.statistics().nodesByLabel["Exercise"] == 873)
  }

  @Test func warningLevelLogsNoLineForAnsweredRequests() async throws {
    let port = Int.random(in: 20_000..<60_000)
    let process = Process()
    process.executableURL = KGBinary.url
    process.arguments = [
      "serve", "--db", directory.path("quiet.sqlite"), "--port", "\(port)", "--log-level",
      "warning",
    ]
    let output = Pipe()
    process.standardError = output
    try process.run()
    defer { if process.isRunning { process.terminate() } }

    let url = try #require(URL(string: "http://127.0.0.1:\(port)/healthz"))
    var answered = false
    for _ in 0..<300 where !answered {
      if let (_, response) = try? await URLSession.shared.data(from: url) {
        answered = (response as? HTTPURLResponse)?.statusCode == 200
      } else {
        try await Task.sleep(for: .milliseconds(100))
      }
    }
    #expect(answered)
    process.terminate()
    process.waitUntilExit()
    let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(!log.contains("\"request\""), "\(log)")
    #expect(!log.contains("listening on"), "\(log)")
    #expect(process.terminationStatus == 0)
  }
}
