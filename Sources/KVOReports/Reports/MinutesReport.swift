import KVOModel
import KVOPlanning

/// The minutes of a workgroup session (§3.6 "Agenda en notulen van alle gehouden werkgroep
/// vergaderingen", §4.3.1 "De resultaten van de overlegbijeenkomsten worden schriftelijk
/// vastgelegd"), written from what happened in the session: date and those present, the votes
/// recorded with the consensus they give, the decisions (plan applied, priorities, measures added
/// or dropped), every amendment by record with its old and new values, and the points still open.
/// Like every report it is redacted unless made with personal data, and it never names a command.
package enum MinutesReport {
    package static func make(_ c: ReportContext, session s: SessionRecord) -> Document {
        let date = c.language.date(s.date)
        var blocks = attendance(c, s)
        blocks += votes(c, s)
        blocks.append(.heading(2, c.text(Message(en: "Decisions", nl: "Besluiten"))))
        let decided = decisions(c, s)
        blocks.append(decided.isEmpty ? .note(c.text(Message(en: "No decisions were taken in this session.", nl: "In deze sessie zijn geen besluiten genomen.")))
                                      : .bullets(decided))
        blocks += amendments(c, s)
        blocks.append(.heading(2, c.text(Message(en: "Open points", nl: "Openstaande punten"))))
        let open = openPoints(c, s)
        blocks.append(open.isEmpty ? .note(c.text(Message(en: "No open points.", nl: "Geen openstaande punten."))) : .bullets(open))
        return Document(title: c.text(Message(en: "Minutes of the workgroup meeting of \(date)", nl: "Notulen werkgroepoverleg van \(date)")),
                        preface: c.preface(), language: c.language, blocks: blocks,
                        fileName: c.text(Message(en: ReportKind.minutes.rawValue, nl: "notulen")) + "-\(s.date)")
    }

    /// The members of the workgroup on the day: joined by then (or undated) and not yet left.
    static func members(_ c: ReportContext, on day: Day) -> [MemberRecord] {
        c.members.filter { m in (m.joined.map { $0 <= day } ?? true) && (m.left.map { $0 > day } ?? true) }
    }

    static func attendance(_ c: ReportContext, _ s: SessionRecord) -> [Block] {
        var facts = [Fact(c.text(Message(en: "Date", nl: "Datum")), c.language.date(s.date))]
        if let present = s.present {
            facts.append(Fact(c.text(Message(en: "Present", nl: "Aanwezig")), present.isEmpty ? "-" : present.map(c.memberWithParty).joined(separator: ", ")))
            let absent = members(c, on: s.date).map(\.id).filter { !present.contains($0) }
            if !absent.isEmpty { facts.append(Fact(c.text(Message(en: "Absent", nl: "Afwezig")), absent.map(c.memberWithParty).joined(separator: ", "))) }
        } else {
            facts.append(Fact(c.text(Message(en: "Present", nl: "Aanwezig")), c.missing))
        }
        return [.heading(2, c.text(Message(en: "Date and attendance", nl: "Datum en aanwezigen"))), .facts(facts)]
    }

    /// The votes the session recorded, and the ranking of the themes they give with the evidence.
    static func votes(_ c: ReportContext, _ s: SessionRecord) -> [Block] {
        var blocks: [Block] = [.heading(2, c.text(Message(en: "Votes", nl: "Stemmen")))]
        let recorded = s.netChanges(of: .votes).compactMap { $0.after.map(VoteRecord.init) }
        guard !recorded.isEmpty else {
            blocks.append(.note(c.text(Message(en: "No votes were recorded in this session.", nl: "In deze sessie zijn geen stemmen vastgelegd."))))
            return blocks
        }
        let score = { (n: Int?) in n.map(String.init) ?? "" }
        // The columns are the votes' fields, named as the report's language names them.
        let fields = [VoteRecord.Field.party, VoteRecord.Field.theme, VoteRecord.Field.urgency, VoteRecord.Field.means, VoteRecord.Field.rank]
        blocks.append(.table(Table(headers: fields.map { fieldName($0, c.language) }, rows: recorded.map { v in
            [c.partyName(v.party), c.themeName(v.theme), score(v.urgency), score(v.means), score(v.rank)]
        })))
        guard let priority = try? ThemePriority.compute(c.dossier) else { return blocks }
        blocks.append(.heading(3, c.text(Message(en: "Consensus", nl: "Consensus"))))
        blocks.append(.paragraph(c.text(Message(
            en: "The ranking of the themes that agrees best with every party's votes and the evidence (Kemeny-Young):",
            nl: "De rangschikking van de thema's die het best past bij de stemmen van alle partijen en de onderbouwing (Kemeny-Young):"))))
        blocks.append(.table(Table(headers: ["#", fieldName(PriorityRecord.Field.theme, c.language)],
                                         rows: priority.order.enumerated().map { ["\($0.offset + 1)", c.themeName($0.element)] })))
        if let a = priority.agreement {
            let w = c.language.number(a.w, decimals: 2)
            blocks.append(.paragraph(c.text(Message(en: "Agreement between the parties (Kendall's W, 1 is full agreement): \(w) over \(a.voters) parties.",
                                                    nl: "Overeenstemming tussen de partijen (Kendall's W, 1 is volledig eens): \(w) over \(a.voters) partijen."))))
        }
        return blocks
    }

    /// What the workgroup decided: the plan applied, the priorities set, measures added or dropped.
    static func decisions(_ c: ReportContext, _ s: SessionRecord) -> [String] {
        var out: [String] = []
        if let plan = s.planApplied(in: c.dossier) {
            let measures = plan.filter { $0.kind == RecordKind.measures.name }
            let added = measures.filter { $0.before == nil }.count
            let moved = measures.filter { m in m.before.map { MeasureRecord($0).quarters } != m.after.map { MeasureRecord($0).quarters } && m.before != nil }.count
            let measure = Noun(en: "measure", "measures", nl: "maatregel", "maatregelen")
            let fixed = Noun(en: "fixed measure", "fixed measures", nl: "vaste maatregel", "vaste maatregelen")
            out.append(c.text(Message(
                en: "The plan of action was brought up to date: \(Language.en.count(moved, measure)) placed in the plan's quarters, \(Language.en.count(added, fixed)) added (§4.2.4, §4.2.5).",
                nl: "Het plan van aanpak is bijgewerkt: \(Language.nl.count(moved, measure)) in de kwartalen van het plan gezet, \(Language.nl.count(added, fixed)) toegevoegd (§4.2.4, §4.2.5).")))
            for m in measures {
                guard let before = m.before.map(MeasureRecord.init), let after = m.after.map(MeasureRecord.init), before.quarters != after.quarters else { continue }
                let quarters = { (q: [Quarter]) in q.isEmpty ? "—" : q.map(\.description).joined(separator: ", ") }
                out.append(after.id + (after.title.map { " " + c.text($0) } ?? "") + ": " + quarters(before.quarters) + " → " + quarters(after.quarters))
            }
        }
        for change in s.netChanges(of: .priorities) {
            guard let after = change.after.map(PriorityRecord.init) else { continue }
            let before = change.before.map(PriorityRecord.init)
            var parts: [Message] = []
            if let rank = after.rank { parts.append(Message(en: "rank \(rank)", nl: "rang \(rank)")) }
            if let year = after.year {
                let was = before?.year.flatMap { $0 == year ? nil : $0 }
                parts.append(Message(en: "plan year \(year)", nl: "planjaar \(year)") + (was.map { Message(en: " (was \($0))", nl: " (was \($0))") } ?? .empty))
            }
            let what = parts.isEmpty ? .empty : ": " + parts.joined(separator: ", ")
            out.append(c.text(Message(en: "Priority of ", nl: "Prioriteit van ")) + c.themeName(after.theme) + c.text(what))
        }
        for change in s.netChanges(of: .measures) {
            guard let after = change.after.map(MeasureRecord.init) else { continue }
            let title = after.title.map(c.text) ?? after.id
            if change.before == nil, s.planApplied(in: c.dossier)?.contains(where: { $0.id == after.id }) != true {
                out.append(c.text(Message(en: "New measure \(after.id): ", nl: "Nieuwe maatregel \(after.id): ")) + title)
            } else if after.status == .dropped, change.before.map(MeasureRecord.init)?.status != .dropped {
                let reason = after.reason.map { " (" + c.text($0) + ")" } ?? ""
                out.append(c.text(Message(en: "Measure \(after.id) is dropped: ", nl: "Maatregel \(after.id) vervalt: ")) + title + reason)
            }
        }
        return out
    }
}
