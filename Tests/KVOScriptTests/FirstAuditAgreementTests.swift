import XCTest
import KVOModel
import KVOChecks
import KVOPlanning

/// Issue 11: `plan` and `check` read §5.2.2 through one predicate (`Handbook.FirstAudit`), so they
/// agree about every dossier: a measure done on the audit day or the day before counts, one done
/// the day after does not, and a done measure without a done date is asked for its date by both.
/// Before, the planner counted only days before the audit and every undated measure, and the rule
/// counted the audit day and asked for the date.
final class FirstAuditAgreementTests: XCTestCase {
    static let audit = Day("2025-09-15")!

    /// A first certification with a plan adopted 2025-03-01, an audit on 2025-09-15, and two
    /// measures from the inspection and a communication done long before it; `third` is the third
    /// measure from the inspection, `communication` replaces the early communication.
    func dossier(third: [String: JSONValue]?, communication: [String: JSONValue]? = nil, message: Day? = nil) -> Dossier {
        var d = Dossier()
        func add(_ kind: String, _ fields: [String: JSONValue]) {
            let k = d.schema.kind(named: kind)!
            var f = fields
            if f["id"] == nil { f["id"] = .string(d.nextID(k)) }
            d.put(Record(fields: f), kind: k)
        }
        d.put(Record(fields: ["certification": .string("first")]), kind: d.schema.kind(named: "organisation")!)
        d.put(Record(fields: ["adopted": .string("2025-03-01")]), kind: d.schema.kind(named: "plan")!)
        add("audits", ["type": .string("first"), "date": .string(Self.audit.description)])
        for n in 1...2 {
            add("measures", ["id": .string("M-\(n)"), "title": .string("From the inspection \(n)"), "finding": .string("F-\(n)"),
                             "status": .string("done"), "done": .string("2025-05-0\(n)"), "quarters": .array([.string("2025Q2")])])
        }
        if let third {
            add("measures", ["id": .string("M-3"), "title": .string("From the inspection 3"), "finding": .string("F-3")].merging(third) { $1 })
        }
        add("measures", ["id": .string("M-4"), "title": .string("Newsletter"), "fixed": .string("communication")]
            .merging(communication ?? ["status": .string("done"), "done": .string("2025-04-01"), "quarters": .array([.string("2025Q2")])]) { $1 })
        if let message {
            add("communications", ["audience": .string("all-entrepreneurs"), "date": .string(message.description)])
        }
        return d
    }

    static func done(_ day: Day?) -> [String: JSONValue] {
        var f: [String: JSONValue] = ["status": .string("done"), "quarters": .array([.string("2025Q3")])]
        if let day { f["done"] = .string(day.description) }
        return f
    }

    /// `plan`'s §5.2.2 constraint, with the settings `plan` derives from the dossier.
    func planClaim(_ d: Dossier, asOf: Day) -> PlanConstraint {
        let checks = CheckContext(dossier: d, asOf: asOf)
        let settings = Planner.Settings(asOf: asOf, ranking: [], firstCertification: checks.certification == .first,
                                        auditDate: checks.auditDate, language: .en)
        return Planner(dossier: d, settings: settings).propose().constraints.first { $0.kind == .firstAudit }!
    }

    func checkVerdict(_ d: Dossier, asOf: Day) -> CheckResult {
        Checker.check(RuleCatalogue.handbook.rule("KVO-5.2.2-FOUR-MEASURES")!, CheckContext(dossier: d, asOf: asOf))
    }

    /// Asserts that plan and check agree, and that they say `expected`.
    func assertAgree(_ d: Dossier, expected: PlanConstraint.Status, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let audit = Self.audit
        for asOf in [audit.adding(days: -10), audit.adding(days: -1), audit] {
            let plan = planClaim(d, asOf: asOf), check = checkVerdict(d, asOf: asOf)
            let agreeing: Set<CheckStatus> = switch plan.status {
            case .met: [.pass]
            case .unknown: [.notAssessable]
            case .unmet: [.fail, .warn]
            case .notApplicable: [.notApplicable]
            }
            let context = "\(label), as of \(asOf): plan \(plan.status) (\(plan.message.en)); check \(check.status) (\(check.message.text(.en)))"
            XCTAssertTrue(agreeing.contains(check.status), "disagree: " + context, file: file, line: line)
            XCTAssertEqual(plan.status, expected, context, file: file, line: line)
        }
    }

    func testThirdMeasureFromTheInspectionOnEveryBoundary() {
        let a = Self.audit
        assertAgree(dossier(third: Self.done(a.adding(days: -1))), expected: .met, "done the day before the audit")
        assertAgree(dossier(third: Self.done(a)), expected: .met, "done on the audit day")
        assertAgree(dossier(third: Self.done(a.adding(days: 1))), expected: .unmet, "done the day after the audit")
        assertAgree(dossier(third: Self.done(nil)), expected: .unknown, "done without a done date")
        assertAgree(dossier(third: nil), expected: .unmet, "no third measure")
    }

    func testCommunicationMeasureOnEveryBoundary() {
        let a = Self.audit, third = Self.done(a.adding(days: -30))
        assertAgree(dossier(third: third, communication: Self.done(a.adding(days: -1))), expected: .met, "communication the day before")
        assertAgree(dossier(third: third, communication: Self.done(a)), expected: .met, "communication on the audit day")
        assertAgree(dossier(third: third, communication: Self.done(a.adding(days: 1))), expected: .unmet, "communication the day after")
        assertAgree(dossier(third: third, communication: Self.done(nil)), expected: .unknown, "communication without a done date")
    }

    /// A communications record to all entrepreneurs stands for the communication, on the same terms.
    func testCommunicationRecordOnEveryBoundary() {
        let a = Self.audit, third = Self.done(a.adding(days: -30)), none: [String: JSONValue] = ["status": .string("dropped")]
        assertAgree(dossier(third: third, communication: none, message: a.adding(days: -1)), expected: .met, "message the day before")
        assertAgree(dossier(third: third, communication: none, message: a), expected: .met, "message on the audit day")
        assertAgree(dossier(third: third, communication: none, message: a.adding(days: 1)), expected: .unmet, "message the day after")
        assertAgree(dossier(third: third, communication: none, message: Day("2025-02-01")!), expected: .unmet, "message before the plan's adoption")
    }

    /// A measure still in progress in a quarter that is over counts for neither: the planner
    /// counted it as ready because its quarters ended before the audit.
    func testMeasureInProgressInAPastQuarterDoesNotCount() {
        let d = dossier(third: ["status": .string("in-progress"), "quarters": .array([.string("2025Q2")])])
        assertAgree(d, expected: .unmet, "in progress, planned to end in 2025Q2")
    }

    /// A measure from the inspection and with fixed=communication counts once, as from the inspection.
    func testAMeasureCountsOnce() {
        let a = Self.audit
        let both: [String: JSONValue] = ["status": .string("done"), "done": .string(a.adding(days: -5).description), "finding": .string("F-9")]
        assertAgree(dossier(third: Self.done(a.adding(days: -5)), communication: both), expected: .unmet, "the communication carries a finding")
    }
}
