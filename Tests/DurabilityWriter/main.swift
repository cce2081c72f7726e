// DurabilityWriter: the child process of GraphStoreTests' durability test.
//
// Usage: DurabilityWriter PATH
//
// Commits transaction after transaction to the store at PATH until it is killed. Transaction n
// creates three `Step` nodes and two `NEXT` relationships, all with `tx: n`; once it has
// committed, n is printed on a line of its own. Whatever is printed must survive a SIGKILL.
import Foundation
import GraphModel
import GraphStore

guard CommandLine.arguments.count == 2 else {
  FileHandle.standardError.write(Data("usage: DurabilityWriter PATH\n".utf8))
  exit(2)
}
let store = try GraphStore(path: CommandLine.arguments[1])
var next = Int64(try store.read { try $0.nodeCount(withLabel: "Step") } / 3) + 1
let payload = Value.string(String(repeating: "x", count: 300))
while true {
  let tx = Value.integer(next)
  try store.write { transaction in
    let steps = try (0..<3).map { part in
      try transaction.createNode(
        labels: ["Step"], properties: ["tx": tx, "part": .integer(Int64(part)), "payload": payload])
    }
    try transaction.createRelationship(
      from: steps[0], to: steps[1], type: "NEXT", properties: ["tx": tx])
    try transaction.createRelationship(
      from: steps[1], to: steps[2], type: "NEXT", properties: ["tx": tx])
  }
  // One unbuffered write per acknowledgement, so nothing printed is still sitting in a buffer.
  FileHandle.standardOutput.write(Data("\(next)\n".utf8))
  next += 1
}
