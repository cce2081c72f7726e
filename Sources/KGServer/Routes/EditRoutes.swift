import ExerciseKG
import GraphModel
import GraphStore
import Hummingbird
import ResultFormat

/// Taxonomy editing, entity by entity, for `write`-scoped callers: `POST /v1/nodes`,
/// `GET/PATCH/DELETE /v1/nodes/{id}` (`?detach=true` deletes its relationships too), and the
/// same for `/v1/relationships`. Entities are answered as `JSONFormat` writes them in query
/// results: `{"id", "labels", "properties"}` and `{"id", "type", "start", "end", "properties"}`.
enum EditRoutes {
  static func register(on endpoints: Endpoints, graph: KnowledgeGraph) {
    registerNodes(on: endpoints, graph: graph)
    registerRelationships(on: endpoints, graph: graph)
  }

  private static func registerNodes(on endpoints: Endpoints, graph: KnowledgeGraph) {
    let (graphWork, limit) = (endpoints.graphWork, endpoints.configuration.maximumBodyBytes)
    endpoints.add(
      "/v1/nodes",
      [
        .post: { request, _ in
          let body = try await request.decodeJSON(NodeBody.self, limit: limit)
          let node = try await graphWork.run("edit") {
            try graph.createNode(labels: body.labels, properties: body.properties)
          }
          return created(.node(node), at: "/v1/nodes/\(node.id.rawValue)")
        }
      ])
    endpoints.add(
      "/v1/nodes/{id}",
      [
        .get: { _, context in
          let id = NodeID(try entityID(context))
          guard let node = try await graphWork.run("entity", { try graph.node(id) }) else {
            throw StoreError.nodeNotFound(id)
          }
          return entity(.node(node))
        },
        .patch: { request, context in
          let id = NodeID(try entityID(context))
          let body = try await request.decodeJSON(NodePatchBody.self, limit: limit)
          return entity(
            .node(try await graphWork.run("edit") { try graph.updateNode(id, body.change) }))
        },
        .delete: { request, context in
          let id = NodeID(try entityID(context))
          let detach = request.uri.queryParameters.get("detach") == "true"
          try await graphWork.run("edit") { try graph.deleteNode(id, detach: detach) }
          return Response(status: .noContent)
        },
      ])
  }

  private static func registerRelationships(on endpoints: Endpoints, graph: KnowledgeGraph) {
    let (graphWork, limit) = (endpoints.graphWork, endpoints.configuration.maximumBodyBytes)
    endpoints.add(
      "/v1/relationships",
      [
        .post: { request, _ in
          let body = try await request.decodeJSON(RelationshipBody.self, limit: limit)
          let relationship = try await graphWork.run("edit") {
            do {
              return try graph.createRelationship(
                from: body.from, to: body.to, type: body.type, properties: body.properties)
            } catch StoreError.nodeNotFound(let id) {
              throw Problem.invalidField(id == body.from ? "from" : "to", "There is no \(id).")
            }
          }
          return created(
            .relationship(relationship), at: "/v1/relationships/\(relationship.id.rawValue)")
        }
      ])
    endpoints.add(
      "/v1/relationships/{id}",
      [
        .get: { _, context in
          let id = RelationshipID(try entityID(context))
          guard let relationship = try await graphWork.run("entity", { try graph.relationship(id) })
          else { throw StoreError.relationshipNotFound(id) }
          return entity(.relationship(relationship))
        },
        .patch: { request, context in
          let id = RelationshipID(try entityID(context))
          let body = try await request.decodeJSON(RelationshipPatchBody.self, limit: limit)
          return entity(
            .relationship(
              try await graphWork.run("edit") {
                try graph.updateRelationship(id, properties: body.properties)
              }))
        },
        .delete: { _, context in
          let id = RelationshipID(try entityID(context))
          try await graphWork.run("edit") { try graph.deleteRelationship(id) }
          return Response(status: .noContent)
        },
      ])
  }

  /// The `{id}` of the path: a node or relationship id, which is an integer.
  private static func entityID(_ context: ServerRequestContext) throws -> Int64 {
    let text = try context.parameters.require("id")
    guard let id = Int64(text) else {
      throw Problem(
        .notFound, kind: "not-found", title: "Not found",
        detail: "'\(text)' is not an id; ids are integers.")
    }
    return id
  }

  private static func entity(_ value: Value) -> Response {
    JSONResponse.make(text: JSONFormat.render(value).utf8)
  }

  private static func created(_ value: Value, at location: String) -> Response {
    JSONResponse.make(
      text: JSONFormat.render(value).utf8, status: .created, headers: [.location: location])
  }
}
