import XCTest
import KVOModel
@testable import KVOImport

final class SurveyImportTests: XCTestCase {
    private func importDeHoek(into dossier: Dossier) throws -> SurveyImport.Report {
        try SurveyImport.run(Fixture.table("survey-de-hoek.csv"), bytes: Fixture.bytes("survey-de-hoek.csv"), file: "survey-de-hoek.csv",
                             dossier: dossier, today: Fixture.today)
    }

    func testOneParkExport() throws {
        let dossier = try Fixture.dehoek()
        let r = try importDeHoek(into: dossier)
        XCTAssertNil(r.previous)
        XCTAssertEqual(r.rows, 6)
        XCTAssertEqual(r.emptyRows, 2)
        XCTAssertEqual(r.rowsWithoutAnswers, 1, "respondent 1005 answered nothing")
        XCTAssertEqual(r.identityColumns, ["Respondent ID", "Starttijd", "Naam", "E-mailadres", "IP-adres", "Telefoon"])
        XCTAssertEqual(r.notImported.map(\.en), ["Sector (no subject number)"])
        XCTAssertEqual(r.notImported.map(\.nl), ["Sector (geen onderwerpnummer)"])
        XCTAssertEqual(r.questions, 6)
        XCTAssertEqual(r.openQuestions, 2)
        XCTAssertEqual(r.subjects, [5, 8, 12, 16, 18, 23])
        XCTAssertEqual(r.addedSubjects, [18])
        XCTAssertEqual(r.parks, [SurveyImport.ParkCount(id: "P-1", name: "De Hoek", respondents: 5, responsesBefore: nil, responsesAfter: 5, entrepreneurs: 120)])
        XCTAssertEqual(r.resultsAdded, (1...11).map { "SR-\($0)" })
        XCTAssertEqual(r.answersAdded, (1...5).map { "OA-\($0)" })
        XCTAssertEqual(r.resultsUpdated, 0)
        XCTAssertEqual(r.withoutProblemFlag, 11)

        let after = try Fixture.applying(r.changes, to: dossier)
        let results = after.all("results")
        XCTAssertEqual(results.count, 11)
        XCTAssertEqual(results.reduce(0) { $0 + ($1.int("count") ?? 0) }, 5 + 5 + 5 + 5, "every respondent answered the four closed questions")
        func count(_ subject: Int, _ answer: String) -> Int? {
            results.first { $0.int("subject") == subject && $0.text("answer") == answer }?.int("count")
        }
        XCTAssertEqual(count(5, "nee"), 3)
        XCTAssertEqual(count(5, "ja, inbraak of diefstal"), 1)
        XCTAssertEqual(count(5, "ja, een poging"), 1)
        XCTAssertEqual(count(8, "verslechterd"), 2)
        XCTAssertEqual(count(12, "soms"), 2)
        XCTAssertEqual(count(18, "veel"), 2)
        XCTAssertEqual(count(18, "weinig"), 3)
        XCTAssertEqual(results.first?.text("question"), "Is uw bedrijf het afgelopen jaar getroffen door inbraak of diefstal?")
        XCTAssertEqual(Set(results.compactMap { $0.text("park") }), ["P-1"])

        let answers = after.all("answers")
        XCTAssertEqual(answers.filter { $0.int("subject") == 16 }.count, 3)
        XCTAssertEqual(answers.filter { $0.int("subject") == 23 }.count, 2)
        XCTAssertTrue(answers.contains { $0.text("text") == "Containers aan de Hoogstraat\nworden te laat geleegd, \"altijd\" vol." }, "open answers verbatim")
        XCTAssertTrue(answers.contains { $0.text("text") == "Graag camera’s bij de ingang aan de ’s-Hertogenbosch-zijde." })

        let park = after.all("parks")[0]
        XCTAssertEqual(park.int("surveyResponses"), 5)
        let survey = try XCTUnwrap(after.record("survey")?.record)
        XCTAssertEqual(survey["subjects"]?.arrayValue?.compactMap(\.numberValue), [5, 8, 12, 16, 18, 23])
        let imports = survey["imports"]?.strings ?? []
        XCTAssertEqual(imports.count, 1)
        XCTAssertTrue(imports[0].hasPrefix("2026-01-01 survey-de-hoek.csv: 5 respondents, keys:"))
        XCTAssertEqual(RespondentKeys.stored(in: imports[0]).count, 5, "one key per respondent, none of the respondent in the open")
        XCTAssertTrue(imports[0].hasSuffix(SHA256.hex(try Fixture.bytes("survey-de-hoek.csv"))))
    }

