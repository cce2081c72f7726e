// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "kg",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "ExerciseKG", targets: ["ExerciseKG", "OWLImport"]),
    .library(name: "GraphStore", targets: ["GraphStore", "GraphModel"]),
    .executable(name: "kg", targets: ["kg"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(
      url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1",
      traits: ["FullFoundation"]),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
  ],
  targets: [
    // Layer 0: the C libraries, found through pkg-config.
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),

    // Layer 1: the Swift face of SQLite, and the value types every layer shares.
    .target(name: "SQLiteDB", dependencies: ["CSQLite"]),
    .target(name: "GraphModel"),
    .target(name: "CypherSyntax"),

    // Layer 2: semantic analysis and planning of queries.
    .target(name: "CypherPlanner", dependencies: ["CypherSyntax", "GraphModel"]),

    // Layer 2: reading OWL ontologies (OWL/XML and RDF/XML) into axioms and graph facts.
    .target(name: "OWLImport", dependencies: ["CLibXML2", "GraphModel"]),

    // Layer 2: renderers of query results.
    .target(name: "ResultFormat", dependencies: ["GraphModel", "CypherSyntax"]),

    // Layer 2: the property graph over SQLite.
    .target(name: "GraphStore", dependencies: ["SQLiteDB", "GraphModel"]),

    // Layer 3: execution of query plans over the store.
    .target(
      name: "CypherRuntime",
      dependencies: ["CypherPlanner", "CypherSyntax", "GraphStore", "GraphModel"]
    ),

    // Layer 4: the library API.
    .target(
      name: "ExerciseKG",
      dependencies: [
        "GraphStore", "GraphModel", "CypherSyntax", "CypherPlanner", "CypherRuntime", "OWLImport",
        "ResultFormat",
      ]
    ),

    // Layer 5: the HTTP API.
    .target(
      name: "KGServer",
      dependencies: [
        "ExerciseKG", "GraphModel", "GraphStore", "OWLImport", "ResultFormat", "CypherRuntime",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Prometheus", package: "swift-prometheus"),
      ],
      resources: [.copy("Resources/openapi.json")]
    ),

    // Layer 6: the command.
    .target(
      name: "KGCommand",
      dependencies: [
        "ExerciseKG", "GraphModel", "ResultFormat", "CypherRuntime", "OWLImport", "KGServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "kg", dependencies: ["KGCommand"]),

    // Tests.
    .testTarget(name: "SQLiteDBTests", dependencies: ["SQLiteDB"]),
    .testTarget(name: "CypherSyntaxTests", dependencies: ["CypherSyntax"]),
    .testTarget(
      name: "CypherPlannerTests", dependencies: ["CypherPlanner", "CypherSyntax", "GraphModel"]),
    .testTarget(name: "ResultFormatTests", dependencies: ["ResultFormat", "GraphModel"]),
    .executableTarget(
      name: "DurabilityWriter",
      dependencies: ["GraphStore"],
      path: "Tests/DurabilityWriter"
    ),
    .target(name: "TestSupport", dependencies: ["ExerciseKG"], path: "Tests/TestSupport"),
    .testTarget(
      name: "GraphStoreTests",
      dependencies: ["GraphStore", "SQLiteDB", "DurabilityWriter", "TestSupport"]
    ),
    .testTarget(
      name: "ExerciseKGTests",
      dependencies: [
        "ExerciseKG", "CypherRuntime", "GraphModel", "GraphStore", "OWLImport", "ResultFormat",
        "TestSupport",
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "KGServerTests",
      dependencies: [
        "KGServer", "ExerciseKG", "TestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ),
    .testTarget(
      name: "KGCommandTests",
      dependencies: ["KGCommand", "kg", "GraphStore", "ExerciseKG", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
