// swift-tools-version: 6.1
import PackageDescription

// kg's benchmarks: a package of their own so that `swift build` and `swift test` at the root
// never build them. Run with `swift run -c release kg-bench` from this folder.
let package = Package(
  name: "kg-benchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "kg", path: "..")],
  targets: [
    .target(name: "GraphGenerator", dependencies: [.product(name: "GraphStore", package: "kg")]),
    .executableTarget(
      name: "kg-bench",
      dependencies: [
        "GraphGenerator", .product(name: "GraphStore", package: "kg"),
        .product(name: "ExerciseKG", package: "kg"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
