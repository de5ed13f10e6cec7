import XCTest
import KVOModel
@testable import KVOImport

/// kvo-dossier/2: results and answers carry the question's ID in the survey tool (`questionId`)
/// when the source gives one: the mapping's `questionId` column, or the header's own code (the
/// part of a subject, `12a`; a survey program's code, `Q3`). A bare subject number is no ID.
final class SurveyQuestionIDTests: XCTestCase {
    private func run(_ csv: String, mapping tsv: String? = nil, into dossier: Dossier) throws -> Dossier {
        let bytes = Array(csv.utf8)
        let mapping = try tsv.map { try SurveyMapping(table: CSVTable(name: "m.tsv", bytes: Array($0.utf8), shortRowsAllowed: true)) }
        let r = try SurveyImport.run(CSVTable(name: "s.csv", bytes: bytes), bytes: bytes, file: "s.csv", dossier: dossier, mapping: mapping,
                                     today: Fixture.today)
        return try Fixture.applying(r.changes, to: dossier)
    }

    func testTheHeaderCodeIsTheQuestionsID() throws {
        let after = try run("12a Hoe vaak overdag?;12b Hoe vaak 's nachts?;5 Inbraak?;16 Opmerkingen\nsoms;nooit;nee;Donker\n",
                            into: Fixture.dehoek())
        let ids = Dictionary(after.results.map { ($0.question ?? "", $0.questionId) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(ids["Hoe vaak overdag?"], "12a")
        XCTAssertEqual(ids["Hoe vaak 's nachts?"], "12b")
        XCTAssertEqual(ids["Inbraak?"], .some(nil), "a bare subject number is the subject, not an ID")
        XCTAssertEqual(after.answers.map(\.questionId), [nil])
    }

    func testTheMappingGivesIDsToResultsAndAnswers() throws {
        let mapping = "column\trole\tsubject\tquestion\tproblem\tquestionId\nHoe veilig?\tquestion\t8\t\tonveilig\tVEIL-1\nOpmerkingen\topen\t16\t\t\tOPM\n"
        let after = try run("Hoe veilig?,Opmerkingen\nonveilig,Te donker\nveilig,\n", mapping: mapping, into: Fixture.dehoek())
        XCTAssertEqual(after.results.count, 2)
        XCTAssertEqual(Set(after.results.map(\.questionId)), ["VEIL-1"])
        XCTAssertEqual(after.answers.map(\.questionId), ["OPM"])
        XCTAssertEqual(after.answers.map(\.text), ["Te donker"])
    }

    func testAMappedSurveyProgramCodeIsTheID() throws {
        let mapping = "kolom\trol\tonderwerp\nQ3. Hoe veilig?\tvraag\t8\n"
        let after = try run("Q3. Hoe veilig?\nveilig\n", mapping: mapping, into: Fixture.dehoek())
        XCTAssertEqual(after.results.map(\.questionId), ["Q3"])
        XCTAssertEqual(after.results.map(\.question), ["Q3. Hoe veilig?"], "the question's text stays as before")
    }

    func testACodeTwoColumnsShareIsNoID() throws {
        let after = try run("12a Overdag?;12a 's Nachts?\nsoms;nooit\n", into: Fixture.dehoek())
        XCTAssertEqual(after.results.map(\.questionId), [nil, nil])
    }

    func testAMappingGivesAnIDOnce() throws {
        let mapping = "column\trole\tsubject\tvraagId\nA\tquestion\t8\tX\nB\tquestion\t5\tX\n"
        let e = importError { try SurveyMapping(table: CSVTable(name: "m.tsv", bytes: Array(mapping.utf8), shortRowsAllowed: true)) }
        XCTAssertEqual(e?.message.en, "question ID 'X' is also given to 'A' (line 2); an ID names one question")
        XCTAssertEqual(e?.line, 3)
    }

    func testAnOptionRecordedBeforeGainsItsID() throws {
        let dossier = try Fixture.dossier("""
            {"format": "kvo-dossier/2", "name": "De Hoek", "parks": [{"id": "P-1", "name": "De Hoek"}],
             "results": [{"id": "SR-1", "park": "P-1", "subject": 12, "question": "Overdag?", "answer": "soms", "count": 2}]}
            """)
        let after = try run("12a Overdag?\nsoms\n", into: dossier)
        XCTAssertEqual(after.results.map(\.count), [3])
        XCTAssertEqual(after.results.map(\.questionId), ["12a"])
    }

    func testCodes() {
        XCTAssertEqual(SurveyColumn.code("12a. Waar?"), "12a")
        XCTAssertEqual(SurveyColumn.code("S12.1: Wanneer?"), "12.1")
        XCTAssertNil(SurveyColumn.code("12 Hoe vaak?"))
        XCTAssertEqual(SurveyColumn.code("Q3 Hoe veilig?"), "Q3")
        XCTAssertEqual(SurveyColumn.code("V12b: Waar?"), "V12b")
        XCTAssertEqual(SurveyColumn.code("Q3_1 Waar?"), "Q3_1")
        XCTAssertNil(SurveyColumn.code("CO2 uitstoot?"))
        XCTAssertNil(SurveyColumn.code("Hoe veilig?"))
        XCTAssertNil(SurveyColumn.code("3D-printer"))
    }
}
