import Foundation

/// The built `kg` executable, run as a person would run it.
enum KGBinary {
  struct Outcome {
    let status: Int32
    let standardOutput: String
    let standardError: String
  }

  /// Built beside the test bundle.
  static let url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    .deletingLastPathComponent().appendingPathComponent("kg")

  /// Runs `kg` with `arguments`, writing `input` (if any) to its stdin and then closing it,
  /// with `environment` added to the test's own.
  static func run(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let error = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = standardInput
    try process.run()
    if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
    try standardInput.fileHandleForWriting.close()
    let standardOutput = output.fileHandleForReading.readDataToEndOfFile()
    let standardError = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: standardOutput, as: UTF8.self),
      standardError: String(decoding: standardError, as: UTF8.self))
  }
}
