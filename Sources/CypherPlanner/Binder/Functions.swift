/// The functions kg knows, by lower-case name (Cypher function names ignore case).
enum Functions {
  static let aggregates: Set<String> = [
    "count", "collect", "sum", "avg", "min", "max", "stdev", "stdevp", "percentiledisc",
    "percentilecont",
  ]

  static let known: Set<String> = aggregates.union([
    "size", "length", "head", "last", "tail", "range", "reverse", "keys", "labels", "type", "id",
    "elementid",
    "properties", "nodes", "relationships", "startnode", "endnode", "coalesce", "exists",
    "tointeger", "tofloat",
    "tostring", "toboolean", "tolower", "toupper", "trim", "ltrim", "rtrim", "substring", "replace",
    "split",
    "left", "right", "abs", "ceil", "floor", "round", "sign", "sqrt", "exp", "log", "log10", "rand",
    "timestamp",
  ])
}
