/// The caps that keep a hostile document from exhausting the machine.
public struct ReaderLimits: Hashable, Sendable {
  /// The deepest element nesting accepted; OWL axioms rarely pass a dozen levels.
  public var maximumDepth: Int
  /// Entity expansion allowed: the text produced may exceed the bytes read by this factor…
  public var maximumExpansionRatio: Int
  /// …once it passes this many bytes, so small documents with a few entities always pass.
  public var expansionAllowance: Int

  public init(
    maximumDepth: Int = 128, maximumExpansionRatio: Int = 10, expansionAllowance: Int = 1 << 20
  ) {
    self.maximumDepth = maximumDepth
    self.maximumExpansionRatio = maximumExpansionRatio
    self.expansionAllowance = expansionAllowance
  }
}
