import ArgumentParser
import Testing

@testable import KGCommand

/// Each command's examples, as `--help` prints them on 80 columns, are whole command lines: no
/// example is long enough for ArgumentParser to wrap it onto a line of its own.
@Suite struct HelpTextTests {
  static let commands: [any ParsableCommand.Type] = KGCommand.configuration.subcommands

  @Test(arguments: commands.map { $0._commandName })
  func examplesAreNotWrapped(command name: String) throws {
    let command = try #require(Self.commands.first { $0._commandName == name })
    let help = KGCommand.helpMessage(for: command, columns: 80)
    var inExamples = false
    var continues = false
    for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
      if line == "Examples:" {
        inExamples = true
      } else if inExamples && line.isEmpty {
        inExamples = false
      } else if inExamples {
        let startsCommand = ["  kg ", "  kg", "  echo ", "  curl "].contains {
          line.hasPrefix($0)
        }
        #expect(
          continues ? line.hasPrefix("    ") : startsCommand,
          "kg \(name) --help: \"\(line)\" is not a command line")
        continues = line.hasSuffix("\\")
      }
    }
  }
}
