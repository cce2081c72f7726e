import Dispatch

/// Wraps an operator under PROFILE, counting the rows it hands out and the time it takes.
final class ProfiledOperator: PhysicalOperator {
  private let inner: any PhysicalOperator
  private let counters: QueryProfile.Counters

  init(_ inner: any PhysicalOperator, counters: QueryProfile.Counters) {
    self.inner = inner
    self.counters = counters
  }

  func open(_ argument: Row, _ context: ExecutionContext) throws {
    let start = DispatchTime.now().uptimeNanoseconds
    defer { counters.inclusiveNanoseconds += DispatchTime.now().uptimeNanoseconds - start }
    try inner.open(argument, context)
  }

  func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    let start = DispatchTime.now().uptimeNanoseconds
    defer { counters.inclusiveNanoseconds += DispatchTime.now().uptimeNanoseconds - start }
    let found = try inner.next(&row, context)
    if found { counters.rows += 1 }
    return found
  }
}