    func testNoRespondentIdentityIsStored() throws {
        let dossier = try Fixture.dehoek()
        let after = try Fixture.applying(try importDeHoek(into: dossier).changes, to: dossier)
        let stored = String(decoding: try after.encoded(), as: UTF8.self)
        for identity in ["Jan de Vries", "jan@voorbeeld.nl", "10.0.0.1", "0612345678", "1001", "2024-09-12 08:14", "Marieke", "López", "Café De Brug"] {
            XCTAssertFalse(stored.contains(identity), "\(identity) is stored")
        }
    }

    func testTheSameFileTwiceCountsOnce() throws {
        let dossier = try Fixture.dehoek()
        let once = try Fixture.applying(try importDeHoek(into: dossier).changes, to: dossier)
        let again = try importDeHoek(into: once)
        XCTAssertTrue(again.changes.isEmpty)
        XCTAssertTrue(again.previous?.hasPrefix("2026-01-01 survey-de-hoek.csv: 5 respondents, keys:") == true)
        let twice = try Fixture.applying(again.changes, to: once)
        XCTAssertEqual(twice.all("results").count, 11)
        XCTAssertEqual(twice.all("answers").count, 5)
        XCTAssertEqual(twice.all("parks")[0].int("surveyResponses"), 5)
    }

    func testAnotherFileAddsToTheCounts() throws {
        // A second export (other respondents) of the same questions raises the counts already there.
        let dossier = try Fixture.dehoek()
        let once = try Fixture.applying(try importDeHoek(into: dossier).changes, to: dossier)
        let second = "5 Is uw bedrijf het afgelopen jaar getroffen door inbraak of diefstal?;16 Opmerkingen over de geselecteerde onderwerpen\nnee;\nnieuw antwoord;Meer licht.\n"
        let r = try SurveyImport.run(CSVTable(name: "tweede.csv", bytes: Array(second.utf8)), bytes: Array(second.utf8), file: "tweede.csv",
                                     dossier: once, today: Fixture.today)
        XCTAssertEqual(r.resultsUpdated, 1)
        XCTAssertEqual(r.resultsAdded, ["SR-12"])
        XCTAssertEqual(r.answersAdded, ["OA-6"])
        XCTAssertEqual(r.parks.first?.responsesBefore, 5)
        XCTAssertEqual(r.parks.first?.responsesAfter, 7)
        let after = try Fixture.applying(r.changes, to: once)
        XCTAssertEqual(after.all("results").first { $0.text("answer") == "nee" }?.int("count"), 4)
        XCTAssertEqual(after.record("survey")?.record["imports"]?.strings.count, 2)
    }

    func testClusterWithMapping() throws {
        let dossier = try Fixture.cluster()
        let mapping = try SurveyMapping(table: Fixture.table("survey-cluster-mapping.tsv"))
        XCTAssertEqual(mapping.entries.count, 4)
        let r = try SurveyImport.run(Fixture.table("survey-cluster.csv"), bytes: Fixture.bytes("survey-cluster.csv"), file: "survey-cluster.csv",
                                     dossier: dossier, mapping: mapping, today: Fixture.today)
        XCTAssertEqual(r.identityColumns, ["Response ID"])
        XCTAssertEqual(r.droppedColumns, ["Wat is uw naam?"])
        XCTAssertEqual(r.notImported, [])
        XCTAssertEqual(r.questions, 3)
        XCTAssertEqual(r.openQuestions, 1)
        XCTAssertEqual(r.parks.map(\.id), ["P-1", "P-2"])
        XCTAssertEqual(r.parks.map(\.respondents), [3, 2])
        XCTAssertEqual(r.parks.map(\.responsesAfter), [3, 12], "Zuid had 10 responses recorded")
        XCTAssertEqual(r.resultsAdded.count, 9)
        XCTAssertEqual(r.answersAdded.count, 2)
        XCTAssertEqual(r.withoutProblemFlag, 4, "subject 12's answers have no problem list")
        let after = try Fixture.applying(r.changes, to: dossier)
        let q8 = after.all("results").filter { $0.int("subject") == 8 }
        XCTAssertEqual(q8.count, 5)
        XCTAssertEqual(Set(q8.map { $0.text("question") }), ["Hoe veilig voelt u zich op het bedrijventerrein?"])
        XCTAssertEqual(q8.filter { $0["problem"] == .bool(true) }.reduce(0) { $0 + ($1.int("count") ?? 0) }, 3)
        XCTAssertEqual(q8.filter { $0["problem"] == .bool(false) }.reduce(0) { $0 + ($1.int("count") ?? 0) }, 2)
        let answers = after.all("answers")
        XCTAssertEqual(answers.map { $0.text("park") }, ["P-1", "P-1"])
        XCTAssertEqual(answers.map { $0.int("subject") }, [16, 16])
        XCTAssertEqual(answers[1].text("text"), "Inbraak in maart.\nNiemand kwam kijken.")
        XCTAssertTrue(after.record("survey")?.record["imports"]?.strings.first?.contains("5 respondents (P-1 3, P-2 2)") == true)
    }

