import CypherSyntax
import GraphModel
import GraphStore

/// One assignment of SET or REMOVE, ready to run on a row.
typealias RowUpdate = (Row, ExecutionContext) throws -> Void

extension ExpressionCompiler {
  func compile(_ item: SetItem) throws -> RowUpdate {
    switch item {
    case .property(let target, let key, let value):
      let (target, value) = (try compile(target), try compile(value))
      return { row, context in
        let entity = try target(row, context)
        try context.setProperties(
          [key: try value(row, context).storable(for: key)], on: entity, replacingAll: false)
      }
    case .replaceProperties(let variable, let value), .mergeProperties(let variable, let value):
      let isReplacing = if case .replaceProperties = item { true } else { false }
      let slot = try slot(of: variable.name, at: variable.span)
      let value = try compile(value)
      return { row, context in
        let source = try value(row, context)
        var properties: [String: Value] = [:]
        switch source {
        case .map, .node, .relationship:
          for (key, entry) in try context.properties(of: source) {
            properties[key] = try entry.storable(for: key)
          }
        case .null where isReplacing:
          break
        default:
          throw ExecutionError.type("SET expects a map of properties, got a \(source.typeName)")
        }
        try context.setProperties(properties, on: row[slot], replacingAll: isReplacing)
      }
    case .labels(let variable, let labels):
      return try labelUpdate(variable, labels) { try $0.addLabel($1, toNode: $2) }
    }
  }

  func compile(_ item: RemoveItem) throws -> RowUpdate {
    switch item {
    case .property(let target, let key):
      let target = try compile(target)
      return { row, context in
        try context.setProperties([key: .null], on: try target(row, context), replacingAll: false)
      }
    case .labels(let variable, let labels):
      return try labelUpdate(variable, labels) { try $0.removeLabel($1, fromNode: $2) }
    }
  }

  /// `SET n:A:B` or `REMOVE n:A:B`: `change` applied to the node for each label.
  private func labelUpdate(
    _ variable: Identifier, _ labels: [Identifier],
    _ change: @escaping (WriteTransaction, String, NodeID) throws -> Bool
  ) throws -> RowUpdate {
    let slot = try slot(of: variable.name, at: variable.span)
    let names = labels.map(\.name)
    return { row, context in
      guard case .node(let id) = row[slot] else { return try Self.requireNull(row[slot]) }
      let writer = try context.requireWriter()
      for label in names { _ = try change(writer, label, id) }
    }
  }

  /// Updating null is a no-op; updating anything else that is not an entity is a type error.
  static func requireNull(_ value: RuntimeValue) throws {
    guard value.isNull else {
      throw ExecutionError.type("Cannot update a \(value.typeName)", detail: "InvalidArgumentType")
    }
  }
}

extension ExecutionContext {
  /// Sets (and, for null values, removes) properties of the entity `target`; null does nothing.
  func setProperties(_ properties: [String: Value], on target: RuntimeValue, replacingAll: Bool)
    throws
  {
    let writer = try requireWriter()
    switch target {
    case .node(let id):
      try writer.setProperties(properties, onNode: id, replacingAll: replacingAll)
    case .relationship(let relationship):
      try writer.setProperties(
        properties, onRelationship: relationship.id, replacingAll: replacingAll)
    default:
      try ExpressionCompiler.requireNull(target)
    }
  }
}
