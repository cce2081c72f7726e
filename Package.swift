// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "kg",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "GraphStore", targets: ["GraphStore"]),
        .executable(name: "kg", targets: ["kg"]),
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

        // Layer 2: the property graph over SQLite.
        .target(name: "GraphStore", dependencies: ["SQLiteDB", "GraphModel"]),

        // The command.
        .executableTarget(name: "kg", dependencies: ["GraphStore"]),

        // Tests.
        .testTarget(name: "SQLiteDBTests", dependencies: ["SQLiteDB"]),
        .executableTarget(
            name: "DurabilityWriter",
            dependencies: ["GraphStore"],
            path: "Tests/DurabilityWriter"
        ),
        .testTarget(
            name: "GraphStoreTests",
            dependencies: ["GraphStore", "SQLiteDB", "DurabilityWriter"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
