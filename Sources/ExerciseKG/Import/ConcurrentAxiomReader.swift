import Foundation
import OWLImport

/// Reads an ontology document's axioms on a thread of its own, while the caller's thread maps
/// and writes them: parsing and writing overlap on two cores.
///
/// Axioms come in batches of `ImportOptions.progressInterval`, in document order; at most
/// `bufferedBatches` wait, so memory stays bounded however far reading gets ahead.
final class ConcurrentAxiomReader: @unchecked Sendable {
  // Unchecked: `reader` belongs to the reading thread from the start of `forEachBatch(idle:_:)`
  // until it ends the channel; the caller's thread touches it only before, and after it has
  // received that end (the channel's lock orders the two).
  /// One batch of axioms, with how far the reader had got.
  struct Batch: Sendable {
    let axioms: [Axiom]
    let bytesRead: Int
  }

  static let bufferedBatches = 64

  private let reader: OntologyReader

  init(_ reader: OntologyReader) {
    self.reader = reader
  }

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
      var axioms: [Axiom] = []
      while let axiom = try reader.next() {
        axioms.append(axiom)
        guard axioms.count == ImportOptions.progressInterval else { continue }
        guard channel.send(Batch(axioms: axioms, bytesRead: reader.bytesRead)) else { return }
        axioms.removeAll(keepingCapacity: true)
      }
      if !axioms.isEmpty { _ = channel.send(Batch(axioms: axioms, bytesRead: reader.bytesRead)) }
      channel.finish()
    } catch {
      channel.finish(throwing: error)
    }
  }
}
