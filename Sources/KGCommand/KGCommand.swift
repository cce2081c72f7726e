// KGCommand: the `kg` command tree. A thin shell: each subcommand parses its arguments, calls
// one `KnowledgeGraph` method and prints the result.
import ArgumentParser

/// The root `kg` command.
public struct KGCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "kg",
    abstract: "kg — an embedded knowledge-graph engine for exercises.",
    discussion: "Each command works on one store file, ./kg.sqlite unless --db names another.",
    subcommands: [
      ServeCommand.self, QueryCommand.self, ImportCommand.self, ExportCommand.self,
      StatsCommand.self,
      RecommendCommand.self, IndexCommand.self, CheckCommand.self, BackupCommand.self,
      TokenCommand.self,
    ]
  )

  public init() {}
}

extension KGCommand {
  /// Parses the process's arguments, runs the command and exits: 0 on success, 1 on a
  /// query or data error, 2 on a usage error (ArgumentParser's own default would be 64).
  public static func runAndExit() async -> Never {
    do {
      var command = try parseAsRoot()
      if var asynchronous = command as? any AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
      exit()
    } catch {
      if exitCode(for: error) == .validationFailure {
        var standardError = StandardError()
        print(fullMessage(for: error), to: &standardError)
        exit(withError: ExitCode(2))
      }
      exit(withError: error)
    }
  }
}
