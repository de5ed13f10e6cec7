import XCTest
@testable import kvo

/// `kvo check` with many dossiers reads its line as ArgumentParser does: the same dossiers in the
/// same order, the same options, the same errors.
final class CheckCommandParsingTests: XCTestCase {
    private func reading(_ arguments: [String], _ parse: ([String]) throws -> CheckCommand) -> String {
        do {
            let c = try parse(arguments)
            return "\(c.dossiers) jobs=\(c.jobs) format=\(c.format) rules=\(c.patterns) asOf=\(c.asOf ?? "-") audit=\(c.audit ?? "-") failOnWarn=\(c.failOnWarn) lang=\(c.lang ?? "-")"
        } catch {
            return "error: " + CheckCommand.fullMessage(for: error)
        }
    }

    func testReadsAsArgumentParserDoes() {
        let many = (1...40).map { "d\($0).json" }
        let lines: [[String]] = [
            ["a.json"], ["a.json", "b.json"], many, many + ["--jobs", "2", "--format", "json"], ["--jobs", "2"] + many,
            ["a.json", "--rules", "KVO-4.*", "b.json", "--rules", "§3.1", "c.json"], many + ["--as-of", "2026-01-15", "--audit", "first", "--lang", "nl"],
            many + ["--fail-on-warn"], ["a.json", "--fail-on-warn", "b.json", "--format", "junit", "--format", "table"],
            ["a.json", "b.json", "--jobs", "x"], ["a.json", "b.json", "--jobs"], ["a.json", "b.json", "--jobs", "-1"],
            ["a.json", "b.json", "--unknown"], ["a.json", "b.json", "-h"], ["a.json", "b.json", "--", "-c.json"],
            ["a.json", "b.json", "--jobs=2"], ["a.json", "", "b.json"], ["--format", "json"], [], ["a.json", "b.json", "--safe"],
            ["check.json", "run", "b.json"], ["a.json", "b.json", "--rules", "a", "--rules", "b", "--lang", "en"],
        ]
        for arguments in lines {
            XCTAssertEqual(reading(arguments, CheckCommand.parseMany), reading(arguments, CheckCommand.parse), "\(arguments)")
        }
    }
}
