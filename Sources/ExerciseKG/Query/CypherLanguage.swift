import CypherPlanner
import CypherSyntax

/// The words of kg's Cypher, for a shell to complete.
public enum CypherLanguage {
  /// The keywords, upper case: the reserved words, and those of the schema commands.
  public static var keywords: [String] { ReservedWords.all.union(["INDEX", "DROP"]).sorted() }
  /// The functions, as usually spelled (`toLower`).
  public static var functions: [String] { Functions.names }
}
