import XCTest
import KVOModel
@testable import KVOChecks

extension DossierBuilder {
    /// A complete SMART goal for a theme; returns its ID.
    @discardableResult
    mutating func goal(_ theme: String) -> String {
        add("goals", ["theme": theme, "description": "Goal for \(theme)", "norm": "count per year", "accepted": true,
                      "realistic": true, "deadline": "2027-12-31"])
    }

    /// A complete measure of the matrix; returns its ID.
    @discardableResult
    mutating func measure(_ fields: [String: Any] = [:]) -> String {
        var f: [String: Any] = ["title": "Measure", "goal": "G-1", "party": "PA-1", "quarters": ["2025Q2"], "hours": 8,
                                "expertise": "workgroup", "indicator": "minutes"]
        for (k, v) in fields { f[k] = v }
        return add("measures", f)
    }

    /// The §4.2.5 fixed measures of one plan year, in the given quarters (inspections, interim
    /// evaluation, first communication and delivery in `a`, the second communication and delivery in `b`).
    mutating func fixedYear(_ a: String, _ b: String, leaving out: String? = nil) {
        for (kind, q) in [("day-inspection", a), ("evening-inspection", a), ("interim-evaluation", a),
                          ("communication", a), ("communication", b), ("delivery", a), ("delivery", b)] where kind != out {
            measure(["title": kind, "fixed": kind, "quarters": [q]])
        }
    }
}

final class PlanRuleTests: XCTestCase {
    // MARK: §4.2.1

