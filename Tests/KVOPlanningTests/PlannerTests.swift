import XCTest
import KVOModel
@testable import KVOPlanning

final class PlannerTests: XCTestCase {
    /// A dossier with a plan adopted on 2026-01-01 (12 quarters: 2026Q1 ... 2028Q4), three parties,
    /// goals for `themes` and the measures given as JSON object bodies.
    func dossier(themes: [String] = ["T02", "T03", "T04", "T05", "T06", "T07", "T12"], measures: [String] = [],
                 extra: String = "", parties: String? = nil) throws -> Dossier {
        let goals = themes.enumerated().map { i, t in
            "{\"id\": \"G-\(i + 1)\", \"theme\": \"\(t)\", \"description\": \"Doel \(t)\"}"
        }.joined(separator: ", ")
        let text = """
            {"format": "kvo-dossier/2",
             "plan": {"adopted": "2026-01-01"},
             "parties": \(parties ?? #"[{"id": "PA-1", "name": "Vereniging", "type": "association"}, {"id": "PA-2", "name": "Gemeente", "type": "municipality"}, {"id": "PA-3", "name": "Politie", "type": "police"}]"#),
             "goals": [\(goals)],
             "measures": [\(measures.joined(separator: ", "))]\(extra.isEmpty ? "" : ", " + extra)}
            """
        return try Dossier.load(Array(text.utf8))
    }

    func settings(_ ranking: [String] = ["T05", "T02", "T03", "T04", "T06", "T07", "T12"], asOf: String = "2025-12-01",
                  hours: Double? = nil, first: Bool = false, audit: String? = nil, replan: Bool = false) -> Planner.Settings {
        Planner.Settings(asOf: Day(asOf)!, ranking: ranking, hoursPerQuarter: hours, replan: replan,
                         firstCertification: first, auditDate: audit.flatMap { Day($0) }, language: .nl)
    }

    func status(_ p: PlanProposal, _ kind: PlanConstraint.Kind) -> PlanConstraint.Status? {
        p.constraints.first { $0.kind == kind }?.status
    }

    func applied(_ d: Dossier, _ p: PlanProposal) throws -> Dossier {
        var after = d
        try Amendment(command: "plan", at: "", by: "", changes: p.changes).apply(to: &after)
        return after
    }

