import KVOModel
import KVOChecks

extension CommandSpec {
    static let status = CommandSpec(
        name: "status", group: .handbook, summary: "where the trajectory stands: its step, the dates that matter, what is missing next",
        syntax: [.optional([.literal("as"), .word("format", .choice(["table", "json"]))])],
        options: [OptionSpec("as-of", value: .text, summary: "as of this date (default: the session's date)")],
        example: "status",
        details: "The facilitator's opening screen: which of the eight steps of §1.2 the dossier is in, the current plan year, inspections and audit dates due, supplements, the certificate's expiry, and what is still missing for the next step, most urgent first.",
        action: { context in
            let w = try context.workspace()
            let asOf = try context.asOf()
            let nl = context.language == .nl
            let status = TrajectoryStatus(CheckContext(dossier: w.dossier, asOf: asOf, cache: w.checkCache), dutch: nl)
            if context.arguments.word("format")?.text == "json" {
                context.write(JSONWriter.string(status.json))
            } else {
                context.write(status.text(width: context.width))
            }
        })
}

/// The eight steps of §1.2 and where a dossier stands among them.
struct TrajectoryStatus {
    static let steps = [
        ("workgroup", "werkgroep"), ("safety analysis", "veiligheidsanalyse"), ("plan of action", "plan van aanpak"),
        ("first audit", "eerste audit"), ("execution", "uitvoering"), ("evaluation and new analysis", "evaluatie en nieuwe analyse"),
        ("renewed plan", "vernieuwd plan"), ("follow-up audit after 3 years", "vervolgaudit na 3 jaar"),
    ]

    let context: CheckContext
    let dutch: Bool
    let step: Int
    let dates: [(String, String)]
    let missing: [CheckResult]
    let report: CheckReport

    init(_ c: CheckContext, dutch: Bool) {
        context = c
        self.dutch = dutch
        let results = Checker.run(c)
        report = CheckReport(results: results, language: dutch ? .nl : .en)
        func t(_ en: String, _ nl: String) -> String { dutch ? nl : en }

        // The step: the first whose result is not there yet.
        let parties = Set(c.records("parties").compactMap { $0.string("type") })
        let workgroup = !parties.isDisjoint(with: ["association", "representative"]) && parties.contains("municipality")
            && parties.contains("police") && !parties.isDisjoint(with: ["fire-region", "fire-municipal"])
            && c.records("members").contains { $0.strings("roles").contains("chair") }
        let firstAuditPassed = c.records("audits").contains { $0.string("type") == "first" && $0.string("decision") == "positive" }
        let year3 = c.planYears.last
        if !workgroup { step = 1 }
        else if c.section("analysis").date("concluded") == nil { step = 2 }
        else if c.planStart == nil { step = 3 }
        else if c.certification == "first" && !firstAuditPassed { step = 4 }
        else if let y3 = year3, c.asOf < y3.first { step = 5 }
        else if let y3 = year3, c.asOf <= y3.last { step = 6 }
        else if c.records("audits").contains(where: { $0.string("type") == "renewal" }) { step = 8 }
        else { step = 7 }

        var dates: [(String, String)] = []
        if let year = c.planYears.first(where: { $0.contains(c.asOf) }) {
            dates.append((t("plan year", "planjaar"), "\(year.number): \(year.first) \(t("to", "t/m")) \(year.last), \(c.asOf.days(until: year.last)) \(t("days left", "dagen te gaan"))"))
            let held = c.records("inspections").filter { i in i.date("date").map(year.contains) ?? false }
            for (time, en, nl) in [("day", "day inspection", "dagschouw"), ("evening", "evening inspection", "avondschouw")]
            where !held.contains(where: { $0.string("time") == time }) {
                dates.append((t(en, nl), t("not yet held in plan year \(year.number); due by \(year.last)", "nog niet gehouden in planjaar \(year.number); uiterlijk \(year.last)")))
            }
        } else if let start = c.planStart, c.asOf < start {
            dates.append((t("plan year", "planjaar"), t("starts \(start)", "begint \(start)")))
        } else if c.planStart == nil {
            dates.append((t("plan year", "planjaar"), t("no plan adopted yet (set plan adopted=YYYY-MM-DD)", "nog geen plan vastgesteld (set plan adopted=JJJJ-MM-DD)")))
        }
        if let audit = c.audit, let date = audit.date("date") {
            if date >= c.asOf {
                dates.append((t("audit", "audit"), "\(date) (\(audit.string("type") ?? "?")), \(c.asOf.days(until: date)) \(t("days", "dagen"))"))
                let due = date.adding(days: -14)
                dates.append((t("documents due", "documenten uiterlijk"), "\(due) \(t("(14 days before the audit)", "(14 dagen voor de audit)")), \(c.asOf.days(until: due)) \(t("days", "dagen"))"))
            } else {
                dates.append((t("last audit", "laatste audit"), "\(date) (\(audit.string("type") ?? "?")), \(t("decision", "besluit")): \(audit.string("decision") ?? t("none recorded", "niet vastgelegd"))"))
                if !audit.strings("deviations").isEmpty, audit.date("supplementsDelivered") == nil {
                    let due = date.adding(months: 2)
                    dates.append((t("supplements due", "aanvullingen uiterlijk"), "\(due) \(t("(2 months after the audit)", "(2 maanden na de audit)")), \(c.asOf.days(until: due)) \(t("days", "dagen"))"))
                }
            }
        }
        if let issued = c.records("certificates").compactMap({ $0.date("issued") }).max() {
            let expiry = issued.adding(years: 3)
            dates.append((t("certificate expires", "certificaat verloopt"), "\(expiry), \(c.asOf.days(until: expiry)) \(t("days left", "dagen te gaan"))"))
        }
        self.dates = dates

        // What is missing, the current step's paragraphs first, then by level.
        let stepParagraphs: [Int: [String]] = [1: ["3"], 2: ["4.1"], 3: ["4.2", "4.3"], 4: ["5", "6"], 5: ["4.3", "4.2", "3.7"],
                                               6: ["4.4", "4.1"], 7: ["4.5", "4.2"], 8: ["5", "6", "7"]]
        let focus = stepParagraphs[step] ?? []
        func urgency(_ r: CheckResult) -> Int {
            let inFocus = focus.contains { r.rule.paragraph == $0 || r.rule.paragraph.hasPrefix($0 + ".") }
            let level = r.status == .fail ? 0 : (r.status == .notAssessable ? 1 : 2)
            return (inFocus ? 0 : 10) + level
        }
        missing = results.filter { $0.status == .fail || $0.status == .warn || $0.status == .notAssessable }
            .enumerated().sorted { (urgency($0.element), $0.offset) < (urgency($1.element), $1.offset) }.map(\.element)
    }

