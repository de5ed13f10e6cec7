import KVOModel
import KVOChecks

/// The record of the workgroup's meetings with the progress report (§4.3.1; §5.2.1
/// "Verslaglegging van overlegbijeenkomsten, inclusief de voortgangsrapportage"): per meeting its
/// date, those present, agenda, minutes and decisions; then the measures done and still open
/// per plan year and the communications to the entrepreneurs.
public enum MeetingsReport {
    public static func make(_ c: ReportContext) -> Document {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let w = c.words
        var blocks: [Block] = [.heading(2, t("Meetings", "Overleggen"))]
        let meetings = c.records("meetings").sorted { ($0.string("date") ?? "", $0.id) < ($1.string("date") ?? "", $1.id) }
        let members = c.records("members").count
        if meetings.isEmpty {
            blocks.append(.note(t("No meetings are recorded (add meeting date=YYYY-MM-DD).", "Er zijn geen overleggen vastgelegd (add meeting date=JJJJ-MM-DD).")))
        } else {
            blocks.append(.table(ReportTable(
                headers: [t("date", "datum"), t("present", "aanwezig"), t("agenda", "agenda"), t("minutes", "notulen")],
                rows: meetings.map { m in
                    [w.date(m.string("date")) ?? "?", "\(m.strings("attendees").count)" + (members > 0 ? t(" of \(members)", " van \(members)") : ""),
                     m.has("agenda") ? t("yes", "ja") : t("no", "nee"), m.has("minutes") ? t("yes", "ja") : t("no", "nee")]
                })))
            let perYear = c.checks.planYears.map { y in (y, meetings.filter { $0.date("date").map(y.contains) ?? false }.count) }
            if !perYear.isEmpty {
                blocks.append(.bullets(perYear.map { y, n in
                    t("Plan year \(y.number) (\(w.date(y.first)) to \(w.date(y.last))): \(n) meeting\(n == 1 ? "" : "s")",
                      "Planjaar \(y.number) (\(w.date(y.first)) t/m \(w.date(y.last))): \(n) overleg\(n == 1 ? "" : "gen")")
                }))
            }
            for m in meetings {
                blocks.append(.heading(3, t("Meeting of ", "Overleg van ") + (w.date(m.string("date")) ?? "?")))
                let present = m.strings("attendees").map(c.memberWithParty)
                var facts: [Fact] = []
                if !present.isEmpty { facts.append(Fact(t("Present", "Aanwezig"), present.joined(separator: ", "))) }
                if let agenda = c.field(m, "agenda") { facts.append(Fact(t("Agenda", "Agenda"), agenda)) }
                if !facts.isEmpty { blocks.append(.facts(facts)) }
                if let minutes = c.field(m, "minutes") {
                    blocks.append(.paragraph(t("Minutes: ", "Notulen: ") + minutes))
                } else {
                    blocks.append(.note(t("No minutes recorded (§3.6).", "Geen notulen vastgelegd (§3.6).")))
                }
                let decisions = m.strings("decisions").map(c.text)
                if !decisions.isEmpty {
                    blocks.append(.paragraph(t("Decisions:", "Besluiten:")))
                    blocks.append(.bullets(decisions))
                }
            }
        }

        blocks.append(.heading(2, t("Progress report", "Voortgangsrapportage")))
        blocks += progress(c)

        blocks.append(.heading(2, t("Communication to the entrepreneurs", "Communicatie naar de ondernemers")))
        let communications = c.records("communications").sorted { ($0.string("date") ?? "", $0.id) < ($1.string("date") ?? "", $1.id) }
        if communications.isEmpty {
            blocks.append(.note(t("No communications are recorded (§3.7).", "Er is geen communicatie vastgelegd (§3.7).")))
        } else {
            blocks.append(.table(ReportTable(
                headers: [t("date", "datum"), t("channel", "kanaal"), t("reached", "bereik"), t("subject", "onderwerp"), t("progress", "voortgang")],
                rows: communications.map { m in
                    [w.date(m.string("date")) ?? "?", c.field(m, "channel") ?? "", audience(m.string("audience"), w), c.field(m, "subject") ?? "",
                     w.yesNo(m.bool("progress"))]
                })))
        }
        return Document(title: t("Meetings and progress report", "Verslaglegging overleggen en voortgangsrapportage"), preface: c.preface(),
                        language: c.language, blocks: blocks, fileName: t("meetings", "overleggen"))
    }

    /// The measures per plan year by status, done ones by name.
    static func progress(_ c: ReportContext) -> [Block] {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let w = c.words
        let measures = c.records("measures")
        guard !measures.isEmpty else {
            return [.note(t("No measures are recorded.", "Er zijn geen maatregelen vastgelegd."))]
        }
        let years = c.checks.planYears
        func year(of m: Record) -> Int? {
            guard let first = m.strings("quarters").compactMap({ Quarter($0) }).min() else { return nil }
            return PlanCalendar.year(of: first, in: years)?.number
        }
        let statuses = ["done", "in-progress", "planned", "dropped"]
        var rows: [[String]] = []
        for y in (years.isEmpty ? [] : [1, 2, 3]) + [0] {
            let list = measures.filter { (year(of: $0) ?? 0) == y }
            if list.isEmpty { continue }
            let label = y == 0 ? t("not in a plan year", "buiten de planjaren") : t("plan year \(y)", "planjaar \(y)")
            rows.append([label] + statuses.map { s in "\(list.filter { ($0.string("status") ?? "planned") == s }.count)" } + ["\(list.count)"])
        }
        var out: [Block] = [.paragraph(t("Measures by the plan year of their first quarter:", "Maatregelen naar het planjaar van hun eerste kwartaal:")),
                            .table(ReportTable(headers: [t("plan year", "planjaar"), t("done", "gereed"), t("in progress", "in uitvoering"),
                                                         t("planned", "gepland"), t("dropped", "vervallen"), t("total", "totaal")],
                                               rows: rows, numeric: [1, 2, 3, 4, 5]))]
        let done = measures.filter { $0.string("status") == "done" }.sorted { ($0.string("done") ?? "", $0.id) < ($1.string("done") ?? "", $1.id) }
        if !done.isEmpty {
            out.append(.paragraph(t("Executed:", "Uitgevoerd:")))
            out.append(.bullets(done.map { m in
                "\(m.id) " + (c.field(m, "title") ?? "") + (w.date(m.string("done")).map { " (" + $0 + ")" } ?? "")
            }))
        }
        return out
    }

    static func audience(_ a: String?, _ w: Wording) -> String {
        switch a {
        case "all-entrepreneurs": w.t("all entrepreneurs", "alle ondernemers")
        case "association-members": w.t("association members", "leden van de vereniging")
        case "workgroup": w.t("the workgroup", "de werkgroep")
        case "public": w.t("the public", "publiek")
        case "other": w.t("other", "anders")
        default: a ?? ""
        }
    }
}
