import KVOModel
import KVOChecks

extension CommandSpec {
    static let status = CommandSpec(
        name: "status", group: .handbook,
        summary: Message(en: "where the trajectory stands: its step, the dates that matter, what is missing next",
                         nl: "waar het traject staat: de stap, de data die ertoe doen, wat er nog ontbreekt"),
        syntax: [.output(Slot.tableFormats)],
        options: [OptionSpec(SlotName.asOf, value: .text, summary: Message(en: "as of this date (default: the session's date)",
                                                                     nl: "per deze datum (standaard: de datum van de sessie)"))],
        example: "status",
        details: Message(
            en: "The facilitator's opening screen: which of the eight steps of §1.2 the dossier is in, the current plan year, inspections and audit dates due, supplements, the certificate's expiry, and what is still missing for the next step, most urgent first.",
            nl: "Het beginscherm van de procesbegeleider: in welke van de acht stappen van §1.2 het dossier is, het lopende planjaar, de schouwen en auditdata die eraan komen, aanvullingen, het verlopen van het certificaat, en wat er nog ontbreekt voor de volgende stap, het dringendste eerst."),
        arguments: NoArguments.self,
        run: { _, context in
            let w = try context.workspace()
            let (dossier, cache, asOf) = try context.judged(w)
            let status = TrajectoryStatus(CheckContext(dossier: dossier, asOf: asOf, cache: cache), language: context.language)
            try context.writeResult(status.table, json: { status.json }, sheet: Message(en: "status", nl: "stand"), fallback: .table,
                                    terminal: { TextLayout.fitted(status.text(width: context.width), width: context.width) })
        })
}

/// Where a dossier stands among the eight steps of §1.2 (`Handbook.Step`, which holds the steps
/// and which one a dossier is at), the dates that matter and what is missing, rendered.
struct TrajectoryStatus {
    static let steps = Handbook.Step.allCases

    /// A date that matters: what it is and when.
    struct DateLine {
        let what: Message
        let when: Message
    }

    let context: CheckContext
    let language: Language
    let step: Handbook.Step
    let dates: [DateLine]
    let missing: [CheckResult]
    let report: CheckReport

    static let day = Noun(en: "day", "days", nl: "dag", "dagen")

    /// "47 days left" / "47 dagen te gaan".
    static func daysLeft(_ n: Int) -> Message {
        day.counted(n) + Message(en: " left", nl: " te gaan")
    }

    /// An audit's type as the workgroup says it: "first" is "eerste certificering" in Dutch. (A
    /// dossier with another value does not open: the schema's choices are checked on loading.)
    static func auditType(_ kind: AuditRecord.Kind?) -> Message {
        switch kind {
        case .first?: Message(en: "first", nl: "eerste certificering")
        case .renewal?: Message(en: "renewal", nl: "hercertificering")
        case nil: .verbatim("?")
        }
    }

    /// A certification decision: "positive" is "positief" in Dutch.
    static func decision(_ decision: AuditRecord.Decision?) -> Message {
        switch decision {
        case .positive?: Message(en: "positive", nl: "positief")
        case .negative?: Message(en: "negative", nl: "negatief")
        case .pending?: Message(en: "pending", nl: "nog niet genomen")
        case nil: Message(en: "none recorded", nl: "niet vastgelegd")
        }
    }

