import XCTest
import Foundation

/// `kvo check DOSSIER...`: one summary per dossier and a total; a file that fails to load is
/// reported and the rest still run; the saved check scripts run on the examples.
final class BatchCheckTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path

    func testManyDossiersInOneRun() throws {
        let files = ["examples/de-hoek.json", "Tests/kvoTests/Malformed/35-whole-number-as-text.json", "examples/cluster-kanaalzone.json"]
        let r = try KVOBinary.run(["check"] + files + ["--jobs", "2", "--as-of", "2026-01-15", "--lang", "en"], directory: Self.root)
        XCTAssertEqual(r.code, 2, "a dossier that does not load makes the run exit with 2")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("examples/de-hoek.json: 80 rules: "), lines[0])
        XCTAssertTrue(lines.contains { $0.hasPrefix("Tests/kvoTests/Malformed/35-whole-number-as-text.json:67:24: error: parks[1].entrepreneurs") }, r.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("examples/cluster-kanaalzone.json: 80 rules: ") }, r.stdout)
        XCTAssertEqual(lines.last, "3 dossiers: 2 checked, 1 with failures, 1 could not be read")
        XCTAssertTrue(r.stdout.contains("  KVO-3.6-DOCSET-FIRST §3.6.1: The document set lacks"), "failures are listed under their dossier")
    }

    func testJSONAndJUnit() throws {
        let json = try KVOBinary.run(["check", "examples/de-hoek.json", "--format", "json", "--as-of", "2026-01-15"], directory: Self.root)
        XCTAssertEqual(json.code, 0, json.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let dossiers = object?["dossiers"] as? [[String: Any]]
        let rules = dossiers?.first?["rules"] as? [[String: Any]]
        XCTAssertEqual(rules?.count, 80)
        XCTAssertEqual(Set(rules?.compactMap { $0["id"] as? String } ?? []).count, 80)
        XCTAssertTrue(rules?.allSatisfy { $0["paragraph"] != nil && $0["level"] != nil } ?? false)
        let junit = try KVOBinary.run(["check", "examples/de-hoek.json", "--format", "junit"], directory: Self.root)
        XCTAssertTrue(junit.stdout.contains("<testsuite name=\"examples/de-hoek.json\" tests=\"80\""), junit.stdout)
    }

    /// A dossier that does not load is a JUnit error whose file name and message are escaped
    /// like every other attribute: a `&`, `<` or `"` in either once made the XML unreadable.
    func testJUnitEscapesALoadError() throws {
        let folder = NSTemporaryDirectory() + "kvo-batch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = "a&b<\"c\".json"
        try #"{"format": "kvo-dossier/2", "parks": [{"id": "P-1", "name": <"#.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        let r = try KVOBinary.run(["check", name, "--format", "junit", "--lang", "en"], directory: folder)
        XCTAssertEqual(r.code, 2, r.stderr)
        XCTAssertTrue(r.stdout.contains("<testsuite name=\"a&amp;b&lt;&quot;c&quot;.json:"), r.stdout)
        let error = try XCTUnwrap(r.stdout.split(separator: "\n").first { $0.contains("<error message=") }, r.stdout)
        let message = error.drop { $0 != "\"" }.dropFirst().prefix { $0 != "\"" }
        XCTAssertFalse(message.isEmpty, r.stdout)
        XCTAssertFalse(message.contains("<") || message.contains(">"), "the message is escaped: \(error)")
        XCTAssertTrue(error.hasSuffix("\"/></testcase>"), "the attribute ends where the message ends: \(error)")
    }

    func testAFailedMustExitsWithOne() throws {
        let folder = NSTemporaryDirectory() + "kvo-batch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dossier = #"{"format": "kvo-dossier/2", "parks": [{"id": "P-1", "name": "Noord", "entrepreneurs": 700}]}"#
        try dossier.write(toFile: folder + "/big.json", atomically: true, encoding: .utf8)
        let r = try KVOBinary.run(["check", "big.json", "--rules", "KVO-3.1-MAX-ENTREPRENEURS"], directory: folder)
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stdout.contains("KVO-3.1-MAX-ENTREPRENEURS §3.1: The area has 700 entrepreneurs; at most 600 are allowed. Short: 100 too many"), r.stdout)
        let c = try KVOBinary.run(["big.json", "--readonly", "-c", "check KVO-3.1-MAX-ENTREPRENEURS as json", "-c", "echo \"still runs\""], directory: folder)
        XCTAssertEqual(c.code, 1, "check in -c sets exit code 1 when a must fails, and the script goes on")
        XCTAssertTrue(c.stdout.hasSuffix("still runs\n"))
    }

    func testSavedCheckScriptsRunOnTheExamples() throws {
        for script in ["audit-ready", "first-audit", "yearly-review", "survey-response"] {
            let r = try KVOBinary.run(["run", "scripts/checks/\(script).kvo", "examples/de-hoek.json", "--readonly", "--as-of", "2026-01-15", "--lang", "en"],
                                      directory: Self.root)
            XCTAssertEqual(r.code, 0, "\(script): \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("rules:") || r.stdout.contains("rule:"), "\(script) prints a summary: \(r.stdout)")
        }
        // A short park makes survey-response exit with 1.
        let folder = NSTemporaryDirectory() + "kvo-scripts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dossier = #"{"format": "kvo-dossier/2", "parks": [{"id": "P-1", "name": "Noord", "entrepreneurs": 52, "surveyResponses": 15}]}"#
        try dossier.write(toFile: folder + "/d.json", atomically: true, encoding: .utf8)
        let r = try KVOBinary.run(["run", Self.root + "/scripts/checks/survey-response.kvo", folder + "/d.json", "--readonly"], directory: folder)
        XCTAssertEqual(r.code, 1, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("Noord: 15 of 52 responded = 28.846% - needs 30% - SHORT by 1"), r.stdout)
    }
}
