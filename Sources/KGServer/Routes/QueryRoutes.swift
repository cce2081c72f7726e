import ExerciseKG
import Hummingbird
import ResultFormat

/// `POST /v1/query`: Cypher under the configured limits — read-only unless the caller's token
/// has the `write` scope; rows as typed JSON (`{"columns": [...], "rows": [[...]]}`, see
/// `JSONFormat`).
enum QueryRoutes {
  static func register(on endpoints: Endpoints, graph: KnowledgeGraph) {
    let limits = endpoints.configuration.queryLimits
    endpoints.postReading("/v1/query", decoding: QueryBody.self, operation: "query") {
      body, context in
      let writes = context.token?.allows(.write) ?? false
      let response = try graph.execute(
        body.query, parameters: body.parameters,
        options: QueryOptions(limits: limits, readOnly: !writes))
      return JSONResponse.make(text: JSONFormat.render(response.result).utf8)
    }
  }
}