    func quarters(_ d: Dossier, _ id: String) -> [Quarter] {
        (d.record(id)?.record["quarters"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap { Quarter($0) } }
    }

    // MARK: the calendar

    func testPlanCalendarQuarters() {
        let mid = PlanCalendar(start: Day("2025-03-04")!)
        XCTAssertEqual(mid.quarters.count, 13, "adopted mid-quarter: year 1 has 5 quarters")
        XCTAssertEqual(mid.quarters.first, Quarter("2025Q1"))
        XCTAssertEqual(mid.quarters.last, Quarter("2028Q1"))
        XCTAssertEqual(mid.year(of: Quarter("2026Q1")!)?.number, 1, "2026-01-01 lies in plan year 1 (to 2026-03-03)")
        XCTAssertEqual(mid.year(of: Quarter("2026Q2")!)?.number, 2)
        XCTAssertNil(mid.year(of: Quarter("2028Q2")!))
        let aligned = PlanCalendar(start: Day("2026-01-01")!)
        XCTAssertEqual(aligned.quarters.count, 12)
        XCTAssertEqual(aligned.quarters(inYear: 3), ["2028Q1", "2028Q2", "2028Q3", "2028Q4"].map { Quarter($0)! })
    }

    // MARK: a plan from nothing

    func testEmptyMatrixGetsFixedMeasuresAndThemeYears() throws {
        let measures = (1...7).map { i in
            "{\"id\": \"M-\(i)\", \"title\": \"Maatregel \(i)\", \"goal\": \"G-\(i)\", \"hours\": 20}"
        }
        let d = try dossier(measures: measures)
        let p = Planner(dossier: d, settings: settings()).propose()
        XCTAssertTrue(p.isFeasible, p.unmet.map(\.message.en).joined(separator: "\n"))
        // Themes in ranking order, cut in three: 7 themes → 3, 2, 2.
        XCTAssertEqual(p.themeYears.map(\.theme), ["T05", "T02", "T03", "T04", "T06", "T07", "T12"])
        XCTAssertEqual(p.themeYears.map(\.year), [1, 1, 1, 2, 2, 3, 3])
        XCTAssertEqual(p.addedIDs.count, 21, "7 fixed measures per plan year")
        let after = try applied(d, p)
        let calendar = PlanCalendar(start: Day("2026-01-01")!)
        let all = after.records(after.schema.kind(named: "measures")!)
        // Every plan year holds the fixed measures, by counting the records themselves.
        for y in 1...3 {
            let inYear = all.filter { m in quarters(after, m.id).contains { calendar.year(of: $0)?.number == y } }
            for (kind, n) in [("day-inspection", 1), ("evening-inspection", 1), ("interim-evaluation", 1), ("communication", 2), ("delivery", 2)] {
                XCTAssertGreaterThanOrEqual(inYear.filter { $0["fixed"]?.stringValue == kind }.count, n, "year \(y) \(kind)")
            }
        }
        // Each goal's measure lies in its theme's plan year.
        let yearOfTheme = Dictionary(uniqueKeysWithValues: p.themeYears.map { ($0.theme, $0.year) })
        for i in 1...7 {
            let theme = d.record("G-\(i)")!.record["theme"]!.stringValue!
            let q = quarters(after, "M-\(i)")
            XCTAssertEqual(q.count, 1)
            XCTAssertEqual(calendar.year(of: q[0])?.number, yearOfTheme[theme], "M-\(i) of \(theme)")
        }
        // Parties were given evenly: every measure has one, counts differ by at most one.
        let counts = Dictionary(grouping: all.compactMap { $0["party"]?.stringValue }, by: { $0 }).mapValues(\.count)
        XCTAssertEqual(counts.values.reduce(0, +), all.count)
        XCTAssertLessThanOrEqual(counts.values.max()! - counts.values.min()!, 1, "\(counts)")
        // Evening inspections in the dark quarters.
        for m in all where m["fixed"]?.stringValue == "evening-inspection" {
            XCTAssertTrue([4, 1].contains(quarters(after, m.id)[0].number), m.id)
        }
        // Priorities record the rank and the year.
        let priorities = after.records(after.schema.kind(named: "priorities")!)
        XCTAssertEqual(priorities.count, 7)
        XCTAssertEqual(priorities.first { $0["theme"]?.stringValue == "T05" }?["year"], .number(1))
        XCTAssertEqual(priorities.first { $0["theme"]?.stringValue == "T12" }?["rank"], .number(7))
    }

    func testPlanningAgainIsStable() throws {
        let d = try dossier(measures: ["{\"id\": \"M-1\", \"title\": \"Camera's\", \"goal\": \"G-1\", \"hours\": 10}"])
        let first = try applied(d, Planner(dossier: d, settings: settings()).propose())
        let again = Planner(dossier: first, settings: settings()).propose()
        XCTAssertTrue(again.isFeasible)
        XCTAssertEqual(again.changes, [], "a plan that meets every constraint is left alone")
    }

    // MARK: hours

    func testHoursPerQuarterAreKeptBySpreading() throws {
        // Four 30-hour measures of one party in year 1, limit 40: one per quarter.
        let measures = (1...4).map { "{\"id\": \"M-\($0)\", \"title\": \"Actie \($0)\", \"goal\": \"G-1\", \"party\": \"PA-1\", \"hours\": 30}" }
        let d = try dossier(measures: measures)
        let p = Planner(dossier: d, settings: settings()).propose()
        XCTAssertEqual(status(p, .hours), .met, p.constraints.map(\.message.en).joined(separator: "\n"))
        let after = try applied(d, p)
        let used = Set((1...4).map { quarters(after, "M-\($0)")[0] })
        XCTAssertEqual(used.count, 4, "each in its own quarter")
        XCTAssertTrue(used.allSatisfy { $0.year == 2026 }, "all in the theme's plan year: \(used)")
        XCTAssertLessThanOrEqual(p.load["PA-1"]!.max()!, 40)
    }

    /// Parties tied at the busiest quarter: the earliest quarter, then the first party by ID, not
    /// whichever a dictionary's order of the day gives (it changed between runs).
    func testTheBusiestPartyQuarterIsChosenAlikeOnATie() {
        var load: [String: [Double]] = [:]
        for n in 1...12 { load["PA-\(n)"] = [10, n % 3 == 0 ? 40 : 30, 40, 0] }
        let peak = Planner.ListScheduler.busiest(load)
        XCTAssertEqual(peak?.party, "PA-12")
        XCTAssertEqual(peak?.quarter, 1)
        XCTAssertEqual(peak?.hours, 40)
        XCTAssertNil(Planner.ListScheduler.busiest([:]))
    }

    func testHoursThatCannotFitAreExplained() throws {
        // 30 hours, but the party can give 10 per quarter and the goal's deadline allows one quarter.
        let d = try dossier(measures: ["{\"id\": \"M-1\", \"title\": \"Groot project\", \"goal\": \"G-1\", \"party\": \"PA-2\", \"hours\": 30}"],
                            extra: "\"priorities\": []")
        var goals = d
        try Amendment(command: "", at: "", by: "", changes: [
            Change(kind: "goals", id: "G-1", before: d.record("G-1")!.record,
                   after: Record(fields: ["id": .string("G-1"), "theme": .string("T02"), "description": .string("Doel"), "deadline": .string("2026-03-31")])),
        ]).apply(to: &goals)
        let p = Planner(dossier: goals, settings: settings(hours: 10)).propose()
        XCTAssertFalse(p.isFeasible)
        XCTAssertEqual(status(p, .hours), .unmet)
        let text = p.constraints.first { $0.kind == .hours }!.message.en
        XCTAssertTrue(text.contains("M-1 (30 h) does not fit PA-2's 10 h per quarter"), text)
        XCTAssertTrue(text.contains("2026Q1"), text)
    }

    func testConstraintsInDutch() throws {
        let d = try dossier(measures: ["{\"id\": \"M-1\", \"title\": \"Groot project\", \"goal\": \"G-1\", \"party\": \"PA-2\", \"hours\": 12.5}"])
        let p = Planner(dossier: d, settings: settings(hours: 10)).propose()
        let hours = p.constraints.first { $0.kind == .hours }!
        XCTAssertEqual(hours.kind.title.nl, "§4.2.4 uren per partij per kwartaal")
        XCTAssertEqual(hours.kind.title.en, "§4.2.4 hours per party per quarter")
        XCTAssertTrue(hours.message.nl.contains("M-1 (12,5 uur) past nergens"), hours.message.nl)
        XCTAssertTrue(hours.message.en.contains("M-1 (12.5 h) does not fit"), hours.message.en)
        XCTAssertTrue(hours.message.nl.contains("Verhoog de grens"), hours.message.nl)
        let spread = p.constraints.first { $0.kind == .spread }!
        XCTAssertTrue(spread.message.nl.hasPrefix("Elke partij heeft maatregelen en geen meer dan de helft (PA-1 "), spread.message.nl)
    }

    func testHoursAreRoundedHalfUpInEitherLanguage() {
        XCTAssertEqual(Planner.hoursText(16, .en), "16 h")
        XCTAssertEqual(Planner.hoursText(16, .nl), "16 uur")
        XCTAssertEqual(Planner.hoursText(96.66666, .nl), "96,7 uur")
        XCTAssertEqual(Planner.hoursText(12.25, .en), "12.3 h")
        XCTAssertEqual(Planner.hoursText(0.05, .nl), "0,1 uur")
    }

    func testFixedMeasuresAreTitledInTheSessionsLanguage() throws {
        let d = try dossier(measures: [])
        let dutch = Planner(dossier: d, settings: settings()).propose()
        var english = settings()
        english.language = .en
        let inEnglish = Planner(dossier: d, settings: english).propose()
        func titles(_ p: PlanProposal) -> [String] { p.changes.filter { $0.before == nil && $0.kind == "measures" }.compactMap { $0.after?["title"]?.stringValue } }
        XCTAssertTrue(titles(dutch).contains("Dagschouw planjaar 1"), "\(titles(dutch))")
        XCTAssertTrue(titles(inEnglish).contains("Day inspection, plan year 1"), "\(titles(inEnglish))")
        XCTAssertEqual(Planner.fixedName(.eveningInspection, 1).en, "an evening inspection")
        XCTAssertEqual(Planner.fixedName(.eveningInspection, 1).nl, "een avondschouw")
        XCTAssertEqual(Planner.fixedName(.communication, 2).nl, "2 communicatie-uitingen")
    }

    // MARK: dependencies

    func testAfterIsRespected() throws {
        let d = try dossier(measures: [
            "{\"id\": \"M-1\", \"title\": \"Onderzoek\", \"goal\": \"G-1\", \"party\": \"PA-1\", \"hours\": 8, \"quarters\": [\"2026Q1\", \"2026Q2\"], \"status\": \"in-progress\"}",
            "{\"id\": \"M-2\", \"title\": \"Aanleg\", \"goal\": \"G-1\", \"party\": \"PA-2\", \"hours\": 8, \"after\": [\"M-1\", \"M-3\"]}",
            "{\"id\": \"M-3\", \"title\": \"Ontwerp\", \"goal\": \"G-1\", \"party\": \"PA-3\", \"hours\": 8, \"after\": [\"M-1\"]}",
        ])
        let p = Planner(dossier: d, settings: settings()).propose()
        XCTAssertEqual(status(p, .dependencies), .met, p.constraints.map(\.message.en).joined(separator: "\n"))
        let after = try applied(d, p)
        XCTAssertEqual(quarters(after, "M-1"), [Quarter("2026Q1")!, Quarter("2026Q2")!], "in progress: not moved")
        XCTAssertGreaterThan(quarters(after, "M-3")[0], Quarter("2026Q2")!)
        XCTAssertGreaterThan(quarters(after, "M-2")[0], quarters(after, "M-3").last!)
    }

    func testACycleIsNamed() throws {
        let d = try dossier(measures: [
            "{\"id\": \"M-1\", \"title\": \"A\", \"goal\": \"G-1\", \"party\": \"PA-1\", \"hours\": 8, \"after\": [\"M-2\"]}",
            "{\"id\": \"M-2\", \"title\": \"B\", \"goal\": \"G-1\", \"party\": \"PA-2\", \"hours\": 8, \"after\": [\"M-1\"]}",
        ])
        let p = Planner(dossier: d, settings: settings()).propose()
        XCTAssertEqual(status(p, .dependencies), .unmet)
        XCTAssertTrue(p.constraints.first { $0.kind == .dependencies }!.message.en.contains("M-1 and M-2 wait for each other"))
        XCTAssertFalse(p.isFeasible)
    }

    // MARK: goals

    func testTooFewMandatoryThemesIsExplained() throws {
        let d = try dossier(themes: ["T02", "T03", "T04", "T05", "T06", "T07"])
        let p = Planner(dossier: d, settings: settings()).propose()
        XCTAssertEqual(status(p, .goals), .unmet)
        let text = p.constraints.first { $0.kind == .goals }!.message.en
        XCTAssertTrue(text.contains("Only 6 of the 10 mandatory themes have a goal"), text)
        XCTAssertTrue(text.contains("add goals for 1 of"), text)
        XCTAssertFalse(p.isFeasible)
    }

    func testChosenOptionalThemeNeedsAGoal() throws {
        // Subject 39 belongs to an optional theme (T09 sustainability).
        let d = try dossier(extra: "\"survey\": {\"subjects\": [39]}")
        let optional = ThemeCatalogue.handbook.theme(ofSubject: 39)!
        XCTAssertFalse(optional.mandatory)
        let p = Planner(dossier: d, settings: settings()).propose()
        XCTAssertEqual(status(p, .goals), .unmet)
        XCTAssertTrue(p.constraints.first { $0.kind == .goals }!.message.en.contains(optional.id))
    }

    // MARK: the first audit

    func testFirstAuditPullsInspectionMeasuresForward() throws {
        let measures = (1...4).map { i in
            "{\"id\": \"M-\(i)\", \"title\": \"Schouwpunt \(i)\", \"goal\": \"G-7\", \"party\": \"PA-\((i % 3) + 1)\", \"hours\": 4, \"finding\": \"F-\(i)\"}"
        }
        let extra = """
            "inspections": [{"id": "IN-1", "date": "2025-11-01", "time": "day"}],
            "findings": [\((1...4).map { "{\"id\": \"F-\($0)\", \"inspection\": \"IN-1\", \"kind\": \"negative\", \"location\": \"Kade\", \"description\": \"punt\"}" }.joined(separator: ", "))]
            """
        let d = try dossier(measures: measures, extra: extra)
        // T12 (G-7) is ranked last, so without the audit its measures would go to year 3.
        let p = Planner(dossier: d, settings: settings(first: true, audit: "2026-11-15")).propose()
        XCTAssertEqual(status(p, .firstAudit), .met, p.constraints.map(\.message.en).joined(separator: "\n"))
        let after = try applied(d, p)
        let early = (1...4).filter { quarters(after, "M-\($0)").last! <= Quarter("2026Q3")! }
        XCTAssertGreaterThanOrEqual(early.count, 3, "three done in a quarter ending before 2026-11-15")
        let communications = after.records(after.schema.kind(named: "measures")!).filter { $0["fixed"]?.stringValue == "communication" }
        XCTAssertTrue(communications.contains { quarters(after, $0.id)[0] <= Quarter("2026Q3")! })
    }

    func testFirstAuditWithTooFewInspectionMeasures() throws {
        let measures = (1...2).map { i in
            "{\"id\": \"M-\(i)\", \"title\": \"Schouwpunt \(i)\", \"goal\": \"G-1\", \"party\": \"PA-1\", \"hours\": 4, \"finding\": \"F-\(i)\"}"
        }
        let extra = """
            "inspections": [{"id": "IN-1", "date": "2025-11-01", "time": "day"}],
            "findings": [{"id": "F-1", "inspection": "IN-1", "kind": "negative", "location": "Kade", "description": "a"}, {"id": "F-2", "inspection": "IN-1", "kind": "negative", "location": "Kade", "description": "b"}]
            """
        let p = Planner(dossier: try dossier(measures: measures, extra: extra), settings: settings(first: true, audit: "2026-11-15")).propose()
        XCTAssertEqual(status(p, .firstAudit), .unmet)
        XCTAssertTrue(p.constraints.first { $0.kind == .firstAudit }!.message.en.contains("Only 2 measures come from an inspection finding (M-1 and M-2); add 1 with finding=F-n"))
    }

    func testFirstAuditWithoutDateIsUnknown() throws {
        let p = Planner(dossier: try dossier(), settings: settings(first: true)).propose()
        XCTAssertEqual(status(p, .firstAudit), .unknown)
        XCTAssertTrue(p.isFeasible, "unknown is not unmet")
    }

    // MARK: what stays

    func testHistoryStaysAndReplanMovesOverdueWork() throws {
        let d = try dossier(measures: [
            "{\"id\": \"M-1\", \"title\": \"Klaar\", \"goal\": \"G-1\", \"party\": \"PA-1\", \"hours\": 4, \"quarters\": [\"2026Q1\"], \"status\": \"done\", \"done\": \"2026-02-01\"}",
            "{\"id\": \"M-2\", \"title\": \"Achter\", \"goal\": \"G-1\", \"party\": \"PA-2\", \"hours\": 4, \"quarters\": [\"2026Q2\"], \"status\": \"planned\"}",
            "{\"id\": \"M-3\", \"title\": \"Later\", \"goal\": \"G-7\", \"party\": \"PA-3\", \"hours\": 4, \"quarters\": [\"2027Q4\"], \"status\": \"planned\"}",
        ])
        let p = Planner(dossier: d, settings: settings(asOf: "2026-10-15")).propose()
        let after = try applied(d, p)
        XCTAssertEqual(quarters(after, "M-1"), [Quarter("2026Q1")!], "done work is history")
        XCTAssertGreaterThanOrEqual(quarters(after, "M-2")[0], Quarter("2026Q4")!, "overdue planned work moves out of the past")
        XCTAssertEqual(quarters(after, "M-3"), [Quarter("2027Q4")!], "planned work in the future stays without --replan")
        let re = try applied(d, Planner(dossier: d, settings: settings(asOf: "2026-10-15", replan: true)).propose())
        XCTAssertEqual(quarters(re, "M-1"), [Quarter("2026Q1")!])
        XCTAssertEqual(quarters(re, "M-3").count, 1)
    }

    func testPastPlanYearLackingFixedMeasuresIsUnmet() throws {
        let p = Planner(dossier: try dossier(), settings: settings(asOf: "2027-02-01")).propose()
        XCTAssertEqual(status(p, .fixed), .unmet)
        XCTAssertTrue(p.constraints.first { $0.kind == .fixed }!.message.en.contains("Plan year 1 lacks a day inspection and has no quarter left"))
    }

    func testNoAdoptionDate() throws {
        let d = try Dossier.load(Array(#"{"format": "kvo-dossier/2"}"#.utf8))
        let p = Planner(dossier: d, settings: settings()).propose()
        XCTAssertNil(p.calendar)
        XCTAssertFalse(p.isFeasible)
        XCTAssertEqual(p.changes, [])
    }

    func testSpreadNamesAPartyWithout() throws {
        let measures = (1...3).map { "{\"id\": \"M-\($0)\", \"title\": \"A\($0)\", \"goal\": \"G-1\", \"party\": \"PA-1\", \"hours\": 1, \"status\": \"done\", \"quarters\": [\"2026Q1\"]}" }
        let p = Planner(dossier: try dossier(measures: measures), settings: settings(asOf: "2029-01-01")).propose()
        XCTAssertEqual(status(p, .spread), .unmet, "after the plan's end nothing is added to share out")
        XCTAssertEqual(p.constraints.first { $0.kind == .spread }!.message.en,
                       "PA-2 and PA-3 have no measure; PA-1 carries 3 of 3, more than half (PA-1 3, PA-2 0, PA-3 0); give measures to other parties with set M-n party=PA-n.")
    }
}
