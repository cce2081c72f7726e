import GraphModel

/// Maps axioms onto the property graph as `GraphFact`s (documented in `ontology/README.md`).
///
/// - Named individuals become nodes labelled by their asserted classes; named classes become
///   `Class` nodes joined by `SUBCLASS_OF`; object properties used in property axioms become
///   `ObjectProperty` nodes.
/// - `C SubClassOf p some D` (and `only`, `min`, `max`, `exactly`) with named `C` and `D`
///   becomes a `p` edge from `C` to `D` with a `quantifier` property.
/// - Object property assertions become relationships, their axiom annotations the
///   relationship's properties; data property assertions and annotations become properties
///   (`rdfs:label` → `name`, all labels in `labels`; `rdfs:comment` → `comment`).
/// - Every node keeps its IRI as its key; the importer names a new node by its local name until
///   a label says better.
public struct GraphMapper: Sendable {
  public let mapping: OntologyMapping
  /// What the mapping did with the axioms so far.
  public var tally: MappingTally {
    var tally = counted
    if mappedRun.count > 0 { tally.mapped[mappedRun.kind, default: 0] += mappedRun.count }
    return tally
  }
  private var counted = MappingTally()
  /// The kind of the axioms mapped last, and how many in a row, not yet in `counted.mapped`:
  /// a document states axioms of a kind together, so counting runs spares a dictionary update
  /// per axiom.
  private var mappedRun: (kind: String, count: Int) = ("", 0)
  /// Declared data properties, annotation properties and datatypes: IRIs that are not nodes.
  private var nonNodes: Set<String> = []
  private var labels = RememberedNames()
  private var relationshipTypes = RememberedNames()
  private var propertyKeys = RememberedNames()

  public init(mapping: OntologyMapping = OntologyMapping()) {
    self.mapping = mapping
  }

  /// The facts one axiom states.
  public mutating func facts(for axiom: Axiom) -> [GraphFact] {
    counted.axioms += 1
    let facts = mapped(axiom)
    if let facts {
      countMapped(axiom.kind.name)
      return facts
    }
    return []
  }

  /// The facts of `axiom`, or `nil` when it is skipped or unflattened (and tallied so).
  private mutating func mapped(_ axiom: Axiom) -> [GraphFact]? {
    switch axiom.kind {
    case .declaration(let kind, let iri):
      switch kind {
      case .class: return entity(iri, label: Self.classLabel)
      case .objectProperty: return entity(iri, label: Self.propertyLabel)
      case .namedIndividual: return entity(iri, label: nil)
      case .dataProperty, .annotationProperty, .datatype:
        nonNodes.insert(iri)
        return skip("Declaration(\(kind.rawValue))")
      }
    case .subClassOf(let sub, let sup):
      guard let subclass = sub.namedClass else {
        return unflattened(axiom, "its subclass is not a named class")
      }
      if let superclass = sup.namedClass {
        return classEdge("SUBCLASS_OF", subclass, superclass, [:])
      }
      guard case .restriction(let restriction) = sup, let property = restriction.property,
        let filler = restriction.filler?.namedClass
      else {
        return unflattened(axiom, "its superclass is not a named class or a restriction on one")
      }
      var properties: [String: Value] = ["quantifier": .string(restriction.quantifier.rawValue)]
      if let cardinality = restriction.cardinality {
        properties["cardinality"] = .integer(Int64(cardinality))
      }
      return classEdge(relationshipType(property), subclass, filler, properties)
    case .equivalentClasses(let classes), .disjointClasses(let classes):
      let named = classes.compactMap(\.namedClass)
      guard named.count == classes.count, let first = named.first else {
        return unflattened(axiom, "not every class in it is named")
      }
      if case .equivalentClasses = axiom.kind {
        return named.dropFirst().flatMap { classEdge("EQUIVALENT_TO", first, $0, [:]) }
      }
      return named.indices.flatMap { i in
        named[(i + 1)...].flatMap { classEdge("DISJOINT_WITH", named[i], $0, [:]) }
      }
    case .classAssertion(let expression, let individual):
      guard let type = expression.namedClass else {
        return unflattened(axiom, "the class is not a named class")
      }
      return entity(individual, label: labels.name(of: type, mapping.label(forClass:)))
    case .objectPropertyAssertion(let property, let subject, let object, let annotations):
      var properties = [String: Value](minimumCapacity: annotations.count)
      for annotation in annotations {
        properties[propertyKey(annotation.property)] = value(annotation.value)
      }
      return [
        .relationship(
          type: relationshipType(property), from: subject, to: object,
          properties: properties)
      ]
    case .dataPropertyAssertion(let property, let subject, let literal):
      return [
        .property(
          propertyKey(property), value(.literal(literal)), node: subject,
          merge: .accumulate)
      ]
    case .annotationAssertion(let property, let subject, let annotation):
      guard !nonNodes.contains(subject) else { return skip("AnnotationAssertion(on a property)") }
      return annotationFacts(property, subject, annotation)
    case .subObjectPropertyOf(let sub, let sup):
      return entity(sub, label: Self.propertyLabel) + entity(sup, label: Self.propertyLabel) + [
        .relationship(type: "SUBPROPERTY_OF", from: sub, to: sup, properties: [:])
      ]
    case .objectPropertyDomain(let property, let expression),
      .objectPropertyRange(let property, let expression):
      guard let target = expression.namedClass else {
        return unflattened(axiom, "the class is not a named class")
      }
      let type = if case .objectPropertyDomain = axiom.kind { "DOMAIN" } else { "RANGE" }
      return entity(property, label: Self.propertyLabel) + entity(target, label: Self.classLabel)
        + [.relationship(type: type, from: property, to: target, properties: [:])]
    case .imports(let iri):
      counted.imports.append(MappingTally.Import(iri: iri, line: axiom.line))
      return []
    case .negativeObjectPropertyAssertion:
      return skip("NegativeObjectPropertyAssertion")
    case .unsupported(let name):
      return skip(name)
    }
  }

