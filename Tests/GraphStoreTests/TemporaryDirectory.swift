import Foundation
import GraphStore

/// A directory under the system's temporary folder, removed when released.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kg-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// The path of `name` inside the directory.
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// A new store in a file of this directory.
  func makeStore(_ name: String = "kg.sqlite") throws -> GraphStore {
    try GraphStore(path: path(name))
  }
}
