import ExerciseKG
import Foundation

/// One kind of traffic for wrk: requests to one route, sent in turn by each connection.
struct HTTPLoad {
  struct Request {
    let path: String
    var body: String?
  }

  let name: String
  let method: String
  let requests: [Request]

  /// The wrk script sending `requests` in turn.
  var script: String {
    let items = requests.map { request in
      "{path = [[\(request.path)]], body = \(request.body.map { "[[\($0)]]" } ?? "nil")}"
    }
    return """
      local requests = {\(items.joined(separator: ",\n"))}
      local headers = {["Content-Type"] = "application/json"}
      local next = 0
      request = function()
        next = next % #requests + 1
        local item = requests[next]
        return wrk.format("\(method)", item.path, headers, item.body)
      end
      """
  }

  /// The recommendation the HTTP benchmark has always repeated: every filter.
  static let everyFilter = """
    {"goal": "Strength", "muscles": ["legs"], "equipment": ["dumbbell", "barbell"], \
    "avoid": ["knee pain"], "level": "intermediate", "limit": 10}
    """

  /// The loads, given the store's exercise ids.
  static func all(exerciseIDs: [String]) -> [HTTPLoad] {
    [
      HTTPLoad(
        name: "POST /v1/recommendations, one request", method: "POST",
        requests: [Request(path: "/v1/recommendations", body: everyFilter)]),
      HTTPLoad(
        name: "POST /v1/recommendations, \(variedRecommendations.count) requests in turn",
        method: "POST",
        requests: variedRecommendations.map { Request(path: "/v1/recommendations", body: $0) }),
      HTTPLoad(
        name: "GET /v1/exercises/{id}, all \(exerciseIDs.count) in turn", method: "GET",
        requests: exerciseIDs.map { Request(path: "/v1/exercises/\($0)") }),
      HTTPLoad(
        name: "GET /v1/exercises?q=, \(searchWords.count) searches in turn", method: "GET",
        requests: searchWords.map { Request(path: "/v1/exercises?q=\($0)") }),
    ]
  }

  /// 480 different requests: every goal with eight muscle choices, four equipment sets and
  /// three levels, some avoiding a condition.
  static let variedRecommendations: [String] = {
    let goals = ["Strength", "Hypertrophy", "Power", "Endurance", "Mobility"]
    let muscles = [
      "legs", "chest", "back", "arms", "shoulders", "core", "glutes", "upper body",
    ]
    let equipment = [
      #"["dumbbell"]"#, #"["barbell", "dumbbell"]"#, "[]", "null",
    ]
    let levels = ["beginner", "intermediate", "expert"]
    var bodies: [String] = []
    for goal in goals {
      for (index, muscle) in muscles.enumerated() {
        for kit in equipment {
          for level in levels {
            let avoid = index % 2 == 0 ? #"["knee pain"]"# : "[]"
            bodies.append(
              #"{"goal": "\#(goal)", "muscles": ["\#(muscle)"], "equipment": \#(kit), "#
                + #""avoid": \#(avoid), "level": "\#(level)"}"#)
          }
        }
      }
    }
    return bodies
  }()

  static let searchWords = [
    "squat", "press", "curl", "row", "lunge", "stretch", "deadlift", "plank", "raise",
    "pull", "dumbbell%20press", "bench",
  ]

  /// The ids of the exercises in the store at `path`.
  static func exerciseIDs(in path: String) throws -> [String] {
    let result = try KnowledgeGraph(path: path)
      .execute("MATCH (e:Exercise) RETURN e.id AS id ORDER BY id").result
    return result.rows.compactMap { $0.first?.stringValue }
  }
}
