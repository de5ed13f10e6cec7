import XCTest
import Foundation

/// Golden tests: each `Golden/NAME.kvo` is run against the built `kvo` and its standard output,
/// standard error and exit code are compared with `NAME.stdout`, `NAME.stderr` and `NAME.code`.
///
/// The first lines of a script may say how to run it:
///     # args: --var park=Noord        extra arguments after `kvo run NAME.kvo`
///     # stdin                         feed the script on standard input (`kvo ARGS < NAME.kvo`)
///     # command                       run each line as one `-c` argument instead
///
/// Record mode: `KVO_RECORD=1 swift test --filter GoldenTests` (or `scripts/test --record`)
/// rewrites the expected files from what kvo does now; review the diff before committing.
final class GoldenTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").path

    func testGoldenFiles() throws {
        let record = ProcessInfo.processInfo.environment["KVO_RECORD"] == "1"
        let scripts = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".kvo") }.sorted()
        XCTAssertGreaterThan(scripts.count, 10, "golden scripts are missing")
        for script in scripts {
            let name = String(script.dropLast(4))
            let text = try String(contentsOfFile: Self.folder + "/" + script, encoding: .utf8)
            let header = text.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") }
            var extra: [String] = []
            var mode = "run"
            for line in header {
                if line.hasPrefix("# args:") {
                    extra = line.dropFirst(7).split(separator: " ").map(String.init)
                } else if line == "# stdin" {
                    mode = "stdin"
                } else if line == "# command" {
                    mode = "command"
                }
            }
            let result: KVOBinary.Result
            switch mode {
            case "stdin":
                result = try KVOBinary.run(extra, input: text, directory: Self.folder)
            case "command":
                let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
                result = try KVOBinary.run(lines.flatMap { ["-c", String($0)] } + extra, directory: Self.folder)
            default:
                result = try KVOBinary.run(["run", script] + extra, directory: Self.folder)
            }
            let base = Self.folder + "/" + name
            if record {
                try result.stdout.write(toFile: base + ".stdout", atomically: true, encoding: .utf8)
                try result.stderr.write(toFile: base + ".stderr", atomically: true, encoding: .utf8)
                try "\(result.code)\n".write(toFile: base + ".code", atomically: true, encoding: .utf8)
                continue
            }
            let expectedOut = (try? String(contentsOfFile: base + ".stdout", encoding: .utf8)) ?? "<missing \(name).stdout>"
            let expectedErr = (try? String(contentsOfFile: base + ".stderr", encoding: .utf8)) ?? "<missing \(name).stderr>"
            let expectedCode = (try? String(contentsOfFile: base + ".code", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertEqual(result.stdout, expectedOut, "\(name): standard output differs")
            XCTAssertEqual(result.stderr, expectedErr, "\(name): standard error differs")
            XCTAssertEqual("\(result.code)", expectedCode, "\(name): exit code differs")
        }
    }
}
