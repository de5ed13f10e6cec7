import XCTest
import Foundation
import KVOModel
@testable import KVOReports

/// What a published report may contain (issue 14): the safety analysis covers its own period,
/// its tables agree with each other, and no report shows a command of the tool.
final class PublishedContentTests: XCTestCase {
    let hoek = BilingualReportTests.hoek
    let cluster = BilingualReportTests.cluster

    private func tables(_ d: Document) -> [Table] {
        d.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
    }

    /// De Hoek's analysis is "over 2024" (figures 2024-01-01 to 2024-12-31): only the two 2024
    /// inspections, and the points to improve per theme add up to what those two found (12).
    func testTheSafetyAnalysisCoversItsPeriodOnly() throws {
        let doc = SafetyAnalysisReport.make(BilingualReportTests.context(hoek, .nl))
        let inspections = try XCTUnwrap(tables(doc).first { $0.headers.first == "datum" && $0.headers.contains("knelpunten") })
        XCTAssertEqual(inspections.rows.map { $0[0] }, ["8 oktober 2024", "12 november 2024"])
        let found = inspections.rows.compactMap { Int($0[4]) }.reduce(0, +)
        XCTAssertEqual(found, 12)
        let perTheme = try XCTUnwrap(tables(doc).first { $0.headers == ["thema", "knelpunten", "terugkerend"] })
        XCTAssertEqual(perTheme.rows.compactMap { Int($0[1]) }.reduce(0, +), found, "the per-theme table adds up to the inspections")
    }

    /// Without a recorded period nothing is left out.
    func testWithoutAPeriodEverythingStays() {
        var d = hoek
        var analysis = d.record("analysis")!.record
        analysis.fields["figuresFrom"] = nil
        d.put(analysis, kind: d.schema.kind(named: "analysis")!)
        let c = BilingualReportTests.context(d, .nl)
        XCTAssertEqual(c.limitedToAnalysisPeriod().inspections.count, c.inspections.count)
    }

    /// The minutes are written from the session's commands but never show one: not the commands
    /// typed (`set M-10 status=done`), not a kvo command of any kind, in either language.
    func testNoToolCommandsInTheMinutes() throws {
        let w = try MinutesReportTests.workshop()
        let session = SessionRecord(date: Day("2026-11-29")!, present: ["MB-1"], steps: w.steps)
        let command = try NSRegularExpression(pattern: #"\b(add|set|vote|voegtoe|wijzig|stem) [^\s|]+ ([^\s|]+ )?[A-Za-z]+=|\(kvo: |=(YYYY|JJJJ)"#)
        for language in Language.allCases {
            let text = BilingualReportTests.markdown(MinutesReport.make(BilingualReportTests.context(w.dossier, language), session: session))
            for step in w.steps { XCTAssertFalse(text.contains(step.amendment.command), "\(language): shows '\(step.amendment.command)'") }
            if let m = command.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), let r = Range(m.range, in: text) {
                XCTFail("the minutes (\(language)) show a command: \(text[r])")
            }
        }
    }

    /// Published text never tells the reader to type something: no kvo commands in any report of
    /// either example, in either language.
    func testNoToolCommandsInPublishedText() {
        // A command as kvo would take it: a verb, a kind or ID, and FIELD=VALUE; or "(kvo: ...)",
        // "(report x)", and date placeholders.
        let command = try! NSRegularExpression(pattern: #"\b(add|set|voegtoe|wijzig) [A-Za-z-]+[0-9]* [A-Za-z]+=|\((kvo: )?(report|rapport) [a-zé]+\)|=(YYYY|JJJJ)"#)
        for dossier in [hoek, cluster, Dossier()] {
            for language in Language.allCases {
                for (name, doc) in BilingualReportTests.documents(BilingualReportTests.context(dossier, language))
                where name != "certificate" && name != "audit-pack index" {
                    let text = BilingualReportTests.markdown(doc).split(separator: "\n").filter { !$0.hasPrefix("<") }.joined(separator: "\n")
                    if let m = command.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), let r = Range(m.range, in: text) {
                        XCTFail("\(name) (\(language)) shows a command: \(text[r])")
                    }
                }
            }
        }
    }
}
