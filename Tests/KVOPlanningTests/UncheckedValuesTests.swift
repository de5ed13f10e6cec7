import XCTest
import KVOModel
@testable import KVOPlanning

/// A value that bypassed the schema (a replayed journal line, a record put directly) never
/// traps the arithmetic (issue 12): counts beyond JSONValue.largestWhole are not counted,
/// non-finite and huge subjects name no theme, huge hours are shown.
final class UncheckedValuesTests: XCTestCase {
    private func dossier(incidents: Int, count: Double, subject: Double) -> Dossier {
        var d = Dossier()
        let schema = Schema.dossier
        d.put(Record(fields: ["id": .string("P-1"), "name": .string("Noord")]), kind: schema.kind(named: "parks")!)
        d.put(Record(fields: ["id": .string("SR-1"), "park": .string("P-1"), "subject": .number(subject), "question": .string("Q"),
                              "answer": .string("A"), "count": .number(count), "problem": .bool(true)]), kind: schema.kind(named: "results")!)
        d.put(Record(fields: ["id": .string("SR-2"), "park": .string("P-1"), "subject": .number(5), "question": .string("Q"),
                              "answer": .string("A"), "count": .number(count), "problem": .bool(true)]), kind: schema.kind(named: "results")!)
        for i in 1...incidents {
            d.put(Record(fields: ["id": .string("I-\(i)"), "source": .string("police"), "category": .string("Inbraak bedrijfspand"),
                                  "date": .string("2024-03-01"), "count": .number(count)]), kind: schema.kind(named: "incidents")!)
        }
        return d
    }

    func testHugeCountsAreNotSummedIntoAnOverflow() {
        let evidence = ThemeEvidence.collect(dossier(incidents: 9_300, count: 999_999_999_999_999, subject: 1e300))
        XCTAssertEqual(evidence.first { $0.theme == "T02" }?.incidents, 0)
        XCTAssertNil(evidence.first { $0.theme == "T02" }?.surveyProblemShare["all"])
    }

    func testNonFiniteValuesAreNotCounted() {
        for bad in [Double.infinity, -.infinity, .nan, -9.3e18] {
            let evidence = ThemeEvidence.collect(dossier(incidents: 2, count: bad, subject: bad))
            XCTAssertEqual(evidence.first { $0.theme == "T02" }?.incidents, 0, "\(bad)")
        }
    }

    func testHugeHoursAreShownNotTrapped() {
        XCTAssertEqual(Planner.hoursText(9.3e18, .en), "9300000000000000000 h")
        XCTAssertEqual(Planner.hoursText(.infinity, .nl), "– uur")
    }
}
