import Dispatch
import Foundation
import GraphGenerator
import GraphModel
import GraphStore

/// The store benchmark at one scale: bulk load, file size, one-hop expansion, property-index
/// lookup and peak memory.
struct StoreBenchmark {
  let scale: Int
  let rounds: Int
  let samplesPerRound: Int
  let path: String

  struct Result {
    var nodes = 0, relationships = 0
    var nodesPerSecond = 0.0, relationshipsPerSecond = 0.0, loadSeconds = 0.0
    var fileMiB = 0.0
    var expand: (median: Double, p99: Double, neighbours: Double) = (0, 0, 0)
    var expandOwnTransaction: (median: Double, p99: Double) = (0, 0)
    var lookup: (median: Double, p99: Double) = (0, 0)
    var peakMiB = 0.0
  }

  func run() throws -> Result {
    var result = Result()
    let names = try load(into: &result)
    result.fileMiB = ResourceUsage.fileMiB(path)
    let store = try GraphStore(path: path)
    try store.write { try $0.createPropertyIndex(label: "Exercise", key: "name") }
    let exercises = try store.read { try $0.nodeIDs(withLabel: "Exercise") }
    var random = SplitMix64(seed: 7)
    try measureExpansion(store, exercises, &random, &result)
    try measureLookup(store, names, &random, &result)
    result.peakMiB = ResourceUsage.peakResidentMiB
    return result
  }

  /// Generates and bulk-loads the graph, timing the node and relationship phases.
  private func load(into result: inout Result) throws -> [String] {
    let timing = try GraphLoader.load(scale: scale, path: path)
    let summary = timing.summary
    result.nodes = summary.nodes
    result.relationships = summary.relationships
    result.loadSeconds = timing.nodeSeconds + timing.relationshipSeconds
    result.nodesPerSecond = Double(summary.nodes) / timing.nodeSeconds
    result.relationshipsPerSecond = Double(summary.relationships) / timing.relationshipSeconds
    return summary.exerciseNames
  }

  /// One exercise's TARGETS neighbours, from a random exercise each call.
  private func measureExpansion(
    _ store: GraphStore, _ exercises: [NodeID], _ random: inout SplitMix64, _ result: inout Result
  ) throws {
    var inTransaction = LatencySampler(capacity: rounds * samplesPerRound)
    var neighbours = 0
    try store.read { tx in
      for _ in 0..<rounds * samplesPerRound {
        let exercise = exercises[Int.random(in: 0..<exercises.count, using: &random)]
        try inTransaction.time {
          try tx.forEachNeighbor(of: exercise, direction: .outgoing, types: ["TARGETS"]) { _ in
            neighbours += 1
          }
        }
      }
    }
    result.expand = (
      inTransaction.quantile(0.5), inTransaction.quantile(0.99),
      Double(neighbours) / Double(inTransaction.samples.count)
    )
    var ownTransaction = LatencySampler(capacity: samplesPerRound)
    for _ in 0..<samplesPerRound {
      let exercise = exercises[Int.random(in: 0..<exercises.count, using: &random)]
      try ownTransaction.time {
        _ = try store.read {
          try $0.neighbors(of: exercise, direction: .outgoing, types: ["TARGETS"])
        }
      }
    }
    result.expandOwnTransaction = (ownTransaction.quantile(0.5), ownTransaction.quantile(0.99))
  }

  /// An equality lookup of an exercise by name through the (Exercise, name) index.
  private func measureLookup(
    _ store: GraphStore, _ names: [String], _ random: inout SplitMix64, _ result: inout Result
  ) throws {
    var sampler = LatencySampler(capacity: rounds * samplesPerRound)
    let seeksBefore = store.counters.propertyIndexSeeks
    try store.read { tx in
      for _ in 0..<rounds * samplesPerRound {
        let name = Value.string(names[Int.random(in: 0..<names.count, using: &random)])
        try sampler.time {
          _ = try tx.nodes(withLabel: "Exercise", key: "name", matching: .equal(name))
        }
      }
    }
    precondition(
      store.counters.propertyIndexSeeks - seeksBefore == sampler.samples.count,
      "lookups did not use the index")
    result.lookup = (sampler.quantile(0.5), sampler.quantile(0.99))
  }
}
