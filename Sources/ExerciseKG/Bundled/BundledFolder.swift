import Foundation

/// A folder kg ships at the top of its source tree (`ontology/`, `queries/`), found from the tree
/// this library was built from unless an environment variable names another.
enum BundledFolder {
  /// The folder `name` at the package root, or the value of `environmentOverride` when set.
  static func path(_ name: String, environmentOverride: String) -> String {
    if let override = ProcessInfo.processInfo.environment[environmentOverride], !override.isEmpty {
      return override
    }
    return URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(name).path
  }
}
