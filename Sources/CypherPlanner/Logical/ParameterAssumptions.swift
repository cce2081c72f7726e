import CypherSyntax
import GraphModel

/// What a plan took for granted about the parameters it was made for: each condition on
/// parameters alone that planning met (`$goal IS NULL`, `size($muscles) = 0`, `$explain`),
/// with its answer — or none, when the parameter was missing or of another type and the
/// condition was left to the run. The plan serves any parameters that give every condition
/// the same answer (none included); others need a plan of their own.
public struct ParameterAssumptions: Hashable, Sendable {
  /// A condition planning met, and the answer it built the plan on (nil: left to the run).
  public struct Decision: Hashable, Sendable {
    public let condition: Expression
    public let answer: Bool?
  }

  /// The conditions met, in the order planning met them.
  public private(set) var decisions: [Decision] = []

  public init() {}

  /// Whether `parameters` give every condition the answer the plan was built on.
  public func hold(for parameters: [String: Value]) -> Bool {
    decisions.allSatisfy {
      ParameterCondition.answer(of: $0.condition, for: parameters) == $0.answer
    }
  }

  mutating func record(_ condition: Expression, answer: Bool?) {
    let decision = Decision(condition: condition, answer: answer)
    if !decisions.contains(decision) { decisions.append(decision) }
  }
}
