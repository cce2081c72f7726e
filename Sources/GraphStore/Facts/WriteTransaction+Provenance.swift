import GraphModel

extension WriteTransaction {
  /// Forgets the key and the imported facts of a deleted node, so a later import of a source
  /// that states it creates it afresh.
  func forgetProvenance(of node: NodeID) throws {
    try connection.run("DELETE FROM node_key WHERE node = ?", [.integer(node.rawValue)])
    for kind in [FactKind.node, .label, .property] {
      try connection.run(
        "DELETE FROM fact WHERE kind = ? AND entity = ?",
        [.integer(kind.rawValue), .integer(node.rawValue)])
    }
  }
}
