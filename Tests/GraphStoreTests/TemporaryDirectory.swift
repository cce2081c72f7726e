import GraphStore
import TestSupport

extension TemporaryDirectory {
  /// A new store in a file of this directory.
  func makeStore(_ name: String = "kg.sqlite") throws -> GraphStore {
    try GraphStore(path: path(name))
  }
}
