import CLibXML2

/// The process-wide external-entity loader, replaced by one that refuses every load.
///
/// libxml2 resolves external entities and DTDs through one global loader; kg never wants one
/// loaded (XXE), whatever options a parser was given, so the refusal is installed once before
/// the first reader opens. The parser then reports the entity as one it failed to load.
enum EntityLoader {
  private static let installed: Bool = {
    xmlSetExternalEntityLoader { _, _, _ in nil }
    return true
  }()

  /// Installs the refusing loader (idempotent).
  static func install() { _ = installed }
}
