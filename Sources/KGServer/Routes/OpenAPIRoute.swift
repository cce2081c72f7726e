import Foundation
import Hummingbird

/// `GET /openapi.json`: the OpenAPI 3.1 description of this API, kept in
/// `Sources/KGServer/Resources/openapi.json`.
enum OpenAPIRoute {
  static func register<Context: RequestContext>(on endpoints: Endpoints<Context>) {
    endpoints.add(
      "/openapi.json",
      [
        .get: { _, _ in
          guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json") else {
            throw Problem(
              .internalServerError, kind: "internal", title: "Internal server error",
              detail: "The OpenAPI document is missing from this build.")
          }
          return JSONResponse.make(text: try Data(contentsOf: url))
        }
      ])
  }
}
