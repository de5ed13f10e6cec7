// swift-tools-version:6.0
import Foundation
import PackageDescription

// The static Swift runtime needs the C++ library; linked dynamically, the loader resolves some
// 2,200 of its symbols at every start (1.7 M of 5.2 M instructions of `kvo -c 'echo 1'`). The
// release build of kvo finds the static one first (Vendor/static-cxx/README.md). Release only: the
// tests link kvo's module beside XCTest, which has its own. `-no-pie`: as a position-dependent
// executable kvo needs none of the 45,000 relative relocations the loader applied at every start
// (0.58 M of 3.5 M instructions of `kvo -c 'echo 1'`, and 1.2 MiB of dirtied pages; issue 15).
let staticCXXDirectory = Context.packageDirectory + "/Vendor/static-cxx"
let staticCXX: [LinkerSetting] = FileManager.default.fileExists(atPath: staticCXXDirectory + "/libstdc++.a")
    ? [.unsafeFlags(["-L", staticCXXDirectory, "-Xclang-linker", "-static-libgcc", "-Xclang-linker", "-no-pie"], .when(configuration: .release))]
    : []

// Layers (see ../shared/spec/design.md): CEditLine, KVOPlatform < KVOModel < KVOChecks, KVOPlanning, KVOImport < KVOReports < KVOScript < KVOShell < kvo.
// kvo-csv (KVOCSV, SwiftCSV, ZIPFoundation) is the helper program `import` runs to split CSV files
// and read .xlsx workbooks; kvo-xlsx (CXlsxWriter) the one `as xlsx` runs to write Excel
// workbooks; kvo-plan (KVOGLPK, CGLPK) the one `plan` runs to solve the exact planner's model.
// Nothing below KVOShell touches the terminal; nothing below KVOScript parses text commands.
// Access: `package`, not `public`, in every layer above KVOModel (nothing outside this package
// uses them; KVOScript opens one door, ScriptSyntax, for the fuzz target). KVOPlatform, KVOModel,
// KVOImport and KVOCSV stay `public`: they are the KVOFuzzable library the Fuzz package builds on.
// Release builds put every function in a section of its own (Swift does so only for public ones),
// so that lld can lay out the code start-up and the common commands run side by side, in the order
// scripts/gen-order measured (Linker/kvo.order): they then fill some 2 MiB of pages instead of being
// spread over 13 MiB, and every page touched counts in the process's memory (`kvo -c 'echo 1'`
// 11.0 -> 7.9 MiB, open + list of the upper-bound dossier 28.2 -> 24.9 MiB; issue 15). The order
// decides only where code lies: a stale name is skipped.
let orderable: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-function-sections"], .when(configuration: .release))]
let linkOrder = Context.packageDirectory + "/Linker/kvo.order"
// lld comes with the Swift toolchains of swift.org; without it kvo is linked as before, only larger in memory.
let lldFound = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/ld.lld") }
let layout: [LinkerSetting] = lldFound && FileManager.default.fileExists(atPath: linkOrder)
    ? [.unsafeFlags(["-use-ld=lld", "-Xlinker", "--symbol-ordering-file=" + linkOrder, "-Xlinker", "--no-warn-symbol-ordering"],
                    .when(configuration: .release))]
    : []

