import XCTest
import KVOModel
import KVOGLPK
@testable import KVOPlanning

/// The exact planner (issue 18) on the instances where the list scheduler misses a plan that
/// exists: each asserts the list scheduler's failure first, so the test shows what the exact
/// planner adds, then that the exact planner finds a plan, proves it optimal, and that the plan
/// holds by the same judgement `check` uses.
final class ExactPlannerTests: XCTestCase {
    static let parties = #"[{"id": "PA-1", "name": "Vereniging", "type": "association"}, {"id": "PA-2", "name": "Gemeente", "type": "municipality"}, {"id": "PA-3", "name": "Politie", "type": "police"}]"#

    func dossier(_ measures: [String], deadline: String? = nil, extra: String = "") throws -> Dossier {
        let themes = ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10"]
        let goals = themes.enumerated().map { i, t in
            "{\"id\": \"G-\(i + 1)\", \"theme\": \"\(t)\", \"description\": \"Doel \(t)\"\(i == 0 ? deadline.map { ", \"deadline\": \"\($0)\"" } ?? "" : "")}"
        }
        let text = """
            {"format": "kvo-dossier/2", "plan": {"adopted": "2026-01-01"}, "parties": \(Self.parties),
             "goals": [\(goals.joined(separator: ", "))], "measures": [\(measures.joined(separator: ", "))]\(extra.isEmpty ? "" : ", " + extra)}
            """
        return try Dossier.load(Array(text.utf8))
    }

    func measure(_ id: String, hours: Double, party: String = "PA-1", goal: String = "G-1", _ more: String = "") -> String {
        "{\"id\": \"\(id)\", \"title\": \"\(id)\", \"goal\": \"\(goal)\", \"party\": \"\(party)\", \"hours\": \(hours)\(more.isEmpty ? "" : ", " + more)}"
    }

    func settings(asOf: String = "2025-12-01", hours: Double? = nil, replan: Bool = false, audit: String? = nil, exact: Bool = true) -> Planner.Settings {
        Planner.Settings(asOf: Day(asOf)!, ranking: [], hoursPerQuarter: hours, replan: replan, firstCertification: audit != nil,
                         auditDate: audit.flatMap { Day($0) }, language: .en, solver: exact ? GLPKSolver() : nil, timeLimit: 10)
    }

    func columns(_ p: PlanProposal, _ id: String) -> [Quarter] {
        let cols = p.items.first { $0.id == id }?.columns ?? []
        return cols.map { p.calendar!.quarters[$0] }
    }

    func unmet(_ p: PlanProposal) -> String {
        (p.unmet.map { "\($0.kind.rawValue): \($0.message.en)" } + [p.solver?.message.en ?? "no solver"]).joined(separator: "\n")
    }

    func assertOptimal(_ p: PlanProposal, file: StaticString = #filePath, line: UInt = #line) {
        guard case .optimal = p.solver?.outcome else {
            return XCTFail("not proven optimal: \(p.solver?.message.en ?? "no solver report")", file: file, line: line)
        }
    }

    /// "M-56 comes after M-55 (ends 2026Q4) but must end by 2026Q4": M-55 in 2026Q3 and M-56 in 2026Q4 fits.
    func testAfterWithADeadline() throws {
        // PA-1 has 10 hours of work in progress in 2026Q3, so 2026Q4 is its least busy quarter.
        let busy = measure("M-1", hours: 10, #""status": "in-progress", "quarters": ["2026Q3"]"#)
        let d = try dossier([busy, measure("M-55", hours: 4), measure("M-56", hours: 4, #""after": ["M-55"]"#)], deadline: "2026-12-31")
        let list = Planner(dossier: d, settings: settings(asOf: "2026-07-01", exact: false)).propose()
        XCTAssertFalse(list.isFeasible, "the list scheduler puts M-55 in the least busy quarter, 2026Q4")
        let p = Planner(dossier: d, settings: settings(asOf: "2026-07-01")).propose()
        XCTAssertTrue(p.isFeasible, unmet(p))
        assertOptimal(p)
        XCTAssertEqual(columns(p, "M-55"), [Quarter("2026Q3")!])
        XCTAssertEqual(columns(p, "M-56"), [Quarter("2026Q4")!])
    }

    /// 20 + 20 + 40 hours by 2026Q3 from 2026Q2 at 40 h per quarter: exactly the least limit that fits (1.00×).
    func testTheEvenSpreadAtExactlyTheLeastHours() throws {
        let d = try dossier([measure("M-1", hours: 20), measure("M-2", hours: 20), measure("M-3", hours: 40)], deadline: "2026-09-30")
        let list = Planner(dossier: d, settings: settings(asOf: "2026-04-01", hours: 40, exact: false)).propose()
        XCTAssertFalse(list.isFeasible, "the list scheduler splits the 20s over both quarters")
        let p = Planner(dossier: d, settings: settings(asOf: "2026-04-01", hours: 40)).propose()
        XCTAssertTrue(p.isFeasible, unmet(p))
        assertOptimal(p)
        XCTAssertEqual(columns(p, "M-1"), columns(p, "M-2"))
        XCTAssertNotEqual(columns(p, "M-1"), columns(p, "M-3"))
        XCTAssertLessThanOrEqual(p.load["PA-1"]!.max()!, 40 + 1e-9)
    }

    /// The first audit needs 3 measures from the inspection done by 2026Q3: the best-ranked one
    /// takes 4 quarters, three 1-quarter ones would do.
    func testTheFirstAuditPicksMeasuresThatCanBeDoneInTime() throws {
        let findings = (1...4).map { "{\"id\": \"F-\($0)\", \"inspection\": \"IN-1\", \"kind\": \"negative\", \"location\": \"Kade\", \"description\": \"punt \($0)\"}" }
        let audit = """
            "organisation": {"certification": "first"}, "audits": [{"id": "AU-1", "type": "first", "date": "2026-11-15"}],
            "inspections": [{"id": "IN-1", "date": "2025-11-01", "time": "day"}], "findings": [\(findings.joined(separator: ", "))]
            """
        let long = measure("M-1", hours: 8, party: "PA-2", goal: "G-1", #""finding": "F-1", "status": "planned", "quarters": ["2027Q1", "2027Q2", "2027Q3", "2027Q4"]"#)
        let short = (2...4).map { measure("M-\($0)", hours: 4, party: "PA-\(($0 % 3) + 1)", goal: "G-1", "\"finding\": \"F-\($0)\"") }
        let d = try dossier([long] + short, extra: audit)
        let list = Planner(dossier: d, settings: settings(replan: true, audit: "2026-11-15", exact: false)).propose()
        XCTAssertFalse(list.isFeasible, "the list scheduler brings M-1 forward by rank")
        let p = Planner(dossier: d, settings: settings(replan: true, audit: "2026-11-15")).propose()
        XCTAssertTrue(p.isFeasible, unmet(p))
        assertOptimal(p)
        for id in ["M-2", "M-3", "M-4"] { XCTAssertLessThanOrEqual(columns(p, id).last!, Quarter("2026Q3")!, id) }
        XCTAssertEqual(columns(p, "M-1").count, 4, "M-1 keeps its four quarters")
    }

    /// Three 30-hour measures in two quarters at 30 h: no plan, and the report names the four
    /// constraints that cannot all hold (the party's hours and each measure's deadline).
    func testAnInfeasibleInstanceNamesTheConflictingConstraints() throws {
        let d = try dossier((1...3).map { measure("M-\($0)", hours: 30) }, deadline: "2026-09-30")
        let p = Planner(dossier: d, settings: settings(asOf: "2026-04-01", hours: 30)).propose()
        XCTAssertFalse(p.isFeasible)
        guard case .infeasible(let conflicts, let minimal)? = p.solver?.outcome else { return XCTFail("not infeasible: \(p.solver?.message.en ?? "-")") }
        XCTAssertTrue(minimal)
        XCTAssertEqual(Set(conflicts.map(\.en)), ["PA-1 can give 30 h per quarter", "M-1 ends by its deadline (2026Q3)",
                                                  "M-2 ends by its deadline (2026Q3)", "M-3 ends by its deadline (2026Q3)"])
        XCTAssertTrue(p.solver!.message.nl.contains("PA-1 kan 30 uur per kwartaal geven"), p.solver!.message.nl)
        // Twice the hours and it fits: two in one quarter, one in the other.
        let roomier = Planner(dossier: d, settings: settings(asOf: "2026-04-01", hours: 60)).propose()
        XCTAssertTrue(roomier.isFeasible, unmet(roomier))
    }

    /// With --replan every measure may move, but the fewest do: a plan that already holds stays.
    func testReplanMovesNothingThatNeedNotMove() throws {
        let placed = (1...4).map { measure("M-\($0)", hours: 10, party: "PA-\(($0 % 3) + 1)", "\"status\": \"planned\", \"quarters\": [\"2026Q\($0)\"]") }
        let d = try dossier(placed)
        let p = Planner(dossier: d, settings: settings(replan: true)).propose()
        assertOptimal(p)
        for i in 1...4 { XCTAssertEqual(columns(p, "M-\(i)"), [Quarter("2026Q\(i)")!]) }
    }

    /// The model's JSON form, as it goes to kvo-plan, gives the same model back.
    func testTheModelSurvivesItsJSONForm() throws {
        var m = PlanModel()
        let a = m.addColumn(.init(binary: true, cost: 3)), b = m.addColumn(.init(binary: false, lower: 1, upper: 7.5, cost: 1))
        m.rows.append(.init([.init(a, 1), .init(b, -2)], lower: -3, upper: nil))
        m.start = [1, 2]
        let back = try XCTUnwrap(PlanModel(json: try JSONParser.parse(JSONWriter.line(m.json))))
        XCTAssertEqual(back.columns, m.columns)
        XCTAssertEqual(back.rows, m.rows)
        XCTAssertEqual(back.start, m.start)
        let s = try XCTUnwrap(GLPKSolver().solve(back, timeLimit: 1))
        XCTAssertEqual(s.status, .optimal)
        XCTAssertEqual(s.objective, 1, accuracy: 1e-9, "a = 0, b = 1")
    }
}
