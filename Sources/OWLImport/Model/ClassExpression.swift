/// A class expression, as far as kg can flatten it onto the graph.
public indirect enum ClassExpression: Hashable, Sendable {
  /// A named class.
  case named(String)
  /// An object property restriction (`p some D`, `p only D`, `p min 2 D`…).
  case restriction(Restriction)
  /// Any other construct (`ObjectIntersectionOf`, `ObjectOneOf`…), by its OWL/XML name.
  case other(String)

  /// The named class, when the expression is one.
  public var namedClass: String? {
    if case .named(let iri) = self { return iri }
    return nil
  }
}

/// An object property restriction: a quantifier over a property, with an optional filler.
public struct Restriction: Hashable, Sendable {
  /// How a restriction quantifies, named as Manchester syntax writes it.
  public enum Quantifier: String, Hashable, Sendable {
    case some, only, min, max, exactly
  }

  public let quantifier: Quantifier
  /// The property IRI; `nil` when it is an inverse or another expression kg cannot flatten.
  public let property: String?
  /// The filler; `nil` for an unqualified cardinality (any `owl:Thing`).
  public let filler: ClassExpression?
  /// The number of a cardinality restriction.
  public let cardinality: Int?

  public init(
    _ quantifier: Quantifier, property: String?, filler: ClassExpression?, cardinality: Int? = nil
  ) {
    self.quantifier = quantifier
    self.property = property
    self.filler = filler
    self.cardinality = cardinality
  }
}
