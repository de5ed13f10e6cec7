// swift-tools-version:6.0
import PackageDescription

// Layers (see ../shared/spec/design.md): CEditLine < KVOModel < KVOChecks, KVOPlanning < KVOScript < KVOShell < kvo.
// Nothing below KVOShell touches the terminal; nothing below KVOScript parses text commands.
let package = Package(
    name: "kvo",
    products: [
        .executable(name: "kvo", targets: ["kvo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "CEditLine",
            linkerSettings: [.linkedLibrary("edit")]
        ),
        .target(name: "KVOModel"),
        .target(name: "KVOChecks", dependencies: ["KVOModel"]),
        .target(name: "KVOPlanning", dependencies: ["KVOModel"]),
        .target(name: "KVOScript", dependencies: ["KVOModel", "KVOChecks", "KVOPlanning"]),
        .target(name: "KVOShell", dependencies: ["CEditLine", "KVOScript"]),
        .executableTarget(
            name: "kvo",
            dependencies: [
                "KVOShell", "KVOScript",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CEditLineTests", dependencies: ["CEditLine"]),
        .testTarget(name: "KVOModelTests", dependencies: ["KVOModel"]),
        .testTarget(name: "KVOChecksTests", dependencies: ["KVOChecks"]),
        .testTarget(name: "KVOPlanningTests", dependencies: ["KVOPlanning"]),
        .testTarget(name: "KVOScriptTests", dependencies: ["KVOScript"]),
        .testTarget(name: "KVOShellTests", dependencies: ["KVOShell"]),
        .testTarget(name: "kvoTests", dependencies: ["kvo"], exclude: ["Golden", "Malformed"]),
    ],
    swiftLanguageModes: [.v6]
)