    func testUnknownParkGivesItsLineAndChangesNothing() throws {
        let dossier = try Fixture.cluster()
        let mapping = try SurveyMapping(table: Fixture.table("survey-cluster-mapping.tsv"))
        let e = importError {
            try SurveyImport.run(Fixture.table("survey-unknown-park.csv"), bytes: Fixture.bytes("survey-unknown-park.csv"), file: "x.csv",
                                 dossier: dossier, mapping: mapping, today: Fixture.today)
        }
        XCTAssertEqual(e?.message.en, "no park of the dossier is called 'Oost'")
        XCTAssertEqual(e?.file, "survey-unknown-park.csv")
        XCTAssertEqual(e?.line, 4)
        XCTAssertEqual(e?.column, 4)
        XCTAssertEqual(e?.length, 4)
        XCTAssertFalse(e?.message.en.contains("did you mean") ?? true, "Oost is like no park's ID or name")
    }

    func testAClusterNeedsAParkColumn() throws {
        let text = "12 Hoe vaak?\nsoms\n"
        let e = importError {
            try SurveyImport.run(CSVTable(name: "c.csv", bytes: Array(text.utf8)), bytes: Array(text.utf8), file: "c.csv",
                                 dossier: Fixture.cluster(), today: Fixture.today)
        }
        XCTAssertEqual(e?.message.en, "this dossier has 2 parks, so c.csv needs a column that says each respondent's park")
        XCTAssertEqual(e?.line, 1)
    }

    func testAFileWithoutQuestions() throws {
        let text = "Naam;Sector\nJan;Bouw\n"
        let e = importError {
            try SurveyImport.run(CSVTable(name: "n.csv", bytes: Array(text.utf8)), bytes: Array(text.utf8), file: "n.csv",
                                 dossier: Fixture.dehoek(), today: Fixture.today)
        }
        XCTAssertEqual(e?.message.en, "no column of n.csv is a survey question")
        XCTAssertEqual(e?.line, 1)
    }

    func testBadMappingFile() throws {
        let e = importError { try SurveyMapping(table: Fixture.table("survey-bad-mapping.tsv")) }
        XCTAssertEqual(e?.message.en, "unknown role 'opne'; did you mean 'open'?", "the candidates go through Suggestion")
        XCTAssertEqual(e?.file, "survey-bad-mapping.tsv")
        XCTAssertEqual(e?.line, 4)
        XCTAssertEqual(e?.column, 13)
    }

    func testMappingNamesAColumnTheExportLacks() throws {
        let mapping = try SurveyMapping(table: CSVTable(name: "m.tsv", bytes: Array("column\trole\nOpmerking\topen\n".utf8)))
        let e = importError {
            try SurveyImport.run(Fixture.table("survey-cluster.csv"), bytes: Fixture.bytes("survey-cluster.csv"), file: "c.csv",
                                 dossier: Fixture.cluster(), mapping: mapping, today: Fixture.today)
        }
        XCTAssertEqual(e?.message.en, "survey-cluster.csv has no column 'Opmerking'; did you mean 'Opmerkingen'?")
        XCTAssertEqual(e?.file, "m.tsv")
        XCTAssertEqual(e?.line, 2)
    }
}
