import ArgumentParser
import KGServer

/// `kg token`: makes a bearer token for `kg serve` and the line that configures it.
struct TokenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "token",
    abstract: "Make a bearer token for kg serve.",
    discussion: """
      Prints a new random token, to give to the client, and its configuration line \
      'NAME SCOPES SHA256', to add to the file kg serve --tokens-file reads (or to KG_TOKENS). \
      The server keeps only the SHA-256 digest; the token cannot be recovered from it.

      Examples:
        kg token --name coach-app
        kg token --name curator --scope write
      """)

  @Option(help: "A name for the token, shown in logs and used for its rate limit.")
  var name: String

  @Option(help: "read or write (write includes read); repeat for several.")
  var scope: [Scope] = [.read]

  func validate() throws {
    guard !name.isEmpty, !name.contains(where: { $0.isWhitespace || $0 == "#" || $0 == ";" })
    else {
      throw ValidationError("The name must be non-empty, without spaces, '#' or ';'.")
    }
  }

  func run() throws {
    let token = AccessToken.generate()
    let configured = AccessToken(
      name: name, scopes: Set(scope), digest: AccessToken.digest(of: token))
    print("token: \(token)")
    print("line:  \(configured.line)")
  }
}

extension Scope: ExpressibleByArgument {}
