import KVOModel
import KVOChecks

/// The record of the workgroup's meetings with the progress report (§4.3.1; §5.2.1
/// "Verslaglegging van overlegbijeenkomsten, inclusief de voortgangsrapportage"): per meeting its
/// date, those present, agenda, minutes and decisions; then the measures done and still open
/// per plan year and the communications to the entrepreneurs.
package enum MeetingsReport {
    package static func make(_ c: ReportContext) -> Document {
        let language = c.language
        var blocks: [Block] = [.heading(2, c.text(Message(en: "Meetings", nl: "Overleggen")))]
        let meetings = c.meetings.sorted(byDay: \.date)
        let members = c.members.count
        if meetings.isEmpty {
            blocks.append(.note(c.text(Message(en: "No meetings are recorded.",
                                               nl: "Er zijn geen overleggen vastgelegd."))))
        } else {
            let headers = [Message(en: "date", nl: "datum"), Message(en: "present", nl: "aanwezig"), Message(en: "agenda", nl: "agenda"),
                           Message(en: "minutes", nl: "notulen")]
            blocks.append(.table(Table(
                headers: headers.map(c.text),
                rows: meetings.map { m in
                    let present = m.attendees.count
                    return [m.date.map(language.date) ?? "?",
                            members > 0 ? c.text(Message(en: "\(present) of \(members)", nl: "\(present) van \(members)")) : "\(present)",
                            language.yesNo(m.agenda != nil), language.yesNo(m.minutes != nil)]
                })))
            let perYear = c.checks.planYears.map { y in (y, meetings.filter { $0.date.map(y.contains) ?? false }.count) }
            if !perYear.isEmpty {
                let meeting = Noun(en: "meeting", "meetings", nl: "overleg", "overleggen")
                blocks.append(.bullets(perYear.map { y, n in
                    let (first, last, count) = (language.date(y.first), language.date(y.last), meeting.counted(n))
                    return c.text(Message(en: "Plan year \(y.number) (\(first) to \(last)): \(count.en)",
                                          nl: "Planjaar \(y.number) (\(first) t/m \(last)): \(count.nl)"))
                }))
            }
            for m in meetings {
                let date = m.date.map(language.date) ?? "?"
                blocks.append(.heading(3, c.text(Message(en: "Meeting of \(date)", nl: "Overleg van \(date)"))))
                let present = m.attendees.map(c.memberWithParty)
                var facts: [Fact] = []
                if !present.isEmpty { facts.append(Fact(c.text(Message(en: "Present", nl: "Aanwezig")), present.joined(separator: ", "))) }
                if let agenda = m.agenda.map(c.text) { facts.append(Fact(c.text(Message(en: "Agenda", nl: "Agenda")), agenda)) }
                if !facts.isEmpty { blocks.append(.facts(facts)) }
                if let minutes = m.minutes.map(c.text) {
                    blocks.append(.paragraph(c.text(Message(en: "Minutes: ", nl: "Notulen: ")) + minutes))
                } else {
                    blocks.append(.note(c.text(Message(en: "No minutes recorded (§3.6).", nl: "Geen notulen vastgelegd (§3.6)."))))
                }
                let decisions = m.decisions.map(c.text)
                if !decisions.isEmpty {
                    blocks.append(.paragraph(c.text(Message(en: "Decisions:", nl: "Besluiten:"))))
                    blocks.append(.bullets(decisions))
                }
            }
        }

        blocks.append(.heading(2, c.text(Message(en: "Progress report", nl: "Voortgangsrapportage"))))
        blocks += progress(c)

        blocks.append(.heading(2, c.text(Message(en: "Communication to the entrepreneurs", nl: "Communicatie naar de ondernemers"))))
        let communications = c.communications.sorted(byDay: \.date)
        if communications.isEmpty {
            blocks.append(.note(c.text(Message(en: "No communications are recorded (§3.7).", nl: "Er is geen communicatie vastgelegd (§3.7)."))))
        } else {
            let headers = [Message(en: "date", nl: "datum"), Message(en: "channel", nl: "kanaal"), Message(en: "reached", nl: "bereik"),
                           Message(en: "subject", nl: "onderwerp"), Message(en: "progress", nl: "voortgang")]
            blocks.append(.table(Table(
                headers: headers.map(c.text),
                rows: communications.map { m in
                    [m.date.map(language.date) ?? "?", m.channel.map(c.text) ?? "", c.text(audience(m)),
                     m.subject.map(c.text) ?? "", m.progress.map(language.yesNo) ?? ""]
                })))
        }
        return Document(title: c.text(Message(en: "Meetings and progress report", nl: "Verslaglegging overleggen en voortgangsrapportage")),
                        preface: c.preface(), language: c.language, blocks: blocks, fileName: c.text(Message(en: "meetings", nl: "overleggen")))
    }

    /// The measures per plan year by status, done ones by name.
    static func progress(_ c: ReportContext) -> [Block] {
        let measures = c.measures
        guard !measures.isEmpty else {
            return [.note(c.text(Message(en: "No measures are recorded.", nl: "Er zijn geen maatregelen vastgelegd.")))]
        }
        let years = c.checks.planYears
        func year(of m: MeasureRecord) -> Int? {
            guard let first = m.quarters.min() else { return nil }
            return PlanCalendar.year(of: first, in: years)?.number
        }
        let statuses: [MeasureRecord.Status] = [.done, .inProgress, .planned, .dropped]
        var rows: [[String]] = []
        for y in (years.isEmpty ? [] : [1, 2, 3]) + [0] {
            let list = measures.filter { (year(of: $0) ?? 0) == y }
            if list.isEmpty { continue }
            let label = y == 0 ? Message(en: "not in a plan year", nl: "buiten de planjaren") : Message(en: "plan year \(y)", nl: "planjaar \(y)")
            rows.append([c.text(label)] + statuses.map { s in "\(list.filter { ($0.status ?? .planned) == s }.count)" } + ["\(list.count)"])
        }
        let headers = [Message(en: "plan year", nl: "planjaar"), Message(en: "done", nl: "gereed"), Message(en: "in progress", nl: "in uitvoering"),
                       Message(en: "planned", nl: "gepland"), Message(en: "dropped", nl: "vervallen"), Message(en: "total", nl: "totaal")]
        var out: [Block] = [.paragraph(c.text(Message(en: "Measures by the plan year of their first quarter:",
                                                      nl: "Maatregelen naar het planjaar van hun eerste kwartaal:"))),
                            .table(Table(headers: headers.map(c.text), rows: rows, numeric: [1, 2, 3, 4, 5]))]
        let done = measures.filter { $0.status == .done }.sorted(byDay: \.done)
        if !done.isEmpty {
            out.append(.paragraph(c.text(Message(en: "Executed:", nl: "Uitgevoerd:"))))
            out.append(.bullets(done.map { m in
                "\(m.id) " + (m.title.map(c.text) ?? "") + (m.done.map { " (" + c.language.date($0) + ")" } ?? "")
            }))
        }
        return out
    }

    /// Whom a communication reached; an audience the schema does not know, as recorded.
    static func audience(_ m: CommunicationRecord) -> Message {
        switch m.audience {
        case .allEntrepreneurs?: Message(en: "all entrepreneurs", nl: "alle ondernemers")
        case .associationMembers?: Message(en: "association members", nl: "leden van de vereniging")
        case .workgroup?: Message(en: "the workgroup", nl: "de werkgroep")
        case .public?: Message(en: "the public", nl: "publiek")
        case .other?: Message(en: "other", nl: "anders")
        case nil: Message.verbatim(m.record.string(CommunicationRecord.Field.audience) ?? "")
        }
    }
}
