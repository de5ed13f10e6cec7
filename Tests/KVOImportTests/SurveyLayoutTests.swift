import XCTest
import Foundation
import KVOModel
@testable import KVOImport

/// The survey tools' own export layouts (Fixtures/survey-*.csv, built from their documented
/// formats), imported and checked against counts pandas makes of the same files
/// (Fixtures/expected_counts.py): an independent reading, not kvo's.
final class SurveyLayoutTests: XCTestCase {
    private static let layouts = ["survey-google-numbered.csv", "survey-surveymonkey.csv", "survey-msforms-1252.csv", "survey-utf16.csv",
                                  "survey-msforms.xlsx", "survey-typeform.csv", "survey-msforms-unnumbered.csv"]

    private func imported(_ name: String) throws -> (SurveyImport.Report, Dossier) {
        let dossier = try Fixture.dehoek()
        let r = try SurveyImport.run(Fixture.table(name), bytes: Fixture.bytes(name), file: name, dossier: dossier, today: Fixture.today)
        return (r, try Fixture.applying(r.changes, to: dossier))
    }

    /// What pandas counts: {fixture: {"respondents": n, "counts": {"subject|answer": n}}}.
    private func pandasCounts() throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixture.folder + "/expected_counts.py"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "expected_counts.py needs pandas (scripts/test installs it)")
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testEveryLayoutCountsWhatPandasCounts() throws {
        let expected = try pandasCounts()
        for name in Self.layouts {
            let (report, after) = try imported(name)
            let want = try XCTUnwrap(expected[name] as? [String: Any], name)
            XCTAssertEqual(report.respondents, want["respondents"] as? Int, name)
            var counts: [String: Int] = [:]
            for r in after.results { counts["\(r.subject.map(String.init) ?? "")|\(r.answer ?? "")", default: 0] += r.count ?? 0 }
            XCTAssertEqual(counts, want["counts"] as? [String: Int], name)
        }
    }

    func testSurveyMonkeysSecondHeaderRowIsNoRespondent() throws {
        let (r, after) = try imported("survey-surveymonkey.csv")
        XCTAssertEqual(r.headerRows, 2)
        XCTAssertEqual(r.rows, 11)
        XCTAssertEqual(r.respondents, 11)
        XCTAssertFalse(after.results.contains { $0.answer == "Response" }, "the second header row is not an answer")
        XCTAssertEqual(after.answers.filter { $0.subject == 12 }.map(\.text), ["Flyer"], "Other (please specify) is an open answer to its question")
        XCTAssertEqual(Set(after.results.filter { $0.subject == 12 }.compactMap(\.question)), ["Via welke kanalen wilt u informatie ontvangen?"])
    }

    func testNumberedIdentityQuestionsAreNeverStored() throws {
        let (r, after) = try imported("survey-google-numbered.csv")
        XCTAssertEqual(r.identityColumns, ["Tijdstempel", "1. Wat is de naam van uw bedrijf?", "2. Wat is uw e-mailadres?",
                                           "3. Op welk nummer kunnen we u bellen?"])
        XCTAssertEqual(r.identityQuestions.map(\.en), [
            "1. Wat is de naam van uw bedrijf? (numbered as a question, but it asks who the respondent is)",
            "2. Wat is uw e-mailadres? (numbered as a question, but it asks who the respondent is)",
            "3. Op welk nummer kunnen we u bellen? (its answers are phone numbers)",
        ])
        let stored = String(decoding: try after.encoded(), as: UTF8.self)
        for identity in ["Jansen", "jansen.nl", "12345678", "Garage De Wit", "Café De Brug"] {
            XCTAssertFalse(stored.contains(identity), "\(identity) is stored")
        }
        XCTAssertEqual(r.subjects, [5, 12, 16])
    }

    func testIdentityByContentWinsOverAMapping() throws {
        let table = try CSVTable(name: "m.csv", bytes: Array("Contact;Hoe veilig?\njan@a.nl;Veilig\npiet@b.nl;Onveilig\n".utf8))
        let mapping = try SurveyMapping(table: CSVTable(name: "map.tsv", bytes: Array("column\trole\tsubject\nContact\tquestion\t5\nHoe veilig?\tquestion\t8\n".utf8),
                                                        shortRowsAllowed: true))
        let r = try SurveyImport.run(table, bytes: [1], file: "m.csv", dossier: Fixture.dehoek(), mapping: mapping, today: Fixture.today)
        XCTAssertEqual(r.identityColumns, ["Contact"])
        XCTAssertEqual(r.questions, 1)
    }

    func testMultiSelectShapes() {
        let semi = MultiSelect.splitter(for: ["a;b;", "a;"])
        XCTAssertEqual(semi("App-groep;E-mailnieuwsbrief;"), ["App-groep", "E-mailnieuwsbrief"])
        XCTAssertEqual(semi("a;a;b"), ["a", "b"], "an option counts once per respondent")
        let google = MultiSelect.splitter(for: ["Ja, vaak", "Ja, soms", "Nee", "App, Mail", "App"])
        XCTAssertEqual(google("Ja, vaak"), ["Ja, vaak"], "a single answer with a comma stays whole")
        XCTAssertEqual(google("App, Mail"), ["App, Mail"], "Mail is no option seen elsewhere")
        let options = MultiSelect.splitter(for: ["App, Mail", "Mail", "App"])
        XCTAssertEqual(options("App, Mail"), ["App", "Mail"])
        XCTAssertEqual(SurveyLayout.bracketOption("G01Q03[SQ001]").map { [$0.0, $0.1] }, ["G01Q03", "SQ001"])
        XCTAssertFalse(SurveyLayout.ticked("N"))
        XCTAssertTrue(SurveyLayout.ticked("Y"))
    }

    func testCumulativeRedownloadCountsOnlyTheNewRespondents() throws {
        let (first, once) = try imported("survey-google-numbered.csv")
        XCTAssertEqual(first.respondents, 8)
        let later = "survey-google-numbered-later.csv"
        let r = try SurveyImport.run(Fixture.table(later), bytes: Fixture.bytes(later), file: later, dossier: once, today: Fixture.today)
        XCTAssertEqual(r.repeatedRespondents, 8, "the eight of the first download are there again")
        XCTAssertEqual(r.respondents, 3)
        XCTAssertEqual(r.replacedImports.count, 1)
        let twice = try Fixture.applying(r.changes, to: once)
        XCTAssertEqual(twice.parks.first?.surveyResponses, 11)
        let imports = twice.one(SurveyRecord.self).imports
        XCTAssertEqual(imports.count, 1, "the later download replaces the earlier one in the ledger")
        XCTAssertTrue(imports[0].hasPrefix("2026-01-01 survey-google-numbered-later.csv: 11 respondents, 3 new, keys:"), imports[0])
        XCTAssertEqual(RespondentKeys.stored(in: imports[0]).count, 11)
        // The counts are the later file's, as pandas counts them, not the sum of both files.
        let want = try XCTUnwrap(try pandasCounts()[later] as? [String: Any])
        var counts: [String: Int] = [:]
        for res in twice.results { counts["\(res.subject.map(String.init) ?? "")|\(res.answer ?? "")", default: 0] += res.count ?? 0 }
        XCTAssertEqual(counts, want["counts"] as? [String: Int])
        // The first download once more: every respondent is known; nothing changes.
        let again = try SurveyImport.run(Fixture.table("survey-google-numbered.csv"), bytes: Fixture.bytes("survey-google-numbered.csv"),
                                         file: "survey-google-numbered.csv", dossier: twice, today: Fixture.today)
        XCTAssertTrue(again.changes.isEmpty)
        XCTAssertEqual(again.repeatedRespondents, 8)
        XCTAssertEqual(again.previous, imports[0])
    }

    func testIdenticalRowsAreTheSameRespondentWithoutIDOrTime() throws {
        let header = "5 Hoe veilig?;12 Kanalen\n"
        let first = try CSVTable(name: "a.csv", bytes: Array((header + "Veilig;App\nOnveilig;Mail\n").utf8))
        let r1 = try SurveyImport.run(first, bytes: [1], file: "a.csv", dossier: Fixture.dehoek(), today: Fixture.today)
        let d = try Fixture.applying(r1.changes, to: Fixture.dehoek())
        let second = try CSVTable(name: "b.csv", bytes: Array((header + "Veilig;App\nOnveilig;Mail\nVeilig;Mail\n").utf8))
        let r2 = try SurveyImport.run(second, bytes: [2], file: "b.csv", dossier: d, today: Fixture.today)
        XCTAssertEqual(r2.repeatedRespondents, 2)
        XCTAssertEqual(r2.respondents, 1)
    }

    func testLimeSurveyCodesAreNoSubjects() throws {
        // S42[SQ001]: option SQ001 of LimeSurvey's question S42, not subject 42; a mapping gives it one.
        let text = "id;S42[SQ001];S42[SQ002];5 Hoe veilig?\n1;Y;N;Veilig\n2;Y;Y;Onveilig\n"
        let table = try CSVTable(name: "lime.csv", bytes: Array(text.utf8))
        let r = try SurveyImport.run(table, bytes: [1], file: "lime.csv", dossier: Fixture.dehoek(), today: Fixture.today)
        XCTAssertEqual(r.subjects, [5])
        XCTAssertEqual(r.notImported.map(\.en), ["S42 [SQ001] (a survey tool's code, no subject number)", "S42 [SQ002] (a survey tool's code, no subject number)"])
        let mapping = try SurveyMapping(table: CSVTable(name: "m.tsv", bytes: Array("column\trole\tsubject\tquestion\nS42\tquestion\t12\tKanalen\n".utf8),
                                                        shortRowsAllowed: true))
        let mapped = try SurveyImport.run(table, bytes: [1], file: "lime.csv", dossier: Fixture.dehoek(), mapping: mapping, today: Fixture.today)
        let after = try Fixture.applying(mapped.changes, to: Fixture.dehoek())
        XCTAssertEqual(after.results.filter { $0.subject == 12 }.map { "\($0.answer!) \($0.count!)" }, ["SQ001 2", "SQ002 1"])
    }

    func testAWrittenMappingIsPrefilledAndImportsAsTheConventionDoes() throws {
        let table = try Fixture.table("survey-surveymonkey.csv")
        let draft = SurveyMapping.draft(for: table)
        let lines = draft.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "column\trole\tsubject\tquestion\tproblem\tquestionId")
        XCTAssertEqual(lines[1], "Respondent ID\tdrop\t\t\t\t")
        XCTAssertTrue(lines.contains("Custom Data 1\tquestion\t\tCustom Data 1\t\t"), "a column the convention cannot place: a question to give a subject")
        XCTAssertTrue(lines.contains("12 Via welke kanalen wilt u informatie ontvangen?\tquestion\t12\tVia welke kanalen wilt u informatie ontvangen?\t\t"))
        XCTAssertEqual(lines.filter { $0.hasPrefix("12 ") }.count, 1, "one row per question, not per option")
        let google = SurveyMapping.draft(for: try Fixture.table("survey-google-numbered.csv"))
        XCTAssertTrue(google.contains("3. Op welk nummer kunnen we u bellen?\tdrop\t"), "identity by answers is written as drop")
        // Used as it was written (the Custom Data column dropped), it imports what the convention imports.
        let mapping = try SurveyMapping(table: CSVTable(name: "m.tsv", bytes: Array(draft.replacingOccurrences(of: "Custom Data 1\tquestion", with: "Custom Data 1\tdrop").utf8),
                                                        shortRowsAllowed: true))
        let mapped = try SurveyImport.run(table, bytes: [1], file: "m.csv", dossier: Fixture.dehoek(), mapping: mapping, today: Fixture.today)
        let plain = try SurveyImport.run(table, bytes: [1], file: "m.csv", dossier: Fixture.dehoek(), today: Fixture.today)
        XCTAssertEqual(try Fixture.applying(mapped.changes, to: Fixture.dehoek()).results.map { "\($0.subject!) \($0.answer!) \($0.count!)" },
                       try Fixture.applying(plain.changes, to: Fixture.dehoek()).results.map { "\($0.subject!) \($0.answer!) \($0.count!)" })
    }

    /// Microsoft Forms and Typeform headed with the KVO question list's subject names, unnumbered,
    /// import without a mapping; their own columns (`#`, `Network ID`, `Tags`, ...) are not answers.
    func testFormsHeadedWithTheSubjectNamesNeedNoMapping() throws {
        let (report, after) = try imported("survey-typeform.csv")
        XCTAssertEqual(report.subjects, [5, 8, 16])
        XCTAssertEqual(report.notImported.map(\.en), ["Response Type", "Tags", "Ending"].map { "\($0) (the survey tool's own column)" },
                       "every Typeform column is recognised")
        XCTAssertTrue(report.identityColumns.contains("#"))
        XCTAssertEqual(after.answers.map(\.subject), [16, 16])
        XCTAssertEqual(SurveyColumn.subject(named: "(POGING TOT) INBRAAK, DIEFSTAL")?.number, 5)
        XCTAssertNil(SurveyColumn.subject(named: "Hoe vaak is er ingebroken?"))
    }

    /// LimeSurvey's answer codes (`A1`, `Y` under `G01Q02[SQ001]`) are stored as the texts they
    /// stand for: through the export's own survey structure, or through a mapping's `answers`.
    func testLimeSurveyAnswerCodesAreTranslated() throws {
        let expected = try XCTUnwrap(try pandasCounts()["survey-limesurvey-codes.csv"] as? [String: Any])
        for mappingFile in ["survey-limesurvey-structure.txt", "survey-limesurvey-mapping.tsv"] {
            let mapping = try SurveyMapping(table: Fixture.table(mappingFile))
            let name = "survey-limesurvey-codes.csv"
            let r = try SurveyImport.run(Fixture.table(name), bytes: Fixture.bytes(name), file: name, dossier: Fixture.dehoek(), mapping: mapping,
                                         today: Fixture.today)
            let after = try Fixture.applying(r.changes, to: Fixture.dehoek())
            var counts: [String: Int] = [:]
            for res in after.results { counts["\(res.subject.map(String.init) ?? "")|\(res.answer ?? "")", default: 0] += res.count ?? 0 }
            XCTAssertEqual(counts, expected["counts"] as? [String: Int], mappingFile)
            XCTAssertEqual(r.respondents, expected["respondents"] as? Int, mappingFile)
            // The structure gives each question its code; the mapping here gives none.
            XCTAssertEqual(Set(after.results.compactMap(\.questionId)), mappingFile.hasSuffix(".txt") ? ["G01Q01", "G01Q02"] : [], mappingFile)
            XCTAssertEqual(after.answers.map(\.subject), [16, 16], mappingFile)
            XCTAssertEqual(r.notImported.map(\.en), ["lastpage (the survey tool's own column)", "startlanguage (the survey tool's own column)"], mappingFile)
        }
        XCTAssertEqual(SurveyMapping.plain("<p>5 Hoe&nbsp;veilig?</p>"), "5 Hoe veilig?")
        let bad = importError { try SurveyMapping(table: CSVTable(name: "m.tsv", bytes: Array("column\trole\tanswers\nQ1\tquestion\tA1 Veilig\n".utf8))) }
        XCTAssertEqual(bad?.message.en, "'A1 Veilig' is no code=text pair")
        XCTAssertEqual(bad?.column, 13)
    }
}
