// kg-bench: kg's benchmarks.
//
//   swift run -c release kg-bench store [--scale N] [--rounds R] [--samples S] [--db PATH]
//   swift run -c release kg-bench queries [--scale N] [--samples S] [--db PATH] [--only Q5]
//   swift run -c release kg-bench import [--scale N] [--format owx|rdf] [--file PATH] [--db PATH]
//   swift run -c release kg-bench http [--kg PATH] [--connections C] [--seconds S] [--db PATH]
//   swift run -c release kg-bench recommend [--samples S] [--db PATH] [--only "goal only"]
//   swift run -c release kg-bench script [--kg PATH] [--rounds R] [--db PATH]
//   swift run -c release kg-bench cypher --file F [--param name=literal]… [--samples S] [--db PATH]
//
// `store` loads the generated exercise graph at scale N into a new store and prints what it
// measured; `queries` loads it and times Q1–Q8 through the query engine; `recommend` times
// recommendations on the curated ontology in process; `script` times `kg query -f` on Cypher
// scripts; `cypher` times any Cypher text on the curated ontology. Each ends with Markdown
// table rows for benchmarks/README.md. Run one scale per process so that peak memory is that
// scale's.
import Foundation
import GraphGenerator

struct Options {
  var scale = 1
  var rounds = 5
  var samples = 10_000
  var path = FileManager.default.temporaryDirectory.appendingPathComponent("kg-bench.sqlite").path
  /// For `queries` and `recommend`: run only the query or request with this name (`Q5`,
  /// `goal only`).
  var only: String?
  /// For `import`: the serialisation to generate, or a file to import instead; for `cypher`,
  /// the file of Cypher to run.
  var format = OntologyFileWriter.Format.owlXML
  var file: String?
  /// For `cypher`: the parameters, each `name=literal`.
  var parameters: [String] = []
  /// For `http` and `script`: the `kg` binary to run; for `http`, wrk's connections and each
  /// run's length.
  var kg = "../.build/release/kg"
  var connections = 32
  var seconds = 10

  init(_ arguments: ArraySlice<String>) throws {
    var rest = arguments
    while let flag = rest.popFirst() {
      guard let value = rest.popFirst() else { throw UsageError("\(flag) needs a value") }
      switch flag {
      case "--scale": scale = try Self.number(flag, value)
      case "--rounds": rounds = try Self.number(flag, value)
      case "--samples": samples = try Self.number(flag, value)
      case "--db": path = value
      case "--only": only = value
      case "--file": file = value
      case "--param": parameters.append(value)
      case "--kg": kg = value
      case "--connections": connections = try Self.number(flag, value)
      case "--seconds": seconds = try Self.number(flag, value)
      case "--format":
        guard let chosen = OntologyFileWriter.Format(rawValue: value) else {
          throw UsageError("--format takes owx or rdf")
        }
        format = chosen
      default: throw UsageError("unknown option \(flag)")
      }
    }
  }

  private static func number(_ flag: String, _ value: String) throws -> Int {
    guard let number = Int(value), number > 0 else {
      throw UsageError("\(flag) takes a positive whole number")
    }
    return number
  }
}

struct UsageError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

let usage =
  "usage: kg-bench store|queries|import|http|recommend|script|cypher [--scale N] [--rounds R] [--samples S] [--db PATH] [--only Qn|NAME] [--format owx|rdf] [--file PATH] [--param name=literal] [--kg PATH] [--connections C] [--seconds S]"
