extension ScalarFunctions {
  static let graph: [String: ScalarFunction] = [
    "length": .unary { value in
      switch value {
      case .path(let path): return .integer(Int64(path.relationships.count))
      case .list(let elements): return .integer(Int64(elements.count))
      case .string(let string): return .integer(Int64(string.count))
      default: throw invalid("length", value)
      }
    },
    "keys": .unary { value, context in
      .list(try context.properties(of: value).keys.sorted().map { .string($0) })
    },
    "properties": .unary { value, context in .map(try context.properties(of: value)) },
    "labels": .unary { value, context in
      guard case .node(let id) = value else { throw invalid("labels", value) }
      return .list(try context.labels(of: id).map { .string($0) })
    },
    "type": .unary { value, context in
      guard case .relationship(let relationship) = value else { throw invalid("type", value) }
      return .string(try context.typeName(of: relationship))
    },
    "id": .unary { value in
      switch value {
      case .node(let id): return .integer(id.rawValue)
      case .relationship(let relationship): return .integer(relationship.id.rawValue)
      default: throw invalid("id", value)
      }
    },
    "elementid": .unary { value in
      switch value {
      case .node(let id): return .string(ElementID.of(id))
      case .relationship(let relationship): return .string(ElementID.of(relationship.id))
      default: throw invalid("elementId", value)
      }
    },
    "nodes": .unary { value in
      guard case .path(let path) = value else { throw invalid("nodes", value) }
      return .list(path.nodes.map { .node($0) })
    },
    "relationships": .unary { value in
      guard case .path(let path) = value else { throw invalid("relationships", value) }
      return .list(path.relationships.map { .relationship($0) })
    },
    "startnode": .unary { value in
      guard case .relationship(let relationship) = value else { throw invalid("startNode", value) }
      return .node(relationship.start)
    },
    "endnode": .unary { value in
      guard case .relationship(let relationship) = value else { throw invalid("endNode", value) }
      return .node(relationship.end)
    },
  ]
}
