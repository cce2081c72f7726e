import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import TestSupport
import Testing

@testable import KGServer

/// `JSONLogHandler` writes one JSON object per line, and the server logs each request with the
/// id its response carries.
@Suite struct JSONLogHandlerTests {
  /// The lines a logger wrote while `body` ran, each parsed as a JSON object.
  func loggedLines(_ body: (Logger) async throws -> Void) async throws -> [[String: Any]] {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    var logger = Logger(label: "kg.test") { JSONLogHandler(label: $0, fileDescriptor: ends[1]) }
    logger.logLevel = .info
    try await body(logger)
    close(ends[1])
    let text = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true).readDataToEndOfFile()
    return try String(decoding: text, as: UTF8.self).split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String { "disk full" }
  }

  @Test func anEntryIsOneLineOfJSON() async throws {
    let lines = try await loggedLines { logger in
      var logger = logger
      logger[metadataKey: "db"] = "kg.sqlite"
      logger[metadataKey: "route"] = "/old"
      logger.debug("not written: below the level")
      logger.info(
        "two\nlines \"quoted\"",
        metadata: [
          "route": "/v1/goals", "n": "\(3)", "tags": ["a", "b"],
          "nested": ["z": "1", "a": [], "m": [:]],
        ])
      logger.log(level: .error, "failed", error: Failure())
    }
    try #require(lines.count == 2)
    #expect(lines[0]["level"] as? String == "info")
    #expect(lines[0]["logger"] as? String == "kg.test")
    #expect(lines[0]["message"] as? String == "two\nlines \"quoted\"")
    #expect(lines[0]["source"] as? String == "KGServerTests")
    let metadata = try #require(lines[0]["metadata"] as? [String: Any])
    #expect(Set(metadata.keys) == ["db", "route", "n", "tags", "nested"])
    #expect(metadata["db"] as? String == "kg.sqlite")
    #expect(metadata["route"] as? String == "/v1/goals")
    #expect(metadata["n"] as? String == "3")
    #expect(metadata["tags"] as? [String] == ["a", "b"])
    let nested = try #require(metadata["nested"] as? [String: Any])
    #expect(nested["z"] as? String == "1")
    #expect((nested["a"] as? [Any])?.isEmpty == true)
    #expect((nested["m"] as? [String: Any])?.isEmpty == true)
    let time = try #require(lines[0]["time"] as? String)
    #expect(time.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil)
    #expect(lines[1]["level"] as? String == "error")
    #expect((lines[1]["metadata"] as? [String: String])?["error"] == "disk full")
  }

  @Test func timestampsAreUTC() {
    #expect(UTCTimestamp.format(seconds: 0, milliseconds: 5) == "1970-01-01T00:00:00.005Z")
    #expect(
      UTCTimestamp.format(seconds: 1_795_000_000, milliseconds: 987) == "2026-11-18T11:06:40.987Z")
  }

  @Test func theServerLogsEachAnsweredRequestWithItsIDStatusAndDuration() async throws {
    var requestIDs: [String?] = []
    let lines = try await loggedLines { logger in
      let app = buildApplication(graph: try CuratedGraph.graph(), logger: logger)
      requestIDs = try await app.test(.router) { client in
        var ids: [String?] = []
        for uri in ["/v1/goals?x=1", "/v1/exercises/No_Such_Exercise"] {
          ids.append(try await client.send(.get, uri).headers[HTTPField.Name("X-Request-Id")!])
        }
        return ids
      }
    }
    let requests = lines.filter { $0["message"] as? String == "request" }
    try #require(requests.count == 2)
    let metadata = try requests.map { try #require($0["metadata"] as? [String: String]) }
    #expect(metadata.map { $0["hb.request.id"] } == requestIDs)
    #expect(metadata.map { $0["uri"] } == ["/v1/goals?x=1", "/v1/exercises/No_Such_Exercise"])
    #expect(metadata.map { $0["method"] } == ["GET", "GET"])
    #expect(metadata.map { $0["status"] } == ["200", "404"])
    for entry in metadata {
      let milliseconds = try #require(entry["ms"].flatMap(Double.init))
      #expect(milliseconds >= 0 && milliseconds < 60_000)
    }
  }
}
