/// The functions kg knows. Cypher function names ignore case: `known` and `aggregates` hold
/// them in lower case.
public enum Functions {
  static let aggregates: Set<String> = [
    "count", "collect", "sum", "avg", "min", "max", "stdev", "stdevp", "percentiledisc",
    "percentilecont",
  ]

  /// Every function by its usual spelling, for completion and documentation.
  public static let names = [
    "count", "collect", "sum", "avg", "min", "max", "stDev", "stDevP", "percentileDisc",
    "percentileCont", "size", "length", "head", "last", "tail", "range", "reverse", "keys",
    "labels", "type", "id", "elementId", "properties", "nodes", "relationships", "startNode",
    "endNode", "coalesce", "exists", "toInteger", "toFloat", "toString", "toBoolean", "toLower",
    "toUpper", "trim", "ltrim", "rtrim", "substring", "replace", "split", "left", "right", "abs",
    "ceil", "floor", "round", "sign", "sqrt", "exp", "log", "log10", "rand", "timestamp",
  ]

  static let known = Set(names.map { $0.lowercased() })
}
