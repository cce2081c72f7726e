import HTTPTypes
import Hummingbird
import Synchronization

/// Writes sent with an `Idempotency-Key` header, and their answers: a retry of the same
/// request with the same key gets the first answer again (marked `Idempotent-Replayed: true`)
/// and changes nothing more.
///
/// Keys belong to the caller (its token, else its address) and live for a day in this process.
/// A key reused for a different request is a 422; a retry while the first is still running is
/// a 409. A request that failed with a server error (5xx) wrote nothing and releases its key, so
/// that it can be retried.
final class IdempotencyKeys: Sendable {
  private enum Entry {
    case running(fingerprint: String)
    case answered(fingerprint: String, response: StoredResponse, at: ContinuousClock.Instant)
  }

  private let entries = Mutex<[String: Entry]>([:])
  private static let lifetime = Duration.seconds(24 * 60 * 60)
  /// Beyond this many keys, the oldest answers are forgotten first.
  private static let capacity = 10_000

  /// Answers `request` through `handler` at most once per key; requests without the header go
  /// straight to `handler`.
  ///
  /// - Parameter bodyLimit: the largest body the route accepts (the body is read here, to
  ///   recognise a retry of the same request).
  func answer(
    _ request: Request, _ context: ServerRequestContext, bodyLimit: Int,
    _ handler: (Request, ServerRequestContext) async throws -> Response
  ) async throws -> Response {
    guard let key = request.headers[.idempotencyKey] else {
      return try await handler(request, context)
    }
    guard (1...255).contains(key.utf8.count), key.allSatisfy({ $0.isASCII && !$0.isNewline })
    else {
      throw Problem(
        .badRequest, kind: "invalid-idempotency-key", title: "Invalid Idempotency-Key",
        detail: "An Idempotency-Key is 1 to 255 ASCII characters.")
    }
    var request = request
    let body = try await request.bodyBytes(upTo: bodyLimit)
    request.body = RequestBody(buffer: body)
    let fingerprint = "\(request.method) \(request.uri) \(sha256Hex(body.readableBytesView))"
    let scopedKey = context.client + "\n" + key
    if let replay = try claim(scopedKey, fingerprint: fingerprint) {
      return replay.response(adding: [.idempotentReplayed: "true"])
    }
    do {
      let stored = try await StoredResponse(try await handler(request, context))
      finish(scopedKey, fingerprint: fingerprint, with: stored.status.code < 500 ? stored : nil)
      return stored.response()
    } catch {
      let problem = ProblemMiddleware.problem(for: error)
      guard problem.status.code < 500 else {
        finish(scopedKey, fingerprint: fingerprint, with: nil)
        throw error
      }
      let stored = try await StoredResponse(try problem.response(from: request, context: context))
      finish(scopedKey, fingerprint: fingerprint, with: stored)
      return stored.response()
    }
  }

  /// The earlier answer to replay, or nil after marking the key as running.
  private func claim(_ key: String, fingerprint: String) throws -> StoredResponse? {
    let now = ContinuousClock.now
    return try entries.withLock { entries in
      switch entries[key] {
      case .answered(let earlier, let response, let at) where now - at < Self.lifetime:
        guard earlier == fingerprint else { throw Self.reused }
        return response
      case .running(let earlier):
        throw earlier == fingerprint ? Self.inProgress : Self.reused
      default:
        if entries.count >= Self.capacity { Self.forgetOldest(&entries) }
        entries[key] = .running(fingerprint: fingerprint)
        return nil
      }
    }
  }

  /// Records the answer to `key`, or releases the key when there is none to keep.
  private func finish(_ key: String, fingerprint: String, with response: StoredResponse?) {
    entries.withLock { entries in
      entries[key] = response.map {
        .answered(fingerprint: fingerprint, response: $0, at: .now)
      }
    }
  }

  private static func forgetOldest(_ entries: inout [String: Entry]) {
    let answered = entries.compactMap { key, entry -> (String, ContinuousClock.Instant)? in
      if case .answered(_, _, let at) = entry { return (key, at) }
      return nil
    }
    for (key, _) in answered.sorted(by: { $0.1 < $1.1 }).prefix(max(1, capacity / 10)) {
      entries[key] = nil
    }
  }

  private static let reused = Problem(
    .unprocessableContent, kind: "idempotency-key-reused", title: "Idempotency-Key reused",
    detail: "This Idempotency-Key was sent with a different request; use a new key.")

  private static let inProgress = Problem(
    .conflict, kind: "idempotency-key-in-use", title: "Request in progress",
    detail: "A request with this Idempotency-Key is still running; retry once it has finished.")
}

extension HTTPField.Name {
  static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
  static let idempotentReplayed = HTTPField.Name("Idempotent-Replayed")!
}
