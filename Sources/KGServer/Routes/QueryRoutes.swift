import ExerciseKG
import Hummingbird
import ResultFormat

/// `POST /v1/query`: read-only Cypher under the configured limits; rows as typed JSON
/// (`{"columns": [...], "rows": [[...]]}`, see `JSONFormat`).
enum QueryRoutes {
  static func register<Context: RequestContext>(
    on endpoints: Endpoints<Context>, graph: KnowledgeGraph, configuration: ServerConfiguration
  ) {
    endpoints.add(
      "/v1/query",
      [
        .post: { request, _ in
          let body = try await request.decodeJSON(
            QueryBody.self, limit: configuration.maximumBodyBytes)
          let options = QueryOptions(limits: configuration.queryLimits, readOnly: true)
          let response = try await offloaded {
            try graph.execute(body.query, parameters: body.parameters, options: options)
          }
          return JSONResponse.make(text: JSONFormat.render(response.result).utf8)
        }
      ])
  }
}