  // MARK: Facts

  static let classLabel = "Class"
  static let propertyLabel = "ObjectProperty"
  private static let rdfsLabel = XMLNamespace.rdfs + "label"
  private static let rdfsComment = XMLNamespace.rdfs + "comment"

  /// A node for `iri`, with `label` if given.
  private func entity(_ iri: String, label: String?) -> [GraphFact] {
    label.map { [.node(key: iri), .label($0, node: iri)] } ?? [.node(key: iri)]
  }

  private func classEdge(
    _ type: String, _ from: String, _ to: String, _ properties: [String: Value]
  ) -> [GraphFact] {
    entity(from, label: Self.classLabel) + entity(to, label: Self.classLabel) + [
      .relationship(type: type, from: from, to: to, properties: properties)
    ]
  }

  private mutating func relationshipType(_ property: String) -> String {
    relationshipTypes.name(of: property, mapping.relationshipType(forProperty:))
  }

  private mutating func propertyKey(_ property: String) -> String {
    propertyKeys.name(of: property, mapping.propertyKey(forProperty:))
  }

  private mutating func annotationFacts(
    _ property: String, _ subject: String, _ annotation: AnnotationValue
  )
    -> [GraphFact]
  {
    let text = value(annotation)
    switch property {
    case Self.rdfsLabel:
      var tagged = text
      if case .literal(let literal) = annotation, let language = literal.language {
        tagged = .string(literal.lexical + "@" + language)
      }
      return [
        .property("name", text, node: subject, merge: .prefer(rank: NameRank.of(annotation))),
        .property("labels", tagged, node: subject, merge: .collect),
      ]
    case Self.rdfsComment:
      return [
        .property("comment", text, node: subject, merge: .prefer(rank: NameRank.of(annotation)))
      ]
    default:
      return [
        .property(propertyKey(property), text, node: subject, merge: .accumulate)
      ]
    }
  }

  private func value(_ annotation: AnnotationValue) -> Value {
    switch annotation {
    case .iri(let iri): .string(iri)
    case .literal(let literal): literal.value ?? .string(literal.lexical)
    }
  }

  // MARK: Tallies

  private mutating func countMapped(_ kind: String) {
    if kind == mappedRun.kind {
      mappedRun.count += 1
      return
    }
    if mappedRun.count > 0 { counted.mapped[mappedRun.kind, default: 0] += mappedRun.count }
    mappedRun = (kind, 1)
  }

  private mutating func skip(_ name: String) -> [GraphFact]? {
    counted.skipped[name, default: 0] += 1
    return nil
  }

  private mutating func unflattened(_ axiom: Axiom, _ reason: String) -> [GraphFact]? {
    counted.unflattened.append(
      MappingTally.Unflattened(line: axiom.line, axiom: axiom.kind.name, reason: reason))
    return nil
  }
}

/// Which label names a node: an English or untagged one, then any (a node no label names keeps
/// its IRI's local name).
enum NameRank {
  static func of(_ annotation: AnnotationValue) -> Int {
    guard case .literal(let literal) = annotation, let language = literal.language else { return 0 }
    return language == "en" || language.hasPrefix("en-") ? 0 : 1
  }
}
