import Foundation

/// A bearer token the server accepts, as configured: a name (for logs and rate limiting), its
/// scopes, and the SHA-256 digest of the token. The token itself is never stored.
///
/// Its configuration line is `NAME SCOPES DIGEST`, such as
/// `coach-app read,write 5e8f…` (see `AccessToken.parse`); `kg token` makes a new token and its
/// line.
public struct AccessToken: Sendable, Hashable {
  public let name: String
  public let scopes: Set<Scope>
  /// The token's SHA-256 digest in lowercase hexadecimal.
  public let digest: String

  public init(name: String, scopes: Set<Scope>, digest: String) {
    self.name = name
    self.scopes = scopes
    self.digest = digest
  }

  /// Whether this token may do what `scope` names; `write` includes `read`.
  public func allows(_ scope: Scope) -> Bool {
    scopes.contains(scope) || scopes.contains(.write)
  }

  /// The configuration line for this token.
  public var line: String {
    "\(name) \(Scope.allCases.filter(scopes.contains).map(\.rawValue).joined(separator: ",")) \(digest)"
  }

  /// The SHA-256 digest of `token`, in lowercase hexadecimal.
  public static func digest(of token: String) -> String {
    sha256Hex(Data(token.utf8))
  }

  /// A new random token: `kg_` and 32 random bytes in base64url.
  public static func generate() -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    return "kg_"
      + Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
  }
}

extension AccessToken {
  /// The tokens in `text`: one `NAME SCOPES DIGEST` per line (or per `;`-separated entry, as an
  /// environment variable holds them); blank lines and `#` comments are skipped.
  ///
  /// - Parameter source: where `text` came from, for errors (a file path or `KG_TOKENS`).
  /// - Throws: `AccessConfigurationError` naming the source and the entry.
  public static func parse(_ text: String, source: String) throws -> [AccessToken] {
    let entries = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == ";" }
    return try entries.enumerated().compactMap { index, entry in
      let fields = entry.prefix { $0 != "#" }.split(whereSeparator: \.isWhitespace)
      if fields.isEmpty { return nil }
      func failure(_ reason: String) -> AccessConfigurationError {
        AccessConfigurationError(source: source, entry: index + 1, reason: reason)
      }
      guard fields.count == 3 else {
        throw failure("expected NAME SCOPES DIGEST, found \(fields.count) fields")
      }
      var scopes: Set<Scope> = []
      for name in fields[1].split(separator: ",") {
        guard let scope = Scope(rawValue: String(name)) else {
          throw failure("unknown scope '\(name)' (use read, write or read,write)")
        }
        scopes.insert(scope)
      }
      let digest = fields[2].lowercased()
      guard digest.count == 64, digest.allSatisfy(\.isHexDigit) else {
        throw failure("the digest must be 64 hexadecimal digits (a SHA-256, see kg token)")
      }
      return AccessToken(name: String(fields[0]), scopes: scopes, digest: digest)
    }
  }
}

/// A token configuration entry that cannot be read.
public struct AccessConfigurationError: Error, CustomStringConvertible {
  public let source: String
  /// The entry's line (or `;`-separated position), from 1.
  public let entry: Int
  public let reason: String

  public var description: String { "\(source), entry \(entry): \(reason)" }
}
