import ExerciseKG
import Hummingbird
import NIOCore

/// `GET /metrics`: `ServerMetrics` in Prometheus's text format.
enum MetricsRoute {
  static func register(on endpoints: Endpoints, graph: KnowledgeGraph) {
    let graphWork = endpoints.graphWork
    endpoints.add(
      "/metrics", access: .open,
      [
        .get: { _, _ in
          let bytes = try await graphWork.run("statistics") { try graph.statistics().bytes }
          return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: ResponseBody(
              byteBuffer: ByteBuffer(bytes: graphWork.metrics.exposition(databaseBytes: bytes))))
        }
      ])
  }
}
