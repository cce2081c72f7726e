/// How far an import has read, reported while it runs (see `ImportOptions.progress`).
public struct ImportProgress: Sendable {
  /// The document being read, as its reader names it.
  public let file: String
  /// The bytes of it read so far.
  public let bytesRead: Int
  /// Its size, when it is a file.
  public let totalBytes: Int?
  /// The axioms read so far, across the import's documents.
  public let axioms: Int
}
