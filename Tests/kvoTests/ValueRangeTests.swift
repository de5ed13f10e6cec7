import XCTest
import Foundation

/// The reproductions of issue 12 for numbers and values, against the built binary: a value out
/// of its field's range is refused at load with its place (exit 2), `set` refuses what a save
/// could not write back, and limits, lists and CSV cells never trap or inject.
final class ValueRangeTests: XCTestCase {
    private var folder: String!
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../examples/de-hoek.json").standardized.path

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-values-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    /// The example with one line changed: `line` (1-based) has `old` replaced by `new`.
    private func dossier(line: Int, _ old: String, _ new: String) throws -> String {
        var lines = try String(contentsOfFile: Self.example, encoding: .utf8).components(separatedBy: "\n")
        XCTAssertTrue(lines[line - 1].contains(old), "line \(line): \(lines[line - 1])")
        lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
        let path = folder + "/d.json"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testOutOfRangeValuesAreRefusedAtLoadWithTheirPlace() throws {
        let cases: [(Int, String, String, String)] = [
            (3034, "\"entrepreneurs\": 120", "\"entrepreneurs\": -120", "expected a whole number from 0 to 100,000, got -120"),
            (1129, "\"count\": 1", "\"count\": -1", "got -1"),
            (1129, "\"count\": 1", "\"count\": 123456789012345678901234567890", "expected a whole number from 0 to 1,000,000"),
            (1129, "\"count\": 1", "\"count\": 999999999999999", "expected a whole number from 0 to 1,000,000"),
            (3111, "\"urgency\": 5", "\"urgency\": 99", "expected a whole number from 1 to 5, got 99"),
            (1822, "\"hours\": 16", "\"hours\": -16", "expected a number from 0 to 100,000, got -16"),
            (1822, "\"hours\": 16", "\"hours\": 1e400", "1e400 is too large a number"),
            (456, "\"year\": 1", "\"year\": -1", "expected a whole number from 1 to 3, got -1"),
            (128, "\"date\": \"2025-06-10\"", "\"date\": \"0000-01-01\"", "expected a date from 1900-01-01 to 2200-12-31"),
            (34, "\"subject\": 16", "\"subject\": 1e300", "expected a survey subject number from 1 to 44, got 1e+300"),
        ]
        for (line, old, new, message) in cases {
            let path = try dossier(line: line, old, new)
            for command in ["status", "count results", "evidence", "check"] {
                let r = try KVOBinary.run([path, "--lang", "en", "-c", command], directory: folder)
                XCTAssertEqual(r.code, 2, "\(new) / \(command): exit \(r.code); \(r.stderr.prefix(300))")
                XCTAssertTrue(r.stderr.contains("d.json:\(line):"), "\(new): the place: \(r.stderr.prefix(300))")
                XCTAssertTrue(r.stderr.contains(message), "\(new): \(r.stderr.prefix(300))")
            }
        }
    }

    func testSetRefusesWhatASaveCouldNotWriteBack() throws {
        let path = folder + "/d.json"
        try FileManager.default.copyItem(atPath: Self.example, toPath: path)
        for value in ["(num(\"inf\"))", "(num(\"nan\"))", "-16"] {
            let r = try KVOBinary.run([path, "--lang", "en", "-c", "set M-1 hours=\(value)\nsave"], directory: folder)
            XCTAssertEqual(r.code, 2, "\(value): \(r.stderr.prefix(300))")
            XCTAssertTrue(r.stderr.contains("expected a number from 0 to 100,000"), r.stderr)
            let again = try KVOBinary.run([path, "--lang", "en", "--readonly", "-c", "list measures where id = \"M-1\" fields hours as csv"], directory: folder)
            XCTAssertEqual(again.code, 0, again.stderr)
            XCTAssertEqual(again.stdout, "hours\r\n16\r\n")
        }
    }

    func testLimitsAndListsNeverTrap() throws {
        for limit in ["9223372036854775807", "(num(\"1e300\"))"] {
            let r = try KVOBinary.run([Self.example, "--readonly", "--lang", "en", "-c", "list measures limit \(limit) fields id as csv"], directory: folder)
            XCTAssertEqual(r.code, 0, "\(limit): \(r.stderr.prefix(300))")
            XCTAssertTrue(r.stdout.hasPrefix("id\r\nM-1\r\n"), r.stdout)
        }
        for limit in ["-1", "(num(\"inf\"))", "(num(\"nan\"))"] {
            let r = try KVOBinary.run([Self.example, "--readonly", "--lang", "en", "-c", "list measures limit \(limit)"], directory: folder)
            XCTAssertEqual(r.code, 2, "\(limit): \(r.stderr.prefix(300))")
            XCTAssertTrue(r.stderr.contains("limit needs a whole number of rows"), r.stderr)
        }
        let r = try KVOBinary.run(["--lang", "en", "-c", "echo len(unique(range(1000000)))"], directory: folder)
        XCTAssertEqual(r.stdout, "1000000\n", r.stderr)
        let tooMany = try KVOBinary.run(["--lang", "en", "-c", "echo len(range(20000000))"], directory: folder)
        XCTAssertEqual(tooMany.code, 2, tooMany.stderr)
    }

    func testCSVOutputNeutralisesFormulas() throws {
        let r = try KVOBinary.run(["--lang", "en", "-c", """
            new "Proef"
            add goal theme=T05 description="=HYPERLINK(\\"http://x\\")"
            add goal theme=T05 description="@SUM(A1)"
            list goals fields id,description as csv
            """], directory: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasSuffix("G-1,\"'=HYPERLINK(\"\"http://x\"\")\"\r\nG-2,'@SUM(A1)\r\n"), r.stdout)
    }
}