    init(_ c: CheckContext, language: Language) {
        context = c
        self.language = language
        let results = Checker.run(c)
        report = CheckReport(results: results, language: language)

        step = Handbook.Step.current(Handbook.Step.Facts(
            partyTypes: Set(c.parties.compactMap { $0.type?.rawValue }),
            hasChair: c.members.contains { $0.roles.contains(.chair) },
            analysisConcluded: c.analysis.concluded != nil,
            planAdopted: c.planStart,
            firstCertification: c.certification == .first,
            firstAuditPassed: c.audits.contains { $0.type == .first && $0.decision == .positive },
            renewalAuditRecorded: c.audits.contains { $0.type == .renewal },
            asOf: c.asOf))

        var dates: [DateLine] = []
        let planYear = Message(en: "plan year", nl: "planjaar")
        if let year = c.planYears.first(where: { $0.contains(c.asOf) }) {
            dates.append(DateLine(what: planYear,
                                  when: Message(en: "\(year.number): \(year.first) to \(year.last), ", nl: "\(year.number): \(year.first) t/m \(year.last), ")
                                      + TrajectoryStatus.daysLeft(c.asOf.days(until: year.last))))
            let held = c.inspections.filter { i in i.date.map(year.contains) ?? false }
            let inspections: [(InspectionRecord.Time, Message)] = [(.day, Message(en: "day inspection", nl: "dagschouw")),
                                                                   (.evening, Message(en: "evening inspection", nl: "avondschouw"))]
            for (time, name) in inspections where !held.contains(where: { $0.time == time }) {
                dates.append(DateLine(what: name, when: Message(en: "not yet held in plan year \(year.number); due by \(year.last)",
                                                                nl: "nog niet gehouden in planjaar \(year.number); uiterlijk \(year.last)")))
            }
        } else if let start = c.planStart, c.asOf < start {
            dates.append(DateLine(what: planYear, when: Message(en: "starts \(start)", nl: "begint \(start)")))
        } else if c.planStart == nil {
            dates.append(DateLine(what: planYear, when: Message(en: "no plan adopted yet (set plan adopted=YYYY-MM-DD)",
                                                                nl: "nog geen plan vastgesteld (wijzig plan adopted=JJJJ-MM-DD)")))
        }
        if let audit = c.latestAudit, let date = audit.date {
            let type = TrajectoryStatus.auditType(audit.type)
            if date >= c.asOf {
                dates.append(DateLine(what: Message(en: "audit", nl: "audit"),
                                      when: "\(date) (" + type + "), " + TrajectoryStatus.day.counted(c.asOf.days(until: date))))
                let due = Handbook.Audit.documentsDue(audit: date)
                let lead = Handbook.Audit.documentLeadDays
                dates.append(DateLine(what: Message(en: "documents due", nl: "documenten uiterlijk"),
                                      when: Message(en: "\(due) (\(lead) days before the audit), ", nl: "\(due) (\(lead) dagen voor de audit), ")
                                          + TrajectoryStatus.day.counted(c.asOf.days(until: due))))
            } else {
                dates.append(DateLine(what: Message(en: "last audit", nl: "laatste audit"),
                                      when: "\(date) (" + type + "), " + Message(en: "decision: ", nl: "besluit: ")
                                          + TrajectoryStatus.decision(audit.decision)))
                if !audit.deviations.isEmpty, audit.supplementsDelivered == nil {
                    let due = Handbook.Audit.supplementsDue(audit: date)
                    let months = Handbook.Audit.supplementMonths
                    dates.append(DateLine(what: Message(en: "supplements due", nl: "aanvullingen uiterlijk"),
                                          when: Message(en: "\(due) (\(months) months after the audit), ", nl: "\(due) (\(months) maanden na de audit), ")
                                              + TrajectoryStatus.day.counted(c.asOf.days(until: due))))
                }
            }
        }
        if let issued = c.certificates.compactMap(\.issued).max() {
            let expiry = Handbook.Certificate.expiry(issued: issued)
            dates.append(DateLine(what: Message(en: "certificate expires", nl: "certificaat verloopt"),
                                  when: "\(expiry), " + TrajectoryStatus.daysLeft(c.asOf.days(until: expiry))))
        }
        self.dates = dates

        // What is missing, the current step's paragraphs first, then by level.
        let focus = step.paragraphs
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
        out += Message(en: "Step \(step.number) / \(Self.steps.count): ", nl: "Stap \(step.number) / \(Self.steps.count): ").text(l) + step.name.text(l) + "\n"
        for s in Self.steps {
            let mark = s < step ? "x" : (s == step ? ">" : " ")
            out += "  [\(mark)] \(s.number) \(s.name.text(l))\n"
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

    /// The status as rows for csv and md: the step, each date, each missing rule.
    var table: Table {
        let l = language
        var rows: [[String]] = [[Message(en: "step", nl: "stap").text(l), "\(step.number) / \(Self.steps.count)", step.name.text(l)]]
        rows += dates.map { [Message(en: "date", nl: "datum").text(l), $0.what.text(l), $0.when.text(l)] }
        rows += missing.map { [Message(en: "missing", nl: "ontbreekt").text(l), "\($0.rule.id) §\($0.rule.paragraph) [\(CheckReport.label($0.status, l))]",
                               report.sentence($0)] }
        let headers = [Message(en: "part", nl: "onderdeel"), Message(en: "what", nl: "wat"), Message(en: "detail", nl: "toelichting")]
        return Table(headers: headers.map { $0.text(l) }, rows: rows)
    }

    /// Language-neutral: the same whatever the session speaks (English texts, as the codes of these lines).
    var json: JSONValue {
        let english = language == .en ? report : CheckReport(results: report.results, language: .en)
        return .object([
            "asOf": .string(context.asOf.description),
            "step": .number(Double(step.number)),
            "stepName": .string(step.name.en),
            "dates": .array(dates.map { .object(["what": .string($0.what.en), "when": .string($0.when.en)]) }),
            "missing": .array(missing.map { .object(["id": .string($0.rule.id), "status": .string($0.status.rawValue), "message": .string(english.sentence($0))]) }),
        ])
    }
}