let package = Package(
    name: "kvo",
    products: [
        .executable(name: "kvo", targets: ["kvo"]),
        .executable(name: "kvo-csv", targets: ["kvo-csv"]),
        .executable(name: "kvo-xlsx", targets: ["kvo-xlsx"]),
        .executable(name: "kvo-plan", targets: ["kvo-plan"]),
        // For the fuzz package (Fuzz/Package.swift), which depends on this one by path.
        .library(name: "KVOFuzzable", targets: ["KVOModel", "KVOScript", "KVOImport", "KVOCSV"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        // Reads the ZIP archive an .xlsx workbook is, in kvo-csv (KVOCSV/XLSXReader.swift).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .target(
            name: "CEditLine",
            linkerSettings: [.linkedLibrary("edit")]
        ),
        // Every system call of the package (files, subprocesses, locks, the process): one IOError,
        // one EINTR retry (`syscall`). Only it, KVOShell (the terminal) and CEditLine import the C library.
        .target(name: "KVOPlatform", swiftSettings: orderable),
        .target(name: "KVOModel", dependencies: ["KVOPlatform"], swiftSettings: orderable),
        .target(name: "KVOChecks", dependencies: ["KVOModel"], swiftSettings: orderable),
        .target(name: "KVOPlanning", dependencies: ["KVOModel"], swiftSettings: orderable),
        .target(name: "KVOReports", dependencies: ["KVOModel", "KVOChecks", "KVOPlanning"], swiftSettings: orderable),
        .target(name: "KVOImport", dependencies: ["KVOModel"], swiftSettings: orderable),
        // SwiftCSV imports all of Foundation, which would cost kvo's start-up 2 ms; it lives in
        // the helper program kvo-csv, which `import` runs (KVOImport/CSV/CSVHelperProcess.swift).
        // ZIPFoundation and FoundationXML read .xlsx workbooks there too (docs/import.md says why).
        .target(name: "KVOCSV", dependencies: ["KVOImport", .product(name: "SwiftCSV", package: "SwiftCSV"),
                                               .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .executableTarget(name: "kvo-csv", dependencies: ["KVOCSV", "KVOModel"]),
        // libxlsxwriter (Debian's libxlsxwriter-dev) writes the Excel workbooks of `as xlsx`, in the
        // helper program kvo-xlsx, so that kvo's start-up never loads it (KVOScript/Output/Workbook.swift).
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .executableTarget(name: "kvo-xlsx", dependencies: ["CXlsxWriter", "KVOModel"]),
        // GLPK (Debian's libglpk-dev) solves the exact planner's model (KVOPlanning/Planner/PlanModel.swift),
        // in the helper program kvo-plan that `plan` runs, so that kvo's start-up never loads it
        // (with it, ten more libraries: LAPACK, BLAS, SuiteSparse). The tests call it directly.
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        .target(name: "KVOGLPK", dependencies: ["CGLPK", "KVOPlanning"]),
        .executableTarget(name: "kvo-plan", dependencies: ["KVOGLPK", "KVOModel", "KVOPlanning"]),
        .target(name: "KVOScript", dependencies: ["KVOModel", "KVOChecks", "KVOPlanning", "KVOReports", "KVOImport"], swiftSettings: orderable),
        .target(name: "KVOShell", dependencies: ["CEditLine", "KVOScript"], swiftSettings: orderable),
        .executableTarget(
            name: "kvo",
            dependencies: [
                "KVOShell", "KVOScript",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: orderable,
            linkerSettings: staticCXX + layout
        ),
        .testTarget(name: "CEditLineTests", dependencies: ["CEditLine"]),
        .testTarget(name: "KVOPlatformTests", dependencies: ["KVOPlatform"]),
        .testTarget(name: "KVOModelTests", dependencies: ["KVOModel"]),
        .testTarget(name: "KVOChecksTests", dependencies: ["KVOChecks"]),
        .testTarget(name: "KVOPlanningTests", dependencies: ["KVOPlanning", "KVOGLPK"]),
        .testTarget(name: "KVOReportsTests", dependencies: ["KVOReports"]),
        .testTarget(name: "KVOImportTests", dependencies: ["KVOImport", "KVOCSV", "kvo-csv", .product(name: "ZIPFoundation", package: "ZIPFoundation")], exclude: ["Fixtures"]),
        .testTarget(name: "KVOScriptTests", dependencies: ["KVOScript"]),
        .testTarget(name: "KVOShellTests", dependencies: ["KVOShell"]),
        .testTarget(name: "kvoTests", dependencies: ["kvo", "kvo-csv", "kvo-xlsx", "kvo-plan"], exclude: ["Golden", "Malformed", "Upgrade"]),
    ],
    swiftLanguageModes: [.v6]
)