func f(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
do {
  let arguments = CommandLine.arguments.dropFirst()
  guard
    ["store", "queries", "import", "http", "recommend", "script", "cypher"].contains(
      arguments.first)
  else {
    throw UsageError(usage)
  }
  var options = try Options(arguments.dropFirst())
  if arguments.first == "http" {
    let measurements = try HTTPBenchmark(
      kg: options.kg, connections: options.connections, seconds: options.seconds,
      path: options.path
    ).run()
    for m in measurements {
      print(
        "| \(m.name) | \(m.cached ? "on" : "off") | \(f(m.requestsPerSecond, 0)) | \(m.p50) "
          + "| \(m.p99) | \(m.errors) |")
    }
    exit(0)
  }
  if arguments.first == "recommend" {
    if !arguments.contains("--samples") { options.samples = 200 }
    for m in try RecommendBenchmark(
      samples: options.samples, path: options.path, only: options.only
    ).run() {
      print("| \(m.name) | \(f(m.median / 1_000)) ms | \(f(m.p99 / 1_000)) ms | \(m.results) |")
    }
    exit(0)
  }
  if arguments.first == "script" {
    for m in try ScriptBenchmark(kg: options.kg, rounds: options.rounds, path: options.path).run() {
      print("| \(m.name) | \(f(m.megabytes, 1)) MB | \(f(m.median)) s | \(f(m.fastest)) s |")
    }
    exit(0)
  }
  if arguments.first == "cypher" {
    guard let file = options.file else { throw UsageError("cypher needs --file") }
    if !arguments.contains("--samples") { options.samples = 100 }
    let m = try CypherBenchmark(
      file: file, samples: options.samples, path: options.path, assignments: options.parameters
    ).run()
    print(
      "| \(URL(fileURLWithPath: file).lastPathComponent) | \(f(m.median, 1)) µs | \(f(m.p99, 1)) µs | \(m.rows) |"
    )
    exit(0)
  }
  if arguments.first == "import" {
    let r = try ImportBenchmark(
      scale: options.scale, format: options.format, path: options.path, file: options.file
    ).run()
    let source =
      options.file.map { URL(fileURLWithPath: $0).lastPathComponent }
      ?? "scale \(options.scale) \(options.format.rawValue)"
    print(
      "| \(source) | \(r.axioms) | \(f(r.megabytes, 1)) MB | \(r.nodes) | \(r.relationships) "
        + "| \(f(r.seconds)) s | \(f(Double(r.axioms) / r.seconds / 1_000, 0))k | "
        + "\(f(r.megabytes / r.seconds, 1)) MB/s | \(f(r.peakMiB, 0)) MiB |")
    exit(0)
  }
  if arguments.first == "queries" {
    if !arguments.contains("--samples") { options.samples = 2_000 }
    let measurements = try QueryBenchmark(
      scale: options.scale, samples: options.samples, path: options.path, only: options.only
    ).run()
    for m in measurements {
      print(
        "| \(options.scale) | \(m.name) | \(f(m.median, 1)) µs | \(f(m.p99, 1)) µs | \(f(m.rows, 1)) |"
      )
    }
    exit(0)
  }
  let benchmark = StoreBenchmark(
    scale: options.scale, rounds: options.rounds, samplesPerRound: options.samples,
    path: options.path)
  let r = try benchmark.run()
  print("scale \(options.scale): \(r.nodes) nodes, \(r.relationships) relationships")
  print(
    "bulk load: \(f(r.loadSeconds)) s — \(f(r.nodesPerSecond / 1_000, 0))k nodes/s, \(f(r.relationshipsPerSecond / 1_000, 0))k relationships/s"
  )
  print("file: \(f(r.fileMiB, 1)) MiB")
  print(
    "expand TARGETS (\(f(r.expand.neighbours, 1)) neighbours): median \(f(r.expand.median)) µs, p99 \(f(r.expand.p99)) µs in one read transaction; "
      + "median \(f(r.expandOwnTransaction.median)) µs, p99 \(f(r.expandOwnTransaction.p99)) µs with a read transaction per call"
  )
  print("index lookup: median \(f(r.lookup.median)) µs, p99 \(f(r.lookup.p99)) µs")
  print("peak RSS: \(f(r.peakMiB, 0)) MiB")
  print(
    "| \(options.scale) | \(r.nodes) | \(r.relationships) | \(f(r.loadSeconds)) s | \(f(r.nodesPerSecond / 1_000, 0))k | \(f(r.relationshipsPerSecond / 1_000, 0))k | \(f(r.fileMiB, 1)) MiB "
      + "| \(f(r.expand.median)) / \(f(r.expand.p99)) µs | \(f(r.expandOwnTransaction.median)) / \(f(r.expandOwnTransaction.p99)) µs "
      + "| \(f(r.lookup.median)) / \(f(r.lookup.p99)) µs | \(f(r.peakMiB, 0)) MiB |")
} catch {
  FileHandle.standardError.write(Data("kg-bench: \(error)\n".utf8))
  exit(error is UsageError ? 2 : 1)
}
