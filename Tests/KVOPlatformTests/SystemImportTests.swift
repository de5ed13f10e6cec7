import XCTest

/// Only the platform layer makes system calls (and KVOShell and CEditLine, which own the
/// terminal): a file elsewhere that imports the C library fails here, naming the file.
final class SystemImportTests: XCTestCase {
    static let systemModules = ["Glibc", "Darwin", "Musl", "ucrt", "WinSDK"]
    static let allowed = ["KVOPlatform", "KVOShell", "CEditLine"]

    func testOnlyThePlatformLayerImportsTheCLibrary() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var offenders: [String] = [], scanned = 0
        for case let url as URL in files where url.pathExtension == "swift" {
            let target = url.path.dropFirst(sources.path.count + 1).split(separator: "/").first.map(String.init) ?? ""
            scanned += 1
            guard !Self.allowed.contains(target) else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            if Self.importsSystemModule(text) { offenders.append(String(url.path.dropFirst(sources.path.count + 1))) }
        }
        XCTAssertGreaterThan(scanned, 100, "the scan found the sources")
        XCTAssertEqual(offenders, [], "system calls belong in Sources/KVOPlatform")
    }

    /// The scan itself: `import Glibc` and `@_exported import Darwin` count, a mention in a comment does not.
    func testScanRecognisesImports() {
        XCTAssertTrue(Self.importsSystemModule("#if canImport(Glibc)\nimport Glibc\n#endif\n"))
        XCTAssertTrue(Self.importsSystemModule("@_exported import Darwin\n"))
        XCTAssertTrue(Self.importsSystemModule("import struct Glibc.stat\n"))
        XCTAssertFalse(Self.importsSystemModule("// import Glibc here would be wrong\nimport KVOModel\n"))
    }

    static func importsSystemModule(_ text: String) -> Bool {
        text.split(separator: "\n").contains { line in
            var words = line.split(separator: " ").map(String.init)
            while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
            guard words.first == "import", words.count >= 2 else { return false }
            let module = words.last!.split(separator: ".").first.map(String.init) ?? ""
            return systemModules.contains(module)
        }
    }
}
