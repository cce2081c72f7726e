import ExerciseKG
import Hummingbird

/// A question whose answer depends only on itself and the graph, so that it may be cached.
enum CachedQuestion: Hashable, Sendable {
  case recommendation(RecommendationRequest)
  case exercise(id: String)
  case search(ExerciseSearch)
}

/// The answers of the read routes whose answer depends only on the request and the graph
/// (recommendations, exercise lookups, searches): served from a `ResponseCache` while the
/// graph's version stays, else read in the graph through `GraphWork` — once for all who ask
/// while it is being read (`InFlightAnswers`) — and kept. Any commit —
/// through the API or by another process writing the file — moves the version, so an answer
/// is never older than the graph.
struct CachedAnswers: Sendable {
  let graph: KnowledgeGraph
  let graphWork: GraphWork
  /// Nil when caching is off (`ServerConfiguration.responseCacheBytes` is 0).
  let cache: ResponseCache<CachedQuestion>?
  private let inFlight = InFlightAnswers<CachedQuestion>()

  init(graph: KnowledgeGraph, graphWork: GraphWork, budget: Int) {
    self.graph = graph
    self.graphWork = graphWork
    cache = budget > 0 ? ResponseCache(budget: budget) : nil
  }

  /// The JSON of `answer`, the answer to `question`, with its entity tag, read in the graph as
  /// `operation` (see `GraphWork`) unless the cache has it. Errors are not cached.
  func respond<Answer: Encodable & Sendable>(
    to question: CachedQuestion, as operation: String,
    _ answer: @escaping @Sendable () throws -> Answer
  ) async throws -> Response {
    guard let cache else {
      return TaggedJSON(try JSONResponse.encode(try await graphWork.run(operation, answer)))
        .response
    }
    let version = try graph.version()
    let hit = cache.answer(to: question, version: version)
    graphWork.metrics.recordCacheLookup(operation, hit: hit != nil)
    if let hit { return hit.response }
    let graphWork = graphWork
    let tagged = try await inFlight.answer(to: question, version: version) {
      let tagged = TaggedJSON(try JSONResponse.encode(try await graphWork.run(operation, answer)))
      cache.store(tagged, for: question, version: version)
      return tagged
    }
    return tagged.response
  }
}
