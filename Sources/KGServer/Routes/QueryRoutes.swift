import ExerciseKG
import Hummingbird
import ResultFormat

/// `POST /v1/query`: Cypher under the configured limits — read-only unless the caller's token
/// has the `write` scope; rows as typed JSON (`{"columns": [...], "rows": [[...]]}`, see
/// `JSONFormat`).
enum QueryRoutes {
  static func register(on endpoints: Endpoints, graph: KnowledgeGraph) {
    let limits = endpoints.configuration.queryLimits
    let graphWork = endpoints.graphWork
    endpoints.postReading("/v1/query", decoding: QueryBody.self) { body, context in
      let writes = context.token?.allows(.write) ?? false
      let result = try await graphWork.run("query") {
        try graph.execute(
          body.query, parameters: body.parameters,
          options: QueryOptions(limits: limits, readOnly: !writes)
        ).result
      }
      return JSONResponse.make(text: JSONFormat.render(result).utf8)
    }
  }
}
