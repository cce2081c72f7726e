import ExerciseKG
import Foundation

/// The text `kg import` prints.
enum ImportReportText {
  static func render(_ report: ImportReport) -> String {
    var lines: [String] = []
    for document in report.documents {
      lines.append(
        "\(report.dryRun ? "read" : "imported") \(document.file) (\(document.format.rawValue), "
          + "\(document.axioms) axioms, \(document.bytes) bytes) as \(document.source)")
    }
    let changes = report.changes
    lines.append(
      "nodes: \(changes.nodesCreated) created, \(changes.nodesUpdated) updated, "
        + "\(changes.nodesRemoved) removed")
    lines.append(
      "relationships: \(changes.relationshipsCreated) created, \(changes.relationshipsUpdated) "
        + "updated, \(changes.relationshipsRemoved) removed")
    lines.append("mapped: " + tally(report.mapped))
    if !report.skipped.isEmpty { lines.append("skipped: " + tally(report.skipped)) }
    if !report.warnings.isEmpty {
      lines.append("warnings: \(report.warnings.count)")
      lines += report.warnings.map { "  \($0)" }
    }
    let rate = report.seconds > 0 ? Int(Double(report.axioms) / report.seconds) : 0
    lines.append(
      "\(report.axioms) axioms in \(String(format: "%.2f", report.seconds)) s (\(rate) axioms/s)"
        + (report.dryRun ? "; dry run: nothing was written" : ""))
    return lines.joined(separator: "\n") + "\n"
  }

  private static func tally(_ counts: [String: Int]) -> String {
    counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
  }
}