    func text(width: Int) -> String {
        func t(_ en: String, _ nl: String) -> String { dutch ? nl : en }
        let name = context.dossier.name ?? t("dossier", "dossier")
        var out = "\(name) — \(t("as of", "per")) \(context.asOf)\n\n"
        out += t("Step", "Stap") + " \(step) / 8: " + (dutch ? TrajectoryStatus.steps[step - 1].1 : TrajectoryStatus.steps[step - 1].0) + "\n"
        for (i, s) in TrajectoryStatus.steps.enumerated() {
            let mark = i + 1 < step ? "x" : (i + 1 == step ? ">" : " ")
            out += "  [\(mark)] \(i + 1) \(dutch ? s.1 : s.0)\n"
        }
        if !dates.isEmpty {
            out += "\n" + t("Dates", "Data") + "\n"
            let labelWidth = dates.map(\.0.count).max() ?? 0
            for (label, value) in dates { out += "  " + label + String(repeating: " ", count: labelWidth - label.count) + "  " + value + "\n" }
        }
        out += "\n" + (missing.isEmpty ? t("Nothing is missing.", "Er ontbreekt niets.") + "\n"
                                       : t("Still missing, most urgent first", "Nog te doen, het dringendste eerst") + " (\(missing.count)):\n")
        for r in missing.prefix(12) {
            let head = "  \(r.rule.id) §\(r.rule.paragraph) [\(CheckReport.label(r.status, report.language))]"
            let body = Table.wrap(report.sentence(r), width: max(30, width - 6))
            out += head + "\n" + body.map { "      " + $0 }.joined(separator: "\n") + "\n"
        }
        if missing.count > 12 { out += t("  ... and \(missing.count - 12) more: check shows them all\n", "  ... en nog \(missing.count - 12): check toont ze allemaal\n") }
        out += "\n" + report.summary + "\n"
        return out
    }

    var json: JSONValue {
        .object([
            "asOf": .string(context.asOf.description),
            "step": .number(Double(step)),
            "stepName": .string(TrajectoryStatus.steps[step - 1].0),
            "dates": .array(dates.map { .object(["what": .string($0.0), "when": .string($0.1)]) }),
            "missing": .array(missing.map { .object(["id": .string($0.rule.id), "status": .string($0.status.rawValue), "message": .string(report.sentence($0))]) }),
        ])
    }
}
