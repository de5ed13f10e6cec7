import XCTest
import KVOModel
import KVOPlanning
import KVOReports

/// `matrix as html`: the measures matrix as one page in the handbook's layout.
final class MeasuresMatrixHTMLTests: XCTestCase {
    /// A plan adopted in 2026 (plan years 2026Q1–2028Q4), a measure overdue since 2026Q3 and a
    /// newsletter planned after the plan years.
    let dossier = try! Dossier.load(Array(#"""
        {"format": "kvo-dossier/2", "plan": {"adopted": "2026-01-01"},
         "goals": [{"id": "G-1", "theme": "T02", "description": "Minder inbraken"}],
         "measures": [{"id": "M-2", "title": "Verlichting", "goal": "G-1", "quarters": ["2026Q2", "2026Q3"], "indicator": "Notulen"},
                      {"id": "M-4", "title": "Nieuwsbrief", "fixed": "communication", "quarters": ["2029Q1"]}]}
        """#.utf8))

    func testHTMLInDutch() {
        let m = MeasuresMatrix.build(dossier, asOf: Day("2026-11-15")!, language: .nl)
        let html = m.htmlTable(language: .nl)
        XCTAssertTrue(html.contains("<th colspan=\"4\">2026</th><th colspan=\"4\">2027</th><th colspan=\"4\">2028</th><th colspan=\"1\">2029</th>"), html)
        XCTAssertTrue(html.contains("<td class=\"overdue\">!</td>"))
        XCTAssertTrue(html.contains("achter, sinds 2026Q3 — Notulen"))
        XCTAssertTrue(html.contains("<th title=\"buiten het plan\" class=\"outside\">1e</th>"))
        XCTAssertTrue(m.htmlPage(language: .nl, title: "t").contains("<html lang=\"nl\">"))
        XCTAssertTrue(m.htmlPage(language: .nl, title: "t").contains("x gepland · ✓ gereed"))
    }

    func testHTMLInEnglish() {
        let m = MeasuresMatrix.build(dossier, asOf: Day("2026-11-15")!, language: .en)
        let html = m.htmlPage(language: .en, title: "t")
        XCTAssertTrue(html.contains("<html lang=\"en\">"))
        XCTAssertTrue(html.contains("<th title=\"outside the plan\" class=\"outside\">Q1</th>"))
    }
}
