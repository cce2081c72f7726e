/// `x IN list` where the list is the same for a whole run (`id(e) IN $nodes`, `e.id IN
/// $exclude`): a long list of integers or of strings is hashed on the run's first test, so that
/// each test is a look-up instead of a scan.
///
/// An element of the list's own kind gets the scan's answer from the set: true when found,
/// else null when the list holds a null and false when not. Anything else (a float, which may
/// equal an integer; another type; a short or mixed list) goes to `ExpressionCompiler.membership`.
///
/// Nothing is in an empty list, not even null: against one, the compiled `IN` answers false
/// without evaluating the element (`NOT e.id IN $exclude` reads no property when nothing is
/// excluded).
///
/// Used by one running query at a time, so its memo is exempt from exclusivity checks.
final class ConstantListMembership {
  /// Below this length a scan costs less than hashing.
  static let minimumHashedCount = 8

  private enum Index {
    case integers(Set<Int64>, hasNull: Bool)
    case strings(Set<String>, hasNull: Bool)
    /// A list not worth hashing, or not of one kind.
    case none
  }

  @exclusivity(unchecked) private var run: UInt64?
  @exclusivity(unchecked) private var index = Index.none

  /// `element IN list`, `list` being the run's value of the constant list.
  func test(_ element: RuntimeValue, in list: RuntimeValue, context: ExecutionContext) throws
    -> RuntimeValue
  {
    if run != context.run {
      index = Self.index(of: list)
      run = context.run
    }
    // The element's kind first: most tests against a list not hashed end here, without
    // copying the index.
    switch element {
    case .integer(let integer):
      if case .integers(let set, let hasNull) = index {
        return set.contains(integer) ? .boolean(true) : hasNull ? .null : .boolean(false)
      }
    case .string(let string):
      if case .strings(let set, let hasNull) = index {
        return set.contains(string) ? .boolean(true) : hasNull ? .null : .boolean(false)
      }
    default:
      break
    }
    return try ExpressionCompiler.membership(element, list)
  }

  private static func index(of list: RuntimeValue) -> Index {
    guard case .list(let elements) = list, elements.count >= minimumHashedCount else {
      return .none
    }
    let hasNull = elements.contains { $0.isNull }
    switch elements.first(where: { !$0.isNull }) {
    case .integer?:
      let integers = hashed(elements) {
        if case .integer(let integer) = $0 { integer } else { nil }
      }
      return integers.map { .integers($0, hasNull: hasNull) } ?? .none
    case .string?:
      let strings = hashed(elements) { if case .string(let string) = $0 { string } else { nil } }
      return strings.map { .strings($0, hasNull: hasNull) } ?? .none
    default:
      return .none
    }
  }

  /// The set of what `kind` gives for each element but the nulls; nil when it gives nothing
  /// for one (an element of another kind).
  private static func hashed<Element: Hashable>(
    _ elements: [RuntimeValue], _ kind: (RuntimeValue) -> Element?
  ) -> Set<Element>? {
    var set = Set<Element>(minimumCapacity: elements.count)
    for element in elements where !element.isNull {
      guard let value = kind(element) else { return nil }
      set.insert(value)
    }
    return set
  }
}
