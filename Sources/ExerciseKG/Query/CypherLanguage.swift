import CypherPlanner
import CypherSyntax

/// The words of kg's Cypher, for a shell to complete.
public enum CypherLanguage {
  /// The keywords, upper case.
  public static var keywords: [String] { ReservedWords.all.sorted() }
  /// The functions, as usually spelled (`toLower`).
  public static var functions: [String] { Functions.names }
}
