import XCTest
import KVOModel
import KVOChecks
@testable import KVOReports

/// `CheckReport.jsonBytes` writes a check report's JSON straight from the results (the batch
/// check's fast path); it must be, byte for byte, what `JSONWriter` writes for `json`.
final class CheckReportJSONTests: XCTestCase {
    private func assertSameBytes(_ report: CheckReport, file path: String?, depth: Int, line: UInt = #line) {
        var json = report.json
        if let path, case .object(var members) = json { members["file"] = .string(path); json = .object(members) }
        let expected = JSONWriter.nestedString(json, depth: depth)
        let written = String(decoding: report.jsonBytes(file: path, depth: depth), as: UTF8.self)
        XCTAssertEqual(written, expected, line: line)
    }

    func testTheExamplesAsJSONWriterWritesThem() {
        var shortfalls = 0
        for dossier in [BilingualReportTests.hoek, BilingualReportTests.cluster] {
            for asOf in ["2024-06-01", "2026-01-15", "2026-12-02"] {
                let results = Checker.run(CheckContext(dossier: dossier, asOf: Day(asOf)!))
                let report = CheckReport(results: results, language: .nl)
                shortfalls += report.results.filter { $0.shortfall != nil }.count
                assertSameBytes(report, file: "examples/a \"b\".json", depth: 2)
                assertSameBytes(report, file: nil, depth: 0)
            }
        }
        XCTAssertGreaterThan(shortfalls, 0, "the examples have shortfalls to write")
    }

    /// Waivers, escapes and a report without results (every optional key and the empty list).
    func testWaiversEscapesAndNoResults() {
        let rule = RuleCatalogue.handbook.rules[0]
        var waived = CheckResult(rule: rule, status: .waived, message: Message(en: "a\n\"b\"\\", nl: "ë\t"), shortfall: .verbatim("short"))
        waived.waiver = Message(en: "until 2026", nl: "tot 2026\u{1}")
        let plain = CheckResult(rule: RuleCatalogue.handbook.rules[1], status: .pass, message: .verbatim(""))
        assertSameBytes(CheckReport(results: [waived, plain], language: .en), file: "x", depth: 3)
        assertSameBytes(CheckReport(results: [], language: .en), file: "x", depth: 2)
        assertSameBytes(CheckReport(results: [], language: .en), file: nil, depth: 0)
    }
}
