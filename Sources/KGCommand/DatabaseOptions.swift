import ArgumentParser
import ExerciseKG
import Foundation

/// The `--db` option every command takes, defaulting to `KG_DB` when that is set.
struct DatabaseOptions: ParsableArguments {
  @Option(name: .long, help: "The store file (KG_DB).")
  var db = ProcessInfo.processInfo.environment["KG_DB"] ?? "kg.sqlite"

  /// Opens the store, turning a refusal into a one-line error and exit code 1.
  func open() throws -> KnowledgeGraph {
    do {
      return try KnowledgeGraph(path: db)
    } catch {
      throw CommandFailure("\(error)")
    }
  }
}

/// A failure to report on stderr as `kg: message`, exiting with code 1.
struct CommandFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

extension ParsableCommand {
  /// Runs `body`, reporting any error as `kg: …` on stderr and exiting 1.
  func reportingFailures(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch {
      var standardError = StandardError()
      print("kg: \(error)", to: &standardError)
      throw ExitCode(1)
    }
  }
}

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardError.write(Data(string.utf8))
  }
}
