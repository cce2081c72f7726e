import GraphModel

extension WriteTransaction {
  /// Forgets the key and the imported facts of a deleted node, so a later import of a source
  /// that states it creates it afresh.
  func forgetProvenance(of node: NodeID) throws {
    try connection.run("DELETE FROM node_key WHERE node = ?", [.integer(node.rawValue)])
    for kind in [FactKind.node, .label, .property] {
      try forgetFacts(kind, of: node.rawValue)
    }
  }

  /// Deletes the facts of `kind` about `entity`, from every source.
  func forgetFacts(_ kind: FactKind, of entity: Int64) throws {
    try connection.run(
      "DELETE FROM fact WHERE source IN (SELECT id FROM fact_source) AND kind = ? AND entity = ?",
      [.integer(kind.rawValue), .integer(entity)])
  }
}
