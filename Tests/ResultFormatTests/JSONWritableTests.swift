import Foundation
import Testing

@testable import ResultFormat

/// A `JSONWritable` value is written by its own `write(to:)`, and a conformance that keeps
/// the key order writes what Foundation's `JSONEncoder` (sorted keys) writes for it.
@Suite struct JSONWritableTests {
  struct Zone: Codable, JSONWritable {
    let high: Int
    let low: Int

    func write(to json: inout JSONWriter) throws {
      json.object {
        $0.member("high", high)
        $0.member("low", low)
      }
    }
  }

  struct Session: Codable, JSONWritable {
    let title: String
    let load: Double
    let zone: Zone?
    let note: String?
    let tags: [String]
    let zones: [Zone]

    func write(to json: inout JSONWriter) throws {
      try json.object {
        try $0.member("load", load)
        $0.member("note", note)
        $0.member("tags", tags)
        $0.member("title", title)
        try $0.member("zone", zone)
        try $0.member("zones", zones)
      }
    }
  }

  let sessions = [
    Session(
      title: "Legs \"A\"", load: 72.5, zone: Zone(high: 5, low: 3), note: "a/b\n",
      tags: ["squat", "lunge"], zones: [Zone(high: 1, low: 0), Zone(high: 2, low: 1)]),
    Session(title: "Rest", load: 0, zone: nil, note: nil, tags: [], zones: []),
  ]

  @Test func writesWhatTheEncoderWritesForTheSameFields() throws {
    #expect(
      try compactText(sessions[0])
        == #"{"load":72.5,"note":"a/b\n","tags":["squat","lunge"],"title":"Legs \"A\"","zone":{"high":5,"low":3},"zones":[{"high":1,"low":0},{"high":2,"low":1}]}"#
    )
    #expect(try compactText(sessions[1]) == #"{"load":0,"tags":[],"title":"Rest","zones":[]}"#)
    // Foundation runs the synthesized `encode(to:)`, not `write(to:)`.
    for session in sessions { #expect(try compactText(session) == (try foundationText(session))) }
    #expect(try compactText(sessions) == (try foundationText(sessions)))
  }

  /// The writer is what the encoder ran: a conformance that writes something else is heard.
  @Test func theEncoderTakesTheValuesOwnWriting() throws {
    struct Shout: Encodable, JSONWritable {
      func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode("encoded")
      }
      func write(to json: inout JSONWriter) throws { json.string("written") }
    }
    #expect(try compactText(Shout()) == #""written""#)
    #expect(try compactText([Shout()]) == #"["written"]"#)
  }

  @Test func floatsJSONCannotHoldAreErrors() {
    for load in [Double.nan, .infinity, -.infinity] {
      let session = Session(title: "x", load: load, zone: nil, note: nil, tags: [], zones: [])
      #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode(session) }
    }
  }
}
