/// Words that cannot be a variable without backquotes, because in that place they would read as
/// a literal, an operator or a clause. Names elsewhere (labels, types, keys, functions) may be any
/// word, and so may `count`, `exists`, `all`, `any`, `none` and `single`, which are special only
/// when a parenthesis or brace follows.
public enum ReservedWords {
  public static let all: Set<String> = [
    "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END", "AND", "OR", "XOR", "NOT", "IN",
    "IS",
    "STARTS", "ENDS", "CONTAINS", "AS", "WHERE", "DISTINCT", "ORDER", "BY", "SKIP", "LIMIT", "ASC",
    "DESC",
    "ASCENDING", "DESCENDING", "MATCH", "OPTIONAL", "RETURN", "WITH", "UNWIND", "CREATE", "MERGE",
    "SET",
    "REMOVE", "DELETE", "DETACH", "UNION", "ON", "EXPLAIN", "PROFILE",
  ]

  static func contains(_ word: String) -> Bool { all.contains(word.uppercased()) }
}
