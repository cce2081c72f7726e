import Foundation
import GraphModel
import OWLImport

/// Reads an ontology document and maps its axioms to graph facts on a thread of its own, while
/// the caller's thread writes the facts: parsing and writing overlap on two cores.
///
/// Facts come in batches of `ImportOptions.progressInterval` axioms' worth, in document order;
/// at most `bufferedBatches` wait, so memory stays bounded however far reading gets ahead.
final class ConcurrentFactReader: @unchecked Sendable {
  // Unchecked: `reader` and `mapper` belong to the reading thread from the start of
  // `forEachBatch(_:)` until it ends the channel; the caller's thread touches them only before,
  // and after it has received that end (the channel's lock orders the two).
  /// One batch of facts, with how far the reader had got.
  struct Batch: Sendable {
    let facts: [GraphFact]
    let axioms: Int
    let bytesRead: Int
  }

  static let bufferedBatches = 8

  let reader: OntologyReader
  private var mapper: GraphMapper

  init(_ reader: OntologyReader, mapping: OntologyMapping) {
    self.reader = reader
    mapper = GraphMapper(mapping: mapping)
  }

  /// Calls `body` with each batch, on the calling thread, while the next ones are read.
  /// - Returns: what the mapper made of the whole document.
  /// - Throws: the reader's `ImportError`, or what `body` throws (which stops the reading).
  func forEachBatch(_ body: (Batch) throws -> Void) throws -> MappingTally {
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
    while let batch = try channel.receive() { try body(batch) }
    return mapper.tally
  }

  private func read(into channel: BoundedChannel<Batch>) {
    do {
      var facts: [GraphFact] = []
      var axioms = 0
      while let axiom = try reader.next() {
        facts.append(contentsOf: mapper.facts(for: axiom))
        axioms += 1
        guard axioms == ImportOptions.progressInterval else { continue }
        guard channel.send(Batch(facts: facts, axioms: axioms, bytesRead: reader.bytesRead))
        else { return }
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
