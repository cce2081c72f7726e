import Foundation

/// Accumulates one aggregate over the rows of one group.
protocol Aggregator: AnyObject {
  /// Adds a row's argument values (null already filtered out for all but `count(*)`).
  func add(_ arguments: [RuntimeValue]) throws
  func result() throws -> RuntimeValue
}

/// How to make a fresh aggregator for each group: the function, and whether it sees only
/// distinct values.
struct AggregateFunction {
  let name: String
  let isDistinct: Bool
  /// `count(*)`: counts rows, nulls and all.
  let countsRows: Bool

  func makeAggregator() throws -> any Aggregator {
    if countsRows { return CountAggregator() }
    guard let make = Self.makers[name] else {
      throw ExecutionError(.semanticError, "UnknownFunction", "Unknown aggregate \(name)()")
    }
    let aggregator = make()
    return isDistinct ? DistinctAggregator(aggregator) : aggregator
  }

  private static let makers: [String: @Sendable () -> any Aggregator] = [
    "count": { CountAggregator() },
    "collect": { CollectAggregator() },
    "sum": { SumAggregator() },
    "avg": { AverageAggregator() },
    "min": { ExtremeAggregator(keepsLarger: false) },
    "max": { ExtremeAggregator(keepsLarger: true) },
    "stdev": { DeviationAggregator(isSample: true) },
    "stdevp": { DeviationAggregator(isSample: false) },
    "percentiledisc": { PercentileAggregator(isContinuous: false) },
    "percentilecont": { PercentileAggregator(isContinuous: true) },
  ]
}

/// Passes each distinct first argument on once.
final class DistinctAggregator: Aggregator {
  private let inner: any Aggregator
  private var seen: Set<GroupingKey> = []

  init(_ inner: any Aggregator) { self.inner = inner }

  func add(_ arguments: [RuntimeValue]) throws {
    if seen.insert(GroupingKey(value: arguments[0])).inserted { try inner.add(arguments) }
  }

  func result() throws -> RuntimeValue { try inner.result() }
}

final class CountAggregator: Aggregator {
  private var count: Int64 = 0
  func add(_ arguments: [RuntimeValue]) { count += 1 }
  func result() -> RuntimeValue { .integer(count) }
}

final class CollectAggregator: Aggregator {
  private var values: [RuntimeValue] = []
  func add(_ arguments: [RuntimeValue]) { values.append(arguments[0]) }
  func result() -> RuntimeValue { .list(values) }
}

/// `sum`: integers while every value is one (overflow is an error), else a float.
final class SumAggregator: Aggregator {
  private var total: RuntimeValue = .integer(0)
  func add(_ arguments: [RuntimeValue]) throws {
    guard arguments[0].asDouble != nil else {
      throw ExecutionError.type("sum() expects numbers, got a \(arguments[0].typeName)")
    }
    total = try Arithmetic.add(total, arguments[0])
  }
  func result() -> RuntimeValue { total }
}

final class AverageAggregator: Aggregator {
  private var total = 0.0
  private var count = 0
  func add(_ arguments: [RuntimeValue]) throws {
    guard let number = arguments[0].asDouble else {
      throw ExecutionError.type("avg() expects numbers, got a \(arguments[0].typeName)")
    }
    total += number
    count += 1
  }
  func result() -> RuntimeValue { count == 0 ? .null : .float(total / Double(count)) }
}

/// `min` and `max`, across types by ORDER BY's order.
final class ExtremeAggregator: Aggregator {
  private let keepsLarger: Bool
  private var best: RuntimeValue?
  init(keepsLarger: Bool) { self.keepsLarger = keepsLarger }
  func add(_ arguments: [RuntimeValue]) {
    let value = arguments[0]
    guard let current = best else {
      best = value
      return
    }
    let order = Orderability.compare(value, current)
    if keepsLarger ? order > 0 : order < 0 { best = value }
  }
  func result() -> RuntimeValue { best ?? .null }
}

/// `stDev` (sample) and `stDevP` (population).
final class DeviationAggregator: Aggregator {
  private let isSample: Bool
  private var values: [Double] = []
  init(isSample: Bool) { self.isSample = isSample }
  func add(_ arguments: [RuntimeValue]) throws {
    guard let number = arguments[0].asDouble else {
      throw ExecutionError.type("stDev() expects numbers, got a \(arguments[0].typeName)")
    }
    values.append(number)
  }
  func result() -> RuntimeValue {
    let divisor = Double(isSample ? values.count - 1 : values.count)
    guard divisor > 0 else { return .float(0) }
    let mean = values.reduce(0, +) / Double(values.count)
    let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return .float((squares / divisor).squareRoot())
  }
}

/// `percentileDisc` (the nearest value at or above the rank) and `percentileCont` (linear
/// interpolation between neighbours).
final class PercentileAggregator: Aggregator {
  private let isContinuous: Bool
  private var values: [RuntimeValue] = []
  private var percentile: Double?
  init(isContinuous: Bool) { self.isContinuous = isContinuous }

  func add(_ arguments: [RuntimeValue]) throws {
    guard arguments.count == 2, arguments[0].asDouble != nil else {
      throw ExecutionError.type("percentile functions expect a number and a percentile")
    }
    guard let percentile = arguments[1].asDouble, (0...1).contains(percentile) else {
      throw ExecutionError(
        .argumentError, "NumberOutOfRange", "The percentile must be a number between 0 and 1")
    }
    self.percentile = percentile
    values.append(arguments[0])
  }

  func result() -> RuntimeValue {
    guard let percentile, !values.isEmpty else { return .null }
    let sorted = values.sorted { Orderability.compare($0, $1) < 0 }
    let count = Double(sorted.count)
    if !isContinuous {
      let index = percentile == 0 ? 0 : Int((percentile * count).rounded(.up)) - 1
      return sorted[max(0, min(sorted.count - 1, index))]
    }
    let position = percentile * (count - 1)
    let (lower, upper) = (Int(position.rounded(.down)), Int(position.rounded(.up)))
    let (low, high) = (sorted[lower].asDouble ?? 0, sorted[upper].asDouble ?? 0)
    return .float(low + (high - low) * (position - Double(lower)))
  }
}
