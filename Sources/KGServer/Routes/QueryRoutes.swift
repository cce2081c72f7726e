import ExerciseKG
import Hummingbird
import ResultFormat

/// `POST /v1/query`: read-only Cypher under the configured limits; rows as typed JSON
/// (`{"columns": [...], "rows": [[...]]}`, see `JSONFormat`).
enum QueryRoutes {
  static func register<Context: RequestContext>(
    on endpoints: Endpoints<Context>, graph: KnowledgeGraph, configuration: ServerConfiguration
  ) {
    let options = QueryOptions(limits: configuration.queryLimits, readOnly: true)
    endpoints.post(
      "/v1/query", decoding: QueryBody.self, limit: configuration.maximumBodyBytes
    ) { body in
      let response = try graph.execute(body.query, parameters: body.parameters, options: options)
      return JSONResponse.make(text: JSONFormat.render(response.result).utf8)
    }
  }
}
