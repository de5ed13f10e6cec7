import XCTest
import KVOModel

/// The handbook layer's facts and predicates on their boundaries.
final class HandbookTests: XCTestCase {
    func testResponseBands() {
        let table: [(Int, Int, Int)] = [(1, 40, 1), (50, 40, 20), (51, 30, 16), (100, 30, 30), (101, 20, 21), (600, 20, 120), (601, 20, 121)]
        for (n, minimum, required) in table {
            XCTAssertEqual(Handbook.Survey.minimumResponse(entrepreneurs: n), minimum, "\(n)")
            XCTAssertEqual(Handbook.Survey.requiredResponses(entrepreneurs: n), required, "\(n)")
        }
        XCTAssertEqual(Handbook.Survey.bandPercents.en, "40 %, 30 % or 20 %")
        XCTAssertEqual(Handbook.Survey.bandPercents.nl, "40 %, 30 % of 20 %")
        XCTAssertEqual(Handbook.Survey.minimumBlocks, 20)
        XCTAssertEqual(Handbook.Survey.mandatoryOpenQuestions.map(\.number), [16, 23, 33])
    }

    func testAuditHoursAndDeadlines() {
        XCTAssertEqual((0...5).map { Handbook.Audit.hours(parks: $0) }, [nil, 8, 10, 11, 12, nil])
        XCTAssertEqual(Handbook.Audit.hoursOnSite(parks: 3), 5.5)
        let audit = Day("2025-09-15")!
        XCTAssertEqual(Handbook.Audit.documentsDue(audit: audit), Day("2025-09-01")!)
        XCTAssertEqual(Handbook.Audit.reportDue(audit: audit), Day("2025-09-29")!)
        XCTAssertEqual(Handbook.Audit.supplementsDue(audit: audit), Day("2025-11-15")!)
        XCTAssertEqual(Handbook.Audit.assessmentDue(delivered: Day("2025-11-30")!), Day("2025-12-30")!)
    }

    /// One expiry convention: valid from the issue date through the day before issue + 3 years.
    func testCertificateValidity() {
        let issued = Day("2025-07-01")!
        XCTAssertEqual(Handbook.Certificate.expiry(issued: issued), Day("2028-07-01")!)
        XCTAssertEqual(Handbook.Certificate.lastValidDay(issued: issued), Day("2028-06-30")!)
        XCTAssertFalse(Handbook.Certificate.isValid(issued: issued, on: Day("2025-06-30")!))
        XCTAssertTrue(Handbook.Certificate.isValid(issued: issued, on: issued))
        XCTAssertTrue(Handbook.Certificate.isValid(issued: issued, on: Day("2028-06-30")!))
        XCTAssertFalse(Handbook.Certificate.isValid(issued: issued, on: Day("2028-07-01")!))
        XCTAssertEqual(Handbook.Certificate.nextAuditBy(issued: issued), Day("2028-04-01")!)
    }

    func testPlanYearsAndFixedMeasures() {
        let adopted = Day("2025-03-04")!
        XCTAssertEqual(Handbook.Plan.calendar(adopted: adopted).years, Handbook.Plan.yearNumbers.map { Handbook.Plan.year($0, adopted: adopted) })
        XCTAssertEqual(Handbook.Plan.year(3, adopted: adopted).last, Day("2028-03-03")!)
        XCTAssertEqual(Handbook.Plan.fixedPerYear("communication"), 2)
        XCTAssertEqual(Handbook.Plan.fixedPerYear("evaluation"), 0)
        XCTAssertEqual(Handbook.Workgroup.startPhaseDeadline(started: Day("2024-02-29")!), Day("2025-02-28")!)
    }

    /// §1.2: each step's result moves the dossier on to the next.
    func testSteps() {
        let adopted = Day("2025-03-01")!
        var f = Handbook.Step.Facts(partyTypes: ["association", "municipality", "police"], hasChair: true, analysisConcluded: false,
                                    planAdopted: nil, firstCertification: true, firstAuditPassed: false, renewalAuditRecorded: false,
                                    asOf: Day("2025-06-01")!)
        XCTAssertEqual(Handbook.Step.current(f), .workgroup)
        f.partyTypes.insert("fire-municipal")
        XCTAssertEqual(Handbook.Step.current(f), .safetyAnalysis)
        f.analysisConcluded = true
        XCTAssertEqual(Handbook.Step.current(f), .planOfAction)
        f.planAdopted = adopted
        XCTAssertEqual(Handbook.Step.current(f), .firstAudit)
        f.firstAuditPassed = true
        XCTAssertEqual(Handbook.Step.current(f), .execution)
        f.asOf = Day("2027-03-01")!
        XCTAssertEqual(Handbook.Step.current(f), .evaluation)
        f.asOf = Day("2028-03-01")!
        XCTAssertEqual(Handbook.Step.current(f), .renewedPlan)
        f.renewalAuditRecorded = true
        XCTAssertEqual(Handbook.Step.current(f), .followUpAudit)
        XCTAssertEqual(Handbook.Step.followUpAudit.name.nl, "vervolgaudit na 3 jaar")
    }
}