    func testSMART() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-4.2.1-SMART").status, .notAssessable)
        b.goal("T02")
        let ok = b.check("KVO-4.2.1-SMART")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.hasPrefix("The only goal, G-1, is SMART"), ok.message.en)
        b.add("goals", ["theme": "T03", "description": "Better lighting", "accepted": false, "realistic": true])
        let bad = b.check("KVO-4.2.1-SMART")
        XCTAssertEqual(bad.status, .fail)
        XCTAssertTrue(bad.message.en.contains("1 of 2 goals is not SMART: G-2 has no norm (measurable), not accepted by the workgroup (acceptable), no deadline (time-bound)"), bad.message.en)
        XCTAssertTrue(bad.message.nl.contains("G-2 heeft geen norm (meetbaar)"), bad.message.nl)
        XCTAssertTrue(bad.shortfall!.en.hasPrefix("complete G-2"), bad.shortfall!.en)
    }

    // MARK: §4.2.2

    func testMandatoryThemesBoundary() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-4.2.2-MANDATORY-THEMES").status, .notAssessable)
        for t in ["T02", "T03", "T04", "T05", "T07", "T08"] { b.goal(t) }
        b.goal("T01")          // optional: does not count
        b.goal("own:Parkeren") // own theme: does not count
        b.goal("T02")          // a second goal for a theme counts once
        let six = b.check("KVO-4.2.2-MANDATORY-THEMES")
        XCTAssertEqual(six.status, .fail)
        XCTAssertTrue(six.message.en.contains("Goals cover 6 of the 10 mandatory themes"), six.message.en)
        XCTAssertEqual(six.shortfall?.en,
                       "needs 1 more of the 10 mandatory themes: T06 (Traffic safety), T10 (Subversive (organised) crime), T11 (Cyber resilience) or T12 (Communication) have no goal.")
        XCTAssertTrue(six.shortfall!.nl.hasPrefix("nog 1 van de 10 verplichte thema's nodig: T06 (Verkeersveiligheid)"), six.shortfall!.nl)
        b.goal("T06")
        let seven = b.check("KVO-4.2.2-MANDATORY-THEMES")
        XCTAssertEqual(seven.status, .pass)
        XCTAssertTrue(seven.message.en.contains("7 of the 10 mandatory themes (T02, T03, T04, T05, T06, T07, T08), at least 7 needed"), seven.message.en)
        XCTAssertTrue(seven.message.nl.contains("7 van de 10 verplichte thema's"), seven.message.nl)
    }

    func testChosenThemes() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-4.2.2-CHOSEN-THEMES").status, .notAssessable)
        b.set("survey", ["subjects": [4, 5, 10]])
        let none = b.check("KVO-4.2.2-CHOSEN-THEMES")
        XCTAssertEqual(none.status, .notApplicable)
        XCTAssertTrue(none.message.en.contains("no optional theme (T01 or T09)"), none.message.en)
        b.set("survey", ["subjects": [4, 5, 10, 39], "ownThemes": ["Parkeren"]])
        b.goal("T09")
        let lacking = b.check("KVO-4.2.2-CHOSEN-THEMES")
        XCTAssertEqual(lacking.status, .fail)
        XCTAssertTrue(lacking.message.en.contains("1 of the 2 themes the workgroup chose has no goal: own theme \"Parkeren\""), lacking.message.en)
        XCTAssertTrue(lacking.message.nl.contains("eigen thema \"Parkeren\""), lacking.message.nl)
        XCTAssertTrue(lacking.shortfall!.en.contains("theme=\"own:Parkeren\""), lacking.shortfall!.en)
        b.goal("own: parkeren")
        let ok = b.check("KVO-4.2.2-CHOSEN-THEMES")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("T09 (Sustainability) and own theme \"Parkeren\""), ok.message.en)
    }

    // MARK: §4.2.4

    func testMeasureFields() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-4.2.4-MEASURE-FIELDS").status, .notAssessable)
        b.add("parties", ["name": "Gemeente", "type": "municipality"])
        b.goal("T02")
        b.measure()
        XCTAssertEqual(b.check("KVO-4.2.4-MEASURE-FIELDS").status, .pass)
        b.add("measures", ["title": "Camera's", "goal": "G-9", "quarters": ["2025Q3"], "hours": 4])
        let bad = b.check("KVO-4.2.4-MEASURE-FIELDS")
        XCTAssertEqual(bad.status, .fail)
        XCTAssertTrue(bad.message.en.contains("1 of 2 measures is incomplete: M-2 has no party, no expertise (workgroup or external), no progress indicator, goal G-9 does not exist"), bad.message.en)
        XCTAssertTrue(bad.message.nl.contains("M-2 heeft geen partij"), bad.message.nl)
    }

    func testInspectionPoints() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-4.2.4-INSPECTION-POINTS").status, .notAssessable)
        b.add("inspections", ["date": "2024-10-08", "time": "day"])
        b.add("inspections", ["date": "2025-10-07", "time": "day"])
        b.add("findings", ["inspection": "IN-1", "location": "Ambachtsweg 14", "kind": "negative"])
        b.add("findings", ["inspection": "IN-1", "location": "Kuiperstraat", "kind": "positive"])
        let single = b.check("KVO-4.2.4-INSPECTION-POINTS")
        XCTAssertEqual(single.status, .pass)
        XCTAssertTrue(single.message.en.contains("None of the 1 negative findings recurs"), single.message.en)
        b.add("findings", ["inspection": "IN-2", "location": "Ambachtsweg 14", "kind": "negative", "recurs": ["F-1"]])
        let missing = b.check("KVO-4.2.4-INSPECTION-POINTS")
        XCTAssertEqual(missing.status, .fail)
        XCTAssertTrue(missing.message.en.contains("1 of 1 inspection points that recur or need another approach is not in the measures matrix: F-1/F-3 (Ambachtsweg 14), found in IN-1, IN-2"), missing.message.en)
        XCTAssertTrue(missing.message.nl.contains("F-1/F-3 (Ambachtsweg 14)"), missing.message.nl)
        XCTAssertTrue(missing.shortfall!.en.contains("finding=F-1"), missing.shortfall!.en)
        b.measure(["finding": "F-3"])
        let taken = b.check("KVO-4.2.4-INSPECTION-POINTS")
        XCTAssertEqual(taken.status, .pass)
        XCTAssertTrue(taken.message.en.contains("F-1/F-3 in M-1"), taken.message.en)
    }

    /// The same point at the same location in two inspections recurs, link or no link, as
    /// `evidence` counts it (issue 11: the rule passed with "None of the ... recurs").
    func testInspectionPointsRecurAtTheSameLocation() {
        var b = DossierBuilder()
        b.add("inspections", ["date": "2024-10-08", "time": "day"])
        b.add("inspections", ["date": "2025-10-07", "time": "evening"])
        b.add("findings", ["inspection": "IN-1", "location": "Industrieweg tussen nr. 30 en 48", "kind": "negative", "theme": "T04"])
        b.add("findings", ["inspection": "IN-2", "location": "industrieweg tussen nr. 30 en 48 ", "kind": "negative", "theme": "T04"])
        b.add("findings", ["inspection": "IN-2", "location": "Kuiperstraat", "kind": "negative", "theme": "T04"])
        let recurring = Handbook.InspectionPoints.recurring(b.dossier.findings)
        XCTAssertEqual(recurring, ["F-1", "F-2"])
        let r = b.check("KVO-4.2.4-INSPECTION-POINTS")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("1 of 1 inspection points that recur or need another approach is not in the measures matrix: F-1/F-2 (Industrieweg tussen nr. 30 en 48), found in IN-1, IN-2"), r.message.en)
        XCTAssertTrue(r.message.nl.contains("F-1/F-2 (Industrieweg tussen nr. 30 en 48), gezien in IN-1, IN-2"), r.message.nl)
        b.measure(["finding": "F-1"])
        XCTAssertEqual(b.check("KVO-4.2.4-INSPECTION-POINTS").status, .pass)
    }

    /// §4.2.4's other criterion: a point that needs another approach goes into the matrix too.
    func testInspectionPointNeedingAnotherApproach() {
        var b = DossierBuilder()
        b.add("inspections", ["date": "2024-10-08", "time": "day"])
        b.add("findings", ["inspection": "IN-1", "location": "Kuiperstraat", "kind": "negative", "otherApproach": false])
        XCTAssertEqual(b.check("KVO-4.2.4-INSPECTION-POINTS").status, .pass)
        b.add("findings", ["inspection": "IN-1", "location": "Ambachtsweg 14", "kind": "negative", "otherApproach": true])
        let r = b.check("KVO-4.2.4-INSPECTION-POINTS")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("not in the measures matrix: F-2 (Ambachtsweg 14), needs another approach"), r.message.en)
        XCTAssertTrue(r.message.nl.contains("F-2 (Ambachtsweg 14), vraagt een andere aanpak"), r.message.nl)
        XCTAssertTrue(r.shortfall!.en.contains("finding=F-2"), r.shortfall!.en)
        b.measure(["finding": "F-2"])
        let ok = b.check("KVO-4.2.4-INSPECTION-POINTS")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("F-2 in M-1"), ok.message.en)
    }

    func testBalance() {
        var b = DossierBuilder()
        b.add("parties", ["name": "Vereniging", "type": "association"])
        b.add("parties", ["name": "Gemeente", "type": "municipality"])
        b.add("parties", ["name": "Politie", "type": "police"])
        XCTAssertEqual(b.check("KVO-4.2.4-BALANCE").status, .notAssessable)
        b.measure(["party": "PA-1"]); b.measure(["party": "PA-1"]); b.measure(["party": "PA-1"]); b.measure(["party": "PA-2"])
        b.measure(["party": "PA-3", "status": "dropped"])
        let uneven = b.check("KVO-4.2.4-BALANCE")
        XCTAssertEqual(uneven.status, .warn)
        XCTAssertTrue(uneven.message.en.contains("Vereniging (PA-1) 3 (75.0%), Gemeente (PA-2) 1 (25.0%), Politie (PA-3) 0 (0.0%)"), uneven.message.en)
        XCTAssertTrue(uneven.message.nl.contains("Vereniging (PA-1) 3 (75,0\u{00A0}%)"), uneven.message.nl)
        XCTAssertEqual(uneven.shortfall?.en,
                       "Politie (PA-3) has no measure; Vereniging (PA-1) carries more than half (3 of 4); move at least 1 to other parties.")
        b.measure(["party": "PA-3"]); b.measure(["party": "PA-2"])
        let even = b.check("KVO-4.2.4-BALANCE")
        XCTAssertEqual(even.status, .pass)
        XCTAssertTrue(even.message.en.contains("Vereniging (PA-1) 3 (50.0%)"), even.message.en)
    }

    func testCosts() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-4.2.4-COSTS").status, .notAssessable)
        b.measure(["cost": "€ 38.000 uit het BIZ-fonds"])
        b.measure(["cost": "Kosten onbekend"])
        let unfunded = b.check("KVO-4.2.4-COSTS")
        XCTAssertEqual(unfunded.status, .warn)
        XCTAssertTrue(unfunded.message.en.contains("2 of 2 measures have a cost note, 1 of them with unknown or unfunded costs; M-2 does not include finding the money"), unfunded.message.en)
        XCTAssertTrue(unfunded.message.nl.contains("M-2 omvat niet het vinden van het geld"), unfunded.message.nl)
        b.update("M-2", ["cost": "Kosten onbekend; financiering zoeken is onderdeel van de maatregel"])
        let ok = b.check("KVO-4.2.4-COSTS")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("(M-2), and each includes finding the money"), ok.message.en)
    }

    // MARK: §4.2.5

    func testFixedMeasures() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-4.2.5-FIXED").status, .notAssessable)
        b.set("plan", ["adopted": "2025-03-04"])
        // 2026Q1 and 2027Q1 start inside plan years 1 and 2 (they end on 3 March), 2025Q1 holds the adoption.
        b.fixedYear("2025Q1", "2026Q1")
        b.fixedYear("2026Q2", "2027Q1")
        b.fixedYear("2027Q2", "2028Q1")
        let all = b.check("KVO-4.2.5-FIXED")
        XCTAssertEqual(all.status, .pass, all.message.en)
        XCTAssertTrue(all.message.en.contains("All 3 plan years (2025-03-04 to 2028-03-03) hold the fixed measures"), all.message.en)
        XCTAssertTrue(all.message.en.contains("21 fixed measures"), all.message.en)

        var short = DossierBuilder()
        short.set("plan", ["adopted": "2025-03-04"])
        short.fixedYear("2025Q2", "2025Q4", leaving: "interim-evaluation")
        short.measure(["title": "Jaarevaluatie", "fixed": "evaluation", "quarters": ["2026Q1"]])
        short.fixedYear("2026Q2", "2026Q4", leaving: "communication")
        short.measure(["title": "Nieuwsbrief", "fixed": "communication", "quarters": ["2026Q3"]])
        short.measure(["title": "Nieuwsbrief (vervallen)", "fixed": "communication", "quarters": ["2026Q4"], "status": "dropped"])
        short.fixedYear("2027Q2", "2027Q4")
        short.measure(["title": "Te laat", "fixed": "delivery", "quarters": ["2028Q2"]])
        let r = short.check("KVO-4.2.5-FIXED")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("2 of the 3 plan years lack fixed measures: plan year 1 (2025-03-04 to 2026-03-03) has no interim evaluation (M-7 is the year-end evaluation, not an interim one)"), r.message.en)
        XCTAssertTrue(r.message.en.contains("plan year 2 (2026-03-04 to 2027-03-03) has 1 of 2 communications to the entrepreneurs (1 more)"), r.message.en)
        XCTAssertTrue(r.message.en.contains("M-22 has no quarter inside the plan years"), r.message.en)
        XCTAssertTrue(r.message.nl.contains("planjaar 1 (2025-03-04 t/m 2026-03-03) heeft geen tussentijdse evaluatie"), r.message.nl)
        XCTAssertTrue(r.shortfall!.en.contains("fixed=interim-evaluation quarters=2025Q2"), r.shortfall!.en)
    }

    // MARK: §4.3

    func testAdopted() {
        var b = DossierBuilder()
        b.add("members", ["name": "Hans", "party": "PA-1"])
        b.add("members", ["name": "Marloes", "party": "PA-2"])
        XCTAssertEqual(b.check("KVO-4.3-ADOPTED").status, .notAssessable)
        b.set("plan", ["adopted": "2025-03-04", "approvedBy": ["MB-1"]])
        let partial = b.check("KVO-4.3-ADOPTED")
        XCTAssertEqual(partial.status, .fail)
        XCTAssertTrue(partial.message.en.contains("1 of 2 workgroup members approved the plan of action on 2025-03-04; Marloes (MB-2) is not among them"), partial.message.en)
        XCTAssertTrue(partial.message.nl.contains("Marloes (MB-2) hoort daar niet bij"), partial.message.nl)
        XCTAssertTrue(partial.shortfall!.en.contains("set plan approvedBy=MB-1,MB-2"), partial.shortfall!.en)
        b.set("plan", ["adopted": JSONValue.null, "approvedBy": ["MB-1", "MB-2"]])
        let undated = b.check("KVO-4.3-ADOPTED")
        XCTAssertEqual(undated.status, .fail)
        XCTAssertTrue(undated.message.en.contains("the approval date is not recorded"), undated.message.en)
        b.set("plan", ["adopted": "2025-03-04"])
        let ok = b.check("KVO-4.3-ADOPTED")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "All 2 workgroup members approved the plan of action on 2025-03-04.")
    }

    func testMeetings() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-4.3.1-MEETINGS").status, .notAssessable)
        b.set("plan", ["adopted": "2025-01-01"])
        let running = b.check("KVO-4.3.1-MEETINGS", asOf: "2025-12-31")
        XCTAssertEqual(running.status, .notApplicable)
        XCTAssertTrue(running.message.en.contains("No plan year has ended by 2025-12-31"), running.message.en)
        b.add("meetings", ["date": "2025-02-01", "minutes": "Notulen"])
        b.add("meetings", ["date": "2025-06-01", "decisions": ["Camera's aanbesteden"]])
        b.add("meetings", ["date": "2025-10-01", "agenda": "1. Voortgang"])
        b.add("meetings", ["date": "2026-01-15", "minutes": "Notulen"])   // plan year 2
        let short = b.check("KVO-4.3.1-MEETINGS", asOf: "2026-02-01")
        XCTAssertEqual(short.status, .fail)
        XCTAssertTrue(short.message.en.contains("plan year 1 (2025-01-01 to 2025-12-31): 3 meetings, 2 with recorded results; MT-3 has no minutes or decisions"), short.message.en)
        XCTAssertEqual(short.shortfall?.en, "plan year 1 needs 1 more meeting with recorded results (add meeting date=YYYY-MM-DD minutes=\"...\").")
        XCTAssertTrue(short.message.nl.contains("3 overleggen, 2 met vastgelegde resultaten"), short.message.nl)
        b.update("MT-3", ["minutes": "Notulen"])
        XCTAssertEqual(b.check("KVO-4.3.1-MEETINGS", asOf: "2026-02-01").status, .pass)
    }

    // MARK: §4.4, §4.5

    func testScheduled() {
        var b = DossierBuilder()
        let none = b.check("KVO-4.4-SCHEDULED")
        XCTAssertEqual(none.status, .fail)
        XCTAssertTrue(none.message.en.contains("does not state when evaluations take place"), none.message.en)
        b.measure(["fixed": "interim-evaluation", "quarters": ["2025Q3"]])
        let matrix = b.check("KVO-4.4-SCHEDULED")
        XCTAssertEqual(matrix.status, .pass)
        XCTAssertTrue(matrix.message.en.contains("schedules 1 evaluation: M-1 in 2025Q3"), matrix.message.en)
        b.set("plan", ["evaluations": ["Tussenevaluatie in september", "Jaarevaluatie in februari"]])
        let words = b.check("KVO-4.4-SCHEDULED")
        XCTAssertEqual(words.status, .pass)
        XCTAssertTrue(words.message.en.contains("2 evaluation moments: \"Tussenevaluatie in september\"; \"Jaarevaluatie in februari\""), words.message.en)
        XCTAssertTrue(words.message.nl.contains("2 evaluatiemomenten"), words.message.nl)
    }

    static var completeEvaluation: [String: Any] { [
        "year": 1, "date": "2026-02-24", "executed": "21 of 28", "helped": "quick follow-up", "why": "fewer burglaries",
        "changes": "study brought forward", "collaboration": "good", "tasksAsAgreed": "yes, except the camera study",
        "measuresAsAgreed": "mostly", "changesReason": "no large changes", "improvements": ["deliver figures quarterly"],
    ] }

    func testYearlyEvaluation() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-4.4.1-YEARLY").status, .notAssessable)
        b.set("plan", ["adopted": "2025-03-04"])
        XCTAssertEqual(b.check("KVO-4.4.1-YEARLY", asOf: "2026-03-03").status, .notApplicable)
        let none = b.check("KVO-4.4.1-YEARLY", asOf: "2026-03-04")
        XCTAssertEqual(none.status, .fail)
        XCTAssertTrue(none.message.en.contains("plan year 1 (2025-03-04 to 2026-03-03) has no evaluation"), none.message.en)
        var partial = Self.completeEvaluation
        partial["helped"] = nil
        partial["improvements"] = nil
        b.add("evaluations", partial)
        let gaps = b.check("KVO-4.4.1-YEARLY", asOf: "2026-03-04")
        XCTAssertEqual(gaps.status, .fail)
        XCTAssertTrue(gaps.message.en.contains("E-1 for plan year 1 lacks: what helped?; improvement points"), gaps.message.en)
        XCTAssertTrue(gaps.message.nl.contains("E-1 voor planjaar 1 mist: wat droeg bij?; verbeterpunten"), gaps.message.nl)
        XCTAssertEqual(gaps.shortfall?.en, "complete the evaluation of plan year 1, e.g. set E-1 helped=\"...\" improvements=\"...\".")
        b.update("E-1", ["helped": "quick follow-up", "improvements": ["deliver figures quarterly"]])
        let ok = b.check("KVO-4.4.1-YEARLY", asOf: "2026-03-04")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("E-1 for plan year 1 answers all questions with 1 improvement point"), ok.message.en)
        // Written after the as-of date: not there yet.
        b.update("E-1", ["date": "2026-03-10"])
        XCTAssertEqual(b.check("KVO-4.4.1-YEARLY", asOf: "2026-03-04").status, .fail)
    }

    /// §4.4.1 asks four questions on the collaboration; the one `collaboration` answer does not
    /// stand in for the other three (issue 11: it passed with only that one).
    func testYearlyEvaluationAsksTheFourCollaborationQuestions() {
        var b = DossierBuilder()
        b.set("plan", ["adopted": "2025-03-04"])
        var e = Self.completeEvaluation
        e["tasksAsAgreed"] = nil
        e["measuresAsAgreed"] = nil
        e["changesReason"] = nil
        b.add("evaluations", e)
        let r = b.check("KVO-4.4.1-YEARLY", asOf: "2026-03-04")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("E-1 for plan year 1 lacks: did the parties carry out their tasks as agreed?; were the measures and actions carried out as agreed?; why were large changes to the agreed measures needed, if any?"), r.message.en)
        XCTAssertTrue(r.message.nl.contains("hebben de partijen de taken uitgevoerd zoals afgesproken?"), r.message.nl)
        XCTAssertEqual(r.shortfall?.en, "complete the evaluation of plan year 1, e.g. set E-1 tasksAsAgreed=\"...\" measuresAsAgreed=\"...\" changesReason=\"...\".")
        XCTAssertEqual(Handbook.Evaluation.onMeasures.count, 4)
        XCTAssertEqual(Handbook.Evaluation.onCollaboration.count, 4)
        b.update("E-1", ["tasksAsAgreed": "yes", "measuresAsAgreed": "yes", "changesReason": "none were needed"])
        XCTAssertEqual(b.check("KVO-4.4.1-YEARLY", asOf: "2026-03-04").status, .pass)
    }

    func testThirdYear() {
        var b = DossierBuilder()
        b.set("plan", ["adopted": "2025-03-04"])
        XCTAssertEqual(b.check("KVO-4.4.2-THIRD-YEAR", asOf: "2028-06-01").status, .notApplicable) // first certification
        let early = b.check("KVO-4.4.2-THIRD-YEAR", asOf: "2027-06-01", audit: .renewal)
        XCTAssertEqual(early.status, .notApplicable)
        XCTAssertTrue(early.message.en.contains("plan year 3 (2027-03-04 to 2028-03-03) has not ended by 2027-06-01"), early.message.en)
        let late = b.check("KVO-4.4.2-THIRD-YEAR", asOf: "2028-03-04", audit: .renewal)
        XCTAssertEqual(late.status, .fail)
        XCTAssertTrue(late.message.en.contains("There is no evaluation of plan year 3, although plan year 3"), late.message.en)
        var third = Self.completeEvaluation
        third["year"] = 3
        third["date"] = "2028-02-20"
        third["goalsAchieved"] = "G-1 and G-3 achieved, G-7 not"
        b.add("evaluations", third)
        let gap = b.check("KVO-4.4.2-THIRD-YEAR", asOf: "2028-03-04", audit: .renewal)
        XCTAssertEqual(gap.status, .fail)
        XCTAssertEqual(gap.message.en, "The third-year evaluation E-1 does not answer the main reason.")
        XCTAssertEqual(gap.shortfall?.nl, "1 van de 2 extra vragen onbeantwoord: wijzig E-1 mainReason=\"...\".")
        b.update("E-1", ["mainReason": "no truck parking yet"])
        let ok = b.check("KVO-4.4.2-THIRD-YEAR", asOf: "2028-03-04", audit: .renewal)
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("E-1 states which goals were (not) achieved and the main reason"), ok.message.en)
    }

    func testImprovementsCarried() {
        var b = DossierBuilder()
        b.set("plan", ["adopted": "2025-03-04"])
        var e = Self.completeEvaluation
        e["improvements"] = nil
        b.add("evaluations", e)
        let nothing = b.check("KVO-4.5-IMPROVEMENTS-CARRIED", asOf: "2026-06-01", audit: .renewal)
        XCTAssertEqual(nothing.status, .notApplicable)
        XCTAssertTrue(nothing.message.en.contains("None of the 1 evaluation records improvement points"), nothing.message.en)
        b.update("E-1", ["improvements": ["deliver figures quarterly", "paper newsletter"]])
        b.add("documents", ["name": "Plan van aanpak", "type": "plan", "version": "1.0", "date": "2025-03-04"])
        let notCarried = b.check("KVO-4.5-IMPROVEMENTS-CARRIED", asOf: "2026-06-01", audit: .renewal)
        XCTAssertEqual(notCarried.status, .fail)
        XCTAssertTrue(notCarried.message.en.contains("The improvement points of E-1 (2 points, 2026-02-24) cannot appear in a renewed plan of action"), notCarried.message.en)
        XCTAssertTrue(notCarried.message.nl.contains("De verbeterpunten van E-1 (2 punten, 2026-02-24) kunnen niet"), notCarried.message.nl)
        b.add("documents", ["name": "Plan van aanpak", "type": "plan", "version": "1.1", "date": "2026-03-03"])
        let byHand = b.check("KVO-4.5-IMPROVEMENTS-CARRIED", asOf: "2026-06-01", audit: .renewal)
        XCTAssertEqual(byHand.status, .notAssessable)
        XCTAssertTrue(byHand.message.en.contains("E-1 (2 points) in D-2"), byHand.message.en)
        XCTAssertTrue(byHand.message.en.contains("check them by hand"), byHand.message.en)
        // The renewed plan is dated after the as-of date: not there yet.
        XCTAssertEqual(b.check("KVO-4.5-IMPROVEMENTS-CARRIED", asOf: "2026-03-01", audit: .renewal).status, .fail)
    }

    /// A measure that names the evaluation and the improvement point carries it (kvo-dossier/2):
    /// no more guessing from document dates for that point (issue 11).
    func testImprovementsCarriedByMeasures() {
        var b = DossierBuilder()
        b.set("plan", ["adopted": "2025-03-04"])
        var e = Self.completeEvaluation
        e["improvements"] = ["Deliver figures quarterly", "Paper newsletter"]
        b.add("evaluations", e)
        b.measure(["title": "Figures each quarter", "evaluation": "E-1", "improvement": "deliver  figures quarterly"])
        let one = b.check("KVO-4.5-IMPROVEMENTS-CARRIED", asOf: "2026-06-01", audit: .renewal)
        XCTAssertEqual(one.status, .fail)
        XCTAssertTrue(one.message.en.contains("The improvement points of E-1 (1 point, 2026-02-24) cannot appear"), one.message.en)
        XCTAssertTrue(one.message.en.contains("(1 other is carried by a measure)"), one.message.en)
        XCTAssertTrue(one.shortfall!.en.contains("set M-n evaluation=E-1 improvement=\"Paper newsletter\""), one.shortfall!.en)
        // A measure of another evaluation, or a dropped one, carries nothing.
        b.measure(["title": "Paper newsletter", "evaluation": "E-9", "improvement": "Paper newsletter"])
        b.measure(["title": "Paper newsletter", "evaluation": "E-1", "improvement": "Paper newsletter", "status": "dropped"])
        XCTAssertEqual(b.check("KVO-4.5-IMPROVEMENTS-CARRIED", asOf: "2026-06-01", audit: .renewal).status, .fail)
        b.measure(["title": "Paper newsletter", "evaluation": "E-1", "improvement": "Paper newsletter"])
        let all = b.check("KVO-4.5-IMPROVEMENTS-CARRIED", asOf: "2026-06-01", audit: .renewal)
        XCTAssertEqual(all.status, .pass)
        XCTAssertEqual(all.message.en, "Every one of the 2 improvement points is carried by a measure of the plan: E-1 \"Deliver figures quarterly\" in M-1 and E-1 \"Paper newsletter\" in M-4.")
        XCTAssertTrue(all.message.nl.hasPrefix("Elk van de 2 verbeterpunten is overgenomen in een maatregel van het plan"), all.message.nl)
    }
}
