// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for kvo (issue 12). A package of its own, so that `swift build` of kvo never
// builds them. Build and run with scripts/fuzz, which builds with
// `swift build -Xswiftc -sanitize=fuzzer,address`: every target below is an executable whose
// main is libFuzzer's, calling the `LLVMFuzzerTestOneInput` each target defines.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "kvo-fuzz",
    dependencies: [.package(name: "kvo", path: "..")],
    targets: [
        .target(name: "LibFuzzer"),
        // The JSON reader and the dossier loader (KVOModel: JSONParser, Dossier.load).
        .executableTarget(name: "FuzzDossier", dependencies: ["LibFuzzer", .product(name: "KVOFuzzable", package: "kvo")], swiftSettings: fuzzer),
        // The script lexer and parser (KVOScript: Parser.parse with the standard command table).
        .executableTarget(name: "FuzzScript", dependencies: ["LibFuzzer", .product(name: "KVOFuzzable", package: "kvo")], swiftSettings: fuzzer),
        // The journal reader and replay (KVOModel: Journal.read, Amendment.apply).
        .executableTarget(name: "FuzzJournal", dependencies: ["LibFuzzer", .product(name: "KVOFuzzable", package: "kvo")], swiftSettings: fuzzer),
        // The CSV import path (KVOImport: CSVTable, SurveyImport, IncidentImport) on small dossiers.
        .executableTarget(name: "FuzzCSV", dependencies: ["LibFuzzer", .product(name: "KVOFuzzable", package: "kvo")], swiftSettings: fuzzer),
    ],
    swiftLanguageModes: [.v6]
)
