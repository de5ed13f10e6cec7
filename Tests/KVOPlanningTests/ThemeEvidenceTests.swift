import XCTest
import KVOModel
@testable import KVOPlanning

final class ThemeEvidenceTests: XCTestCase {
    func testCollectsSurveyIncidentsAndFindings() throws {
        let text = """
            {"format": "kvo-dossier/2",
             "parks": [{"id": "P-1", "name": "Noord"}],
             "results": [
               {"id": "SR-1", "park": "P-1", "subject": 5, "question": "Inbraak?", "answer": "groot probleem", "count": 3, "problem": true},
               {"id": "SR-2", "park": "P-1", "subject": 5, "question": "Inbraak?", "answer": "geen probleem", "count": 9, "problem": false}],
             "categories": [{"id": "CT-1", "category": "Loswal", "theme": "T06"}],
             "incidents": [
               {"id": "I-1", "source": "police", "category": "Inbraak bedrijfspand", "date": "2023-05-01"},
               {"id": "I-2", "source": "police", "category": "Inbraak bedrijfspand", "from": "2024-01-01", "to": "2024-12-31", "count": 4},
               {"id": "I-3", "source": "municipality", "category": "Loswal", "date": "2024-02-02"},
               {"id": "I-4", "source": "other", "category": "Onbekend soort melding", "date": "2024-02-02"}],
             "inspections": [{"id": "IN-1", "date": "2024-10-01", "time": "day"}, {"id": "IN-2", "date": "2024-10-08", "time": "evening"}],
             "findings": [
               {"id": "F-1", "inspection": "IN-1", "location": "Loswal", "kind": "negative", "theme": "T06"},
               {"id": "F-2", "inspection": "IN-2", "location": "loswal", "kind": "negative", "theme": "T06"},
               {"id": "F-3", "inspection": "IN-2", "location": "Entree", "kind": "negative", "theme": "T03"},
               {"id": "F-4", "inspection": "IN-2", "location": "Plein", "kind": "positive", "theme": "T03"}]}
            """
        let evidence = ThemeEvidence.collect(try Dossier.load(Array(text.utf8)))
        let byTheme = Dictionary(uniqueKeysWithValues: evidence.map { ($0.theme, $0) })
        XCTAssertEqual(evidence.count, 12)
        XCTAssertEqual(byTheme["T02"]?.surveyProblemShare["all"], 0.25)
        XCTAssertEqual(byTheme["T02"]?.surveyProblemShare["P-1"], 0.25)
        XCTAssertEqual(byTheme["T02"]?.incidentsByYear, [2023: 1, 2024: 4], "a count over a period counts in full")
        XCTAssertEqual(byTheme["T02"]?.trend, 3)
        XCTAssertEqual(byTheme["T06"]?.incidents, 1, "the dossier's own mapping wins")
        XCTAssertEqual(byTheme["T06"]?.negativeFindings, 2)
        XCTAssertEqual(byTheme["T06"]?.recurringFindings, 2, "the same location in two inspections recurs")
        XCTAssertEqual(byTheme["T03"]?.negativeFindings, 1)
        XCTAssertEqual(byTheme["T03"]?.recurringFindings, 0)
        XCTAssertEqual(evidence.map(\.incidents).reduce(0, +), 6, "an unmapped category is left out")
    }

    func testDefaultCategoryThemes() {
        XCTAssertEqual(CategoryThemes.defaultTheme(for: "Inbraak bedrijfspand"), "T02")
        XCTAssertEqual(CategoryThemes.defaultTheme(for: "Brandmelding automatisch"), "T07")
        XCTAssertEqual(CategoryThemes.defaultTheme(for: "Illegale stort"), "T04")
        XCTAssertNil(CategoryThemes.defaultTheme(for: "Overige"))
    }
}
