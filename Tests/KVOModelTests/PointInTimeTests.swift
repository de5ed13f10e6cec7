import XCTest
@testable import KVOModel

/// `--as-of`: the dossier as it stood at the end of a day.
final class PointInTimeTests: XCTestCase {
    let dossier: Dossier = {
        let text = """
        {"format": "kvo-dossier/2",
         "parties": [{"id": "PA-1", "name": "Gemeente", "type": "municipality"}],
         "members": [{"id": "MB-1", "name": "An", "party": "PA-1", "joined": "2024-01-01"},
                     {"id": "MB-2", "name": "Bo", "party": "PA-1", "joined": "2025-05-01"}],
         "inspections": [{"id": "IN-1", "date": "2024-10-01", "time": "day", "attendees": ["MB-1"]},
                         {"id": "IN-2", "date": "2025-04-01", "time": "day", "attendees": ["MB-1", "MB-2"]}],
         "findings": [{"id": "F-1", "inspection": "IN-1", "location": "Dorpsweg", "kind": "negative"},
                      {"id": "F-2", "inspection": "IN-2", "location": "Dorpsweg", "kind": "negative"}],
         "plan": {"adopted": "2025-02-01", "approvedBy": ["MB-1"]},
         "measures": [{"id": "M-1", "title": "Licht", "status": "done", "started": "2025-02-10", "done": "2025-06-20", "finding": "F-2"},
                      {"id": "M-2", "title": "Hek", "status": "done", "done": "2025-03-01", "finding": "F-1"}],
         "audits": [{"id": "AU-1", "type": "first", "date": "2025-06-10", "applied": "2025-01-15", "deviations": ["geen kaart"],
                     "reportDate": "2025-06-20", "decision": "positive", "decisionDate": "2025-06-25"}],
         "certificates": [{"id": "CE-1", "issued": "2025-07-01"}],
         "votes": [{"id": "V-1", "party": "PA-1", "theme": "T01", "rank": 1, "date": "2025-03-01"}]}
        """
        return try! Dossier.load(Array(text.utf8))
    }()

    func day(_ text: String) -> Day { Day(text)! }

    func testNothingLaterLeavesTheDossierAsItIs() {
        XCTAssertNil(dossier.pointInTime(day("2026-01-01")))
        XCTAssertEqual(dossier.asOf(day("2026-01-01")), dossier)
    }

    func testAMeasureDoneLaterIsNotDoneYet() {
        let then = dossier.asOf(day("2025-06-01"))
        let m1 = then.record("M-1", as: MeasureRecord.self)!
        XCTAssertNil(m1.done)
        XCTAssertEqual(m1.status, .inProgress, "started before, so in progress")
        XCTAssertEqual(then.record("M-2", as: MeasureRecord.self)!.status, .done)
        let earlier = dossier.asOf(day("2025-02-05"))
        XCTAssertEqual(earlier.record("M-1", as: MeasureRecord.self)!.status, .planned)
        XCTAssertNil(earlier.record("M-1", as: MeasureRecord.self)!.started)
    }

    func testAnAuditIsHeldAndDecidedOnlyOnItsDates() {
        let before = dossier.asOf(day("2025-06-01")).audits[0]
        XCTAssertEqual(before.deviations, [], "not held yet")
        XCTAssertNil(before.reportDate)
        XCTAssertNil(before.decision, "no decision before the audit")
        XCTAssertNil(before.decisionDate)
        let held = dossier.asOf(day("2025-06-21")).audits[0]
        XCTAssertEqual(held.deviations, ["geen kaart"])
        XCTAssertEqual(held.reportDate, day("2025-06-20"))
        XCTAssertEqual(held.decision, .pending)
        XCTAssertTrue(dossier.asOf(day("2025-01-01")).audits.isEmpty, "not applied for yet")
    }

    func testLaterRecordsDoNotExistAndTakeTheirReferencesAlong() {
        let then = dossier.asOf(day("2025-03-15"))
        XCTAssertEqual(then.certificates.count, 0)
        XCTAssertEqual(then.inspections.map(\.id), ["IN-1"])
        XCTAssertEqual(then.findings.map(\.id), ["F-1"], "a later inspection's findings are gone with it")
        XCTAssertNil(then.record("M-1", as: MeasureRecord.self)!.finding, "and so is a reference to them")
        XCTAssertEqual(then.members.map(\.id), ["MB-1"], "MB-2 joined later")
        XCTAssertEqual(then.votes.count, 1)
        XCTAssertEqual(dossier.asOf(day("2025-02-28")).votes.count, 0)
        XCTAssertEqual(dossier.asOf(day("2025-01-31")).plan.adopted, day("2025-02-01"), "a planned adoption stays")
        XCTAssertEqual(dossier.asOf(day("2025-01-31")).plan.approvedBy, [])
    }

    func testTheCutDossierIsStillWhole() throws {
        for text in ["2024-06-01", "2024-10-01", "2025-03-15", "2025-06-21"] {
            let then = dossier.asOf(day(text))
            let bytes = try then.encoded()
            XCTAssertNoThrow(try Dossier.load(bytes), "as of \(text) the dossier loads again")
        }
    }
}
