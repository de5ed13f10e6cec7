import XCTest
import KVOModel
@testable import KVOPlanning

final class MeasuresMatrixTests: XCTestCase {
    let dossier = try! Dossier.load(Array("""
        {"format": "kvo-dossier/2",
         "plan": {"adopted": "2026-01-01"},
         "parties": [{"id": "PA-1", "name": "Gemeente", "type": "municipality"}],
         "priorities": [{"id": "PR-1", "theme": "T05", "rank": 1}, {"id": "PR-2", "theme": "T02", "rank": 2}],
         "goals": [{"id": "G-1", "theme": "T02", "description": "Minder inbraken"}, {"id": "G-2", "theme": "T05", "description": "Minder overlast"}],
         "measures": [
           {"id": "M-1", "title": "Camera's", "goal": "G-1", "party": "PA-1", "quarters": ["2026Q1"], "status": "done", "done": "2026-03-01"},
           {"id": "M-2", "title": "Verlichting", "goal": "G-1", "party": "PA-1", "quarters": ["2026Q2", "2026Q3"], "status": "planned", "indicator": "Notulen"},
           {"id": "M-10", "title": "Handhaving", "goal": "G-2", "party": "PA-1", "quarters": ["2026Q4", "2027Q1"], "status": "in-progress"},
           {"id": "M-3", "title": "Slagboom", "goal": "G-2", "quarters": ["2026Q2"], "status": "dropped", "dropped": "2026-05-01"},
           {"id": "M-4", "title": "Nieuwsbrief", "fixed": "communication", "quarters": ["2029Q1"]},
           {"id": "M-5", "title": "Nog te plannen", "goal": "G-2"}]}
        """.utf8))

    func testLayoutMarksAndProgress() {
        let m = MeasuresMatrix.build(dossier, asOf: Day("2026-11-15")!, language: .nl)
        XCTAssertEqual(m.columns.count, 13, "the 12 plan quarters and 2029Q1, where a measure lies outside the plan")
        XCTAssertEqual(m.columns.last, Quarter("2029Q1"))
        XCTAssertEqual(m.planYear(ofColumn: 0), 1)
        XCTAssertEqual(m.planYear(ofColumn: 11), 3)
        XCTAssertNil(m.planYear(ofColumn: 12))
        XCTAssertEqual(m.groups.map(\.goal), ["G-2", "G-1", nil], "goals by their theme's priority; measures without a goal last")
        XCTAssertEqual(m.groups[0].rows.map(\.id), ["M-3", "M-10", "M-5"], "by first quarter, unplanned last")
        let byID = Dictionary(uniqueKeysWithValues: m.rows.map { ($0.id, $0) })
        XCTAssertEqual(byID["M-1"]!.marks[0], .done)
        XCTAssertEqual(byID["M-1"]!.progress, .done(Day("2026-03-01")))
        XCTAssertEqual(byID["M-2"]!.marks[1], .overdue, "its last quarter, 2026Q3, ended before 2026-11-15")
        XCTAssertEqual(byID["M-2"]!.marks[2], .overdue)
        XCTAssertEqual(byID["M-2"]!.progress.text(.nl), "achter, sinds 2026Q3")
        XCTAssertEqual(byID["M-10"]!.marks[3], .planned)
        XCTAssertEqual(byID["M-10"]!.progress, .inProgress)
        XCTAssertEqual(byID["M-3"]!.marks[1], .dropped)
        XCTAssertEqual(byID["M-5"]!.progress, .unplanned)
        XCTAssertEqual(byID["M-5"]!.marks.compactMap { $0 }, [])
        XCTAssertEqual(byID["M-1"]!.who, "Gemeente")
        XCTAssertEqual(m.overdue.map(\.id), ["M-2"])
    }

    func testTheSameMeasureIsNotOverdueEarlier() {
        let m = MeasuresMatrix.build(dossier, asOf: Day("2026-09-30")!)
        XCTAssertEqual(m.rows.first { $0.id == "M-2" }!.progress, .planned, "2026Q3 has not ended on its last day")
    }

    func testCells() {
        let m = MeasuresMatrix.build(dossier, asOf: Day("2026-11-15")!, language: .nl)
        let (headers, rows, titles) = m.cells(language: .nl, compact: true)
        XCTAssertEqual(headers.first, "#")
        XCTAssertEqual(headers[3], "26\nQ1")
        XCTAssertEqual(headers.last, "voortgang")
        XCTAssertEqual(titles, [0, 4, 7])
        XCTAssertEqual(rows[0][0], "G-2 T05: Minder overlast")
        XCTAssertEqual(HTML.escape("<a href=\"x\">Tom & Jerry's</a>"), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    func testInEnglish() {
        let m = MeasuresMatrix.build(dossier, asOf: Day("2026-11-15")!, language: .en)
        let (headers, rows, _) = m.cells(language: .en, compact: false)
        XCTAssertEqual(Array(headers.prefix(3)), ["#", "measure", "who"])
        XCTAssertEqual(headers.last, "progress")
        XCTAssertTrue(rows.contains { $0.last == "overdue since 2026Q3" })
        XCTAssertEqual(m.groups.last?.title, "Without a goal")
        XCTAssertEqual(MeasuresMatrix.build(dossier, asOf: Day("2026-11-15")!, language: .nl).groups.last?.title, "Zonder doelstelling")
        XCTAssertEqual(MeasuresMatrix.Progress.unplanned.text.nl, "niet ingepland")
        XCTAssertEqual(MeasuresMatrix.Progress.done(Day("2026-03-01")).text(.en), "done 2026-03-01")
    }
}
