import KVOModel

/// The dates that matter to a dossier (`calendar`): the ends of the plan years, the fixed measures
/// of §4.2.5 by quarter, the inspections and evaluations, the audit with its deadlines before
/// (§5.2.1) and after it (§6.3, §6.4), and the certificate's expiry with the latest date kvo
/// advises for the next audit. Every deadline comes from `Handbook`; texts from the dossier are
/// scrubbed as in every report (`ReportContext.text`).
package enum DossierCalendar {
    /// Every event, by date.
    package static func events(_ c: ReportContext) -> [CalendarEvent] {
        let all = planYears(c) + fixedMeasures(c) + inspections(c) + evaluations(c) + deliveries(c) + audits(c) + certificates(c)
        let order = Dictionary(uniqueKeysWithValues: CalendarEvent.Kind.allCases.enumerated().map { ($1, $0) })
        return all.sorted { a, b in
            if a.day != b.day { return a.day < b.day }
            if a.kind != b.kind { return order[a.kind]! < order[b.kind]! }
            return a.key.count != b.key.count ? a.key.count < b.key.count : a.key < b.key
        }
    }

    static func state(_ day: Day, _ c: ReportContext) -> CalendarEvent.State { day <= c.asOf ? .done : .due }

    /// The last day of each plan year, from the plan's adoption date.
    static func planYears(_ c: ReportContext) -> [CalendarEvent] {
        guard let adopted = c.plan.adopted else { return [] }
        return Handbook.Plan.yearNumbers.map { n in
            let year = Handbook.Plan.year(n, adopted: adopted)
            return CalendarEvent(kind: .planYearEnd, day: year.last,
                                 title: Message(en: "End of plan year \(n)", nl: "Einde planjaar \(n)"),
                                 details: Message(en: "Plan year \(n) runs from \(Language.en.date(year.first)) to \(Language.en.date(year.last)).",
                                                  nl: "Planjaar \(n) loopt van \(Language.nl.date(year.first)) t/m \(Language.nl.date(year.last))."),
                                 record: nil, key: "\(n)", state: .due)
        }
    }

    /// The fixed measures of §4.2.5, one event per quarter they are planned in: by the quarter's
    /// last day, or on the day it was done for the quarter it was done in. Dropped ones are left out.
    static func fixedMeasures(_ c: ReportContext) -> [CalendarEvent] {
        c.measures.flatMap { m -> [CalendarEvent] in
            guard let fixed = m.fixed, m.status != .dropped, !m.quarters.isEmpty else { return [] }
            let done = m.status == .done ? m.done : nil
            let doneQuarter = done.map { d in m.quarters.first { $0 == d.quarter } ?? m.quarters.max()! }
            return m.quarters.map { q in
                let title = label(fixed) + " (\(m.id))"
                let what = m.title.map { c.text($0) + ". " } ?? ""
                if let done, q == doneQuarter {
                    return CalendarEvent(kind: kind(fixed), day: done, title: title,
                                         details: .verbatim(what) + Message(en: "Done on \(Language.en.date(done)) (planned in \(q)).",
                                                                            nl: "Gereed op \(Language.nl.date(done)) (gepland in \(q))."),
                                         record: m.id, key: m.id + "-\(q)", state: .done)
                }
                return CalendarEvent(kind: kind(fixed), day: q.lastDay, title: title,
                                     details: .verbatim(what) + Message(en: "Planned in \(q): by the end of the quarter (§4.2.5).",
                                                                        nl: "Gepland in \(q): uiterlijk aan het eind van het kwartaal (§4.2.5)."),
                                     record: m.id, key: m.id + "-\(q)", state: .due)
            }
        }
    }

    static func kind(_ fixed: MeasureRecord.Fixed) -> CalendarEvent.Kind {
        switch fixed {
        case .dayInspection, .eveningInspection: .inspection
        case .interimEvaluation, .evaluation: .evaluation
        case .communication, .delivery, .meeting: .fixedMeasure
        }
    }

    /// A fixed measure's kind as the handbook names it (§4.2.5).
    static func label(_ fixed: MeasureRecord.Fixed) -> Message {
        switch fixed {
        case .dayInspection: Message(en: "Day inspection", nl: "Dagschouw")
        case .eveningInspection: Message(en: "Evening inspection", nl: "Avondschouw")
        case .interimEvaluation: Message(en: "Interim evaluation", nl: "Tussentijdse evaluatie")
        case .evaluation: Message(en: "Yearly evaluation", nl: "Jaarevaluatie")
        case .communication: Message(en: "Communication to the entrepreneurs", nl: "Communicatie naar de achterban")
        case .delivery: Message(en: "Incident figures to the workgroup", nl: "Aanleveren incidentcijfers aan de werkgroep")
        case .meeting: Message(en: "Workgroup meeting", nl: "Werkgroepoverleg")
        }
    }

    /// The inspections recorded: held, or planned when dated after the calendar's date.
    static func inspections(_ c: ReportContext) -> [CalendarEvent] {
        c.inspections.compactMap { i in
            guard let day = i.date else { return nil }
            let what: Message = switch i.time {
            case .day?: Message(en: "Day inspection", nl: "Dagschouw")
            case .evening?: Message(en: "Evening inspection", nl: "Avondschouw")
            case nil: Message(en: "Inspection", nl: "Schouw")
            }
            let present = i.attendees.count
            return CalendarEvent(kind: .inspection, day: day, title: what + " (\(i.id))",
                                 details: present > 0 ? Message(en: "\(present) members of the workgroup took part.", nl: "\(present) leden van de werkgroep liepen mee.") : .empty,
                                 record: i.id, key: i.id, state: state(day, c))
        }
    }

    static func evaluations(_ c: ReportContext) -> [CalendarEvent] {
        c.evaluations.compactMap { e in
            guard let day = e.date else { return nil }
            let title = e.year.map { Message(en: "Evaluation of plan year \($0)", nl: "Evaluatie planjaar \($0)") }
                ?? Message(en: "Evaluation", nl: "Evaluatie")
            return CalendarEvent(kind: .evaluation, day: day, title: title + " (\(e.id))",
                                 details: Message(en: "The workgroup's evaluation (§4.4).", nl: "De evaluatie van de werkgroep (§4.4)."),
                                 record: e.id, key: e.id, state: state(day, c))
        }
    }

    static func deliveries(_ c: ReportContext) -> [CalendarEvent] {
        c.deliveries.compactMap { d in
            guard let day = d.date else { return nil }
            let documents = Noun(en: "document", "documents", nl: "document", "documenten").counted(d.documents.count)
            return CalendarEvent(kind: .delivery, day: day,
                                 title: Message(en: "Documents delivered to the certification body (\(d.id))",
                                                nl: "Documenten aangeleverd bij de certificatie-instelling (\(d.id))"),
                                 details: documents + ". " + .verbatim(d.note.map(c.text) ?? ""),
                                 record: d.id, key: d.id, state: state(day, c))
        }
    }
}
