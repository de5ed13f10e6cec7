import KVOModel
import KVOChecks

extension CommandSpec {
    static let status = CommandSpec(
        name: "status", group: .handbook,
        summary: Message(en: "where the trajectory stands: its step, the dates that matter, what is missing next",
                         nl: "waar het traject staat: de stap, de data die ertoe doen, wat er nog ontbreekt"),
        syntax: [.optional([.literal("as"), .word("format", .choice(["table", "json"]))])],
        options: [OptionSpec("as-of", value: .text, summary: Message(en: "as of this date (default: the session's date)",
                                                                     nl: "per deze datum (standaard: de datum van de sessie)"))],
        example: "status",
        details: Message(
            en: "The facilitator's opening screen: which of the eight steps of §1.2 the dossier is in, the current plan year, inspections and audit dates due, supplements, the certificate's expiry, and what is still missing for the next step, most urgent first.",
            nl: "Het beginscherm van de procesbegeleider: in welke van de acht stappen van §1.2 het dossier is, het lopende planjaar, de schouwen en auditdata die eraan komen, aanvullingen, het verlopen van het certificaat, en wat er nog ontbreekt voor de volgende stap, het dringendste eerst."),
        action: { context in
            let w = try context.workspace()
            let asOf = try context.asOf()
            let status = TrajectoryStatus(CheckContext(dossier: w.dossier, asOf: asOf, cache: w.checkCache), language: context.language)
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
        Message(en: "workgroup", nl: "werkgroep"), Message(en: "safety analysis", nl: "veiligheidsanalyse"),
        Message(en: "plan of action", nl: "plan van aanpak"), Message(en: "first audit", nl: "eerste audit"),
        Message(en: "execution", nl: "uitvoering"), Message(en: "evaluation and new analysis", nl: "evaluatie en nieuwe analyse"),
        Message(en: "renewed plan", nl: "vernieuwd plan"), Message(en: "follow-up audit after 3 years", nl: "vervolgaudit na 3 jaar"),
    ]

    /// A date that matters: what it is and when.
    struct DateLine {
        let what: Message
        let when: Message
    }

    let context: CheckContext
    let language: Language
    let step: Int
    let dates: [DateLine]
    let missing: [CheckResult]
    let report: CheckReport

    static let day = Noun(en: "day", "days", nl: "dag", "dagen")

    /// "47 days left" / "47 dagen te gaan".
    static func daysLeft(_ n: Int) -> Message {
        day.counted(n) + Message(en: " left", nl: " te gaan")
    }

    /// An audit's type as the workgroup says it: "first" is "eerste certificering" in Dutch.
    static func auditType(_ code: String?) -> Message {
        switch code {
        case "first": Message(en: "first", nl: "eerste certificering")
        case "renewal": Message(en: "renewal", nl: "hercertificering")
        case let other?: .verbatim(other)
        case nil: .verbatim("?")
        }
    }

    /// A certification decision: "positive" is "positief" in Dutch.
    static func decision(_ code: String?) -> Message {
        switch code {
        case "positive": Message(en: "positive", nl: "positief")
        case "negative": Message(en: "negative", nl: "negatief")
        case "pending": Message(en: "pending", nl: "nog niet genomen")
        case let other?: .verbatim(other)
        case nil: Message(en: "none recorded", nl: "niet vastgelegd")
        }
    }

    init(_ c: CheckContext, language: Language) {
        context = c
        self.language = language
        let results = Checker.run(c)
        report = CheckReport(results: results, language: language)

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

        var dates: [DateLine] = []
        let planYear = Message(en: "plan year", nl: "planjaar")
        if let year = c.planYears.first(where: { $0.contains(c.asOf) }) {
            dates.append(DateLine(what: planYear,
                                  when: Message(en: "\(year.number): \(year.first) to \(year.last), ", nl: "\(year.number): \(year.first) t/m \(year.last), ")
                                      + TrajectoryStatus.daysLeft(c.asOf.days(until: year.last))))
            let held = c.records("inspections").filter { i in i.date("date").map(year.contains) ?? false }
            let inspections = [("day", Message(en: "day inspection", nl: "dagschouw")), ("evening", Message(en: "evening inspection", nl: "avondschouw"))]
            for (time, name) in inspections where !held.contains(where: { $0.string("time") == time }) {
                dates.append(DateLine(what: name, when: Message(en: "not yet held in plan year \(year.number); due by \(year.last)",
                                                                nl: "nog niet gehouden in planjaar \(year.number); uiterlijk \(year.last)")))
            }
        } else if let start = c.planStart, c.asOf < start {
            dates.append(DateLine(what: planYear, when: Message(en: "starts \(start)", nl: "begint \(start)")))
        } else if c.planStart == nil {
            dates.append(DateLine(what: planYear, when: Message(en: "no plan adopted yet (set plan adopted=YYYY-MM-DD)",
                                                                nl: "nog geen plan vastgesteld (wijzig plan adopted=JJJJ-MM-DD)")))
        }
        if let audit = c.audit, let date = audit.date("date") {
            let type = TrajectoryStatus.auditType(audit.string("type"))
            if date >= c.asOf {
                dates.append(DateLine(what: Message(en: "audit", nl: "audit"),
                                      when: "\(date) (" + type + "), " + TrajectoryStatus.day.counted(c.asOf.days(until: date))))
                let due = date.adding(days: -14)
                dates.append(DateLine(what: Message(en: "documents due", nl: "documenten uiterlijk"),
                                      when: Message(en: "\(due) (14 days before the audit), ", nl: "\(due) (14 dagen voor de audit), ")
                                          + TrajectoryStatus.day.counted(c.asOf.days(until: due))))
            } else {
                dates.append(DateLine(what: Message(en: "last audit", nl: "laatste audit"),
                                      when: "\(date) (" + type + "), " + Message(en: "decision: ", nl: "besluit: ")
                                          + TrajectoryStatus.decision(audit.string("decision"))))
                if !audit.strings("deviations").isEmpty, audit.date("supplementsDelivered") == nil {
                    let due = date.adding(months: 2)
                    dates.append(DateLine(what: Message(en: "supplements due", nl: "aanvullingen uiterlijk"),
                                          when: Message(en: "\(due) (2 months after the audit), ", nl: "\(due) (2 maanden na de audit), ")
                                              + TrajectoryStatus.day.counted(c.asOf.days(until: due))))
                }
            }
        }
        if let issued = c.records("certificates").compactMap({ $0.date("issued") }).max() {
            let expiry = issued.adding(years: 3)
            dates.append(DateLine(what: Message(en: "certificate expires", nl: "certificaat verloopt"),
                                  when: "\(expiry), " + TrajectoryStatus.daysLeft(c.asOf.days(until: expiry))))
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
        let l = language
        let name = context.dossier.name ?? Message(en: "dossier", nl: "dossier").text(l)
        var out = name + Message(en: " — as of \(context.asOf)\n\n", nl: " — per \(context.asOf)\n\n").text(l)
        out += Message(en: "Step \(step) / 8: ", nl: "Stap \(step) / 8: ").text(l) + TrajectoryStatus.steps[step - 1].text(l) + "\n"
        for (i, s) in TrajectoryStatus.steps.enumerated() {
            let mark = i + 1 < step ? "x" : (i + 1 == step ? ">" : " ")
            out += "  [\(mark)] \(i + 1) \(s.text(l))\n"
        }
        if !dates.isEmpty {
            out += "\n" + Message(en: "Dates", nl: "Datums").text(l) + "\n"
            let labels = dates.map { $0.what.text(l) }
            let labelWidth = labels.map(\.count).max() ?? 0
            for (label, line) in zip(labels, dates) {
                out += "  " + label + String(repeating: " ", count: labelWidth - label.count) + "  " + line.when.text(l) + "\n"
            }
        }
        out += "\n" + (missing.isEmpty ? Message(en: "Nothing is missing.\n", nl: "Er ontbreekt niets.\n")
                                       : Message(en: "Still missing, most urgent first (\(missing.count)):\n",
                                                 nl: "Nog te doen, het dringendste eerst (\(missing.count)):\n")).text(l)
        for r in missing.prefix(12) {
            let head = "  \(r.rule.id) §\(r.rule.paragraph) [\(CheckReport.label(r.status, report.language))]"
            let body = Table.wrap(report.sentence(r), width: max(30, width - 6))
            out += head + "\n" + body.map { "      " + $0 }.joined(separator: "\n") + "\n"
        }
        if missing.count > 12 {
            out += Message(en: "  ... and \(missing.count - 12) more: check shows them all\n",
                           nl: "  ... en nog \(missing.count - 12): controleer toont ze allemaal\n").text(l)
        }
        out += "\n" + report.summary + "\n"
        return out
    }

    /// Language-neutral: the same whatever the session speaks (English texts, as the codes of these lines).
    var json: JSONValue {
        let english = language == .en ? report : CheckReport(results: report.results, language: .en)
        return .object([
            "asOf": .string(context.asOf.description),
            "step": .number(Double(step)),
            "stepName": .string(TrajectoryStatus.steps[step - 1].en),
            "dates": .array(dates.map { .object(["what": .string($0.what.en), "when": .string($0.when.en)]) }),
            "missing": .array(missing.map { .object(["id": .string($0.rule.id), "status": .string($0.status.rawValue), "message": .string(english.sentence($0))]) }),
        ])
    }
}
