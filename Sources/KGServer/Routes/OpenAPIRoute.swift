import Foundation
import Hummingbird

/// `GET /openapi.json`: the OpenAPI 3.1 description of this API, kept in
/// `Sources/KGServer/Resources/openapi.json`.
enum OpenAPIRoute {
  static func register(on endpoints: Endpoints) {
    endpoints.add(
      "/openapi.json", access: .open,
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
