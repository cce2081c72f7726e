import Foundation
import GraphModel
import OWLImport

/// Reads an ontology document's axioms and maps them to facts on a thread of its own, while
/// the caller's thread writes the facts: parsing and writing overlap on two cores.
///
/// Facts come in batches, each of the axioms of `ImportOptions.progressInterval`, in document
/// order; at most `bufferedBatches` wait, so memory stays bounded however far reading gets
/// ahead.
final class ConcurrentFactReader: @unchecked Sendable {
  // Unchecked: `reader` and `mapper` belong to the reading thread from the start of
  // `forEachBatch(idle:_:)` until it ends the channel; the caller's thread touches them only
  // before, and after it has received that end (the channel's lock orders the two).
  /// The facts of a run of axioms, with how far the reader had got.
  struct Batch: Sendable {
    let facts: [GraphFact]
    let axioms: Int
    let bytesRead: Int
  }

  static let bufferedBatches = 64

  private let reader: OntologyReader
  private var mapper: GraphMapper

  init(_ reader: OntologyReader, mapping: OntologyMapping) {
    self.reader = reader
    mapper = GraphMapper(mapping: mapping)
  }

  /// What the mapping did with the axioms: complete once `forEachBatch(idle:_:)` has returned.
  var tally: MappingTally { mapper.tally }

  /// Calls `body` with each batch, on the calling thread, while the next ones are read.
  ///
  /// - Parameter idle: called, on the calling thread, before waiting for a batch not read yet.
  /// - Throws: the reader's `ImportError`, or what `body` or `idle` throws (which stops the
  ///   reading).
  func forEachBatch(idle: () throws -> Void, _ body: (Batch) throws -> Void) throws {
    let channel = BoundedChannel<Batch>(capacity: Self.bufferedBatches)
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      self.read(into: channel)
      done.signal()
    }
    defer {
      channel.close()
      done.wait()
    }
    while true {
      if !channel.isReady { try idle() }
      guard let batch = try channel.receive() else { return }
      try body(batch)
    }
  }

  private func read(into channel: BoundedChannel<Batch>) {
    do {
      var facts: [GraphFact] = []
      var axioms = 0
      while let axiom = try reader.next() {
        facts += mapper.facts(for: axiom)
        axioms += 1
        guard axioms == ImportOptions.progressInterval else { continue }
        let batch = Batch(facts: facts, axioms: axioms, bytesRead: reader.bytesRead)
        guard channel.send(batch) else { return }
        facts.removeAll(keepingCapacity: true)
        axioms = 0
      }
      if axioms > 0 {
        _ = channel.send(Batch(facts: facts, axioms: axioms, bytesRead: reader.bytesRead))
      }
      channel.finish()
    } catch {
      channel.finish(throwing: error)
    }
  }
}
