import KVOModel
import KVOPlanning

/// The minutes' account of the amendments (every changed field, old and new, by record) and of
/// the points left open.
extension MinutesReport {
    static func amendments(_ c: ReportContext, _ s: SessionRecord) -> [Block] {
        var blocks: [Block] = [.heading(2, c.text(Message(en: "Amendments", nl: "Wijzigingen")))]
        let schema = c.dossier.schema
        let kindOrder = Dictionary(uniqueKeysWithValues: schema.kinds.enumerated().map { ($1.name, $0) })
        // The votes have their own section and what the planner alone changed is the plan's
        // decision; the rest by kind in the dossier's order, within a kind as the session went.
        let planned = s.plannedOnly
        let shown = s.netChanges.filter { $0.kind != RecordKind.votes.name && !planned.contains($0.id) }
        let changes = shown.enumerated().sorted { a, b in
            let (ka, kb) = (kindOrder[a.element.kind] ?? 0, kindOrder[b.element.kind] ?? 0)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
        guard !changes.isEmpty else {
            blocks.append(.note(c.text(shown.count < s.netChanges.count
                ? Message(en: "No records were changed in this session besides the votes and the plan.", nl: "Naast de stemmen en het plan zijn in deze sessie geen gegevens gewijzigd.")
                : Message(en: "No records were changed in this session.", nl: "In deze sessie zijn geen gegevens gewijzigd."))))
            return blocks
        }
        var rows: [[String]] = []
        for change in changes {
            guard let kind = schema.kind(named: change.kind) else { continue }
            let fieldRows = rowsOfFields(change, kind: kind, c)
            for (i, row) in fieldRows.enumerated() { rows.append((i == 0 ? [label(change, kind: kind, c)] : [""]) + row) }
        }
        let headers = [Message(en: "record", nl: "gegeven"), Message(en: "field", nl: "veld"), Message(en: "old", nl: "oud"), Message(en: "new", nl: "nieuw")]
        blocks.append(.table(Table(headers: headers.map(c.text), rows: rows)))
        let byPlan = s.netChanges.filter { planned.contains($0.id) }.count
        if byPlan > 0 {
            let records = Noun(en: "record", "records", nl: "gegeven", "gegevens").counted(byPlan)
            blocks.append(.note(c.text(Message(en: "The plan changed \(records.en) besides; they are summed up under Decisions.",
                                               nl: "Het plan wijzigde daarnaast \(records.nl); die staan samengevat onder Besluiten."))))
        }
        return blocks
    }

    /// Field, old value, new value, for each field the change made different.
    static func rowsOfFields(_ change: Change, kind: RecordKind, _ c: ReportContext) -> [[String]] {
        if change.after == nil { return [[c.text(Message(en: "(removed)", nl: "(verwijderd)")), "", ""]] }
        var rows: [[String]] = []
        for field in kind.fields where change.before?[field.name] != change.after?[field.name] {
            let old = value(change.before?[field.name], field, c), new = value(change.after?[field.name], field, c)
            // A personal field shows that it changed, not what it holds (§3.2).
            if old == new && c.shows(field) { continue }
            rows.append([fieldName(field.name, c.language), old.isEmpty ? "—" : old, new.isEmpty ? "—" : new])
        }
        return rows
    }

    /// "M-12 Camera bij de ingang", "PA-1 Ondernemersvereniging De Hoek", "V-54".
    static func label(_ change: Change, kind: RecordKind, _ c: ReportContext) -> String {
        // A section that exists once is named by its summary's head: "the plan of action".
        if kind.isSingleton { return c.text(kind.summary.map { String($0.prefix { $0 != ":" }) }) }
        let record = change.after ?? change.before
        switch kind.name {
        case RecordKind.measures.name:
            if let title = record.flatMap({ MeasureRecord($0).title }) { return change.id + " " + c.text(title) }
        case RecordKind.votes.name:
            if let v = record.map(VoteRecord.init) { return change.id + " " + c.partyName(v.party) + ": " + c.themeName(v.theme) }
        case RecordKind.priorities.name:
            if let p = record.map(PriorityRecord.init) { return change.id + " " + c.themeName(p.theme) }
        default:
            break
        }
        let name = c.name(of: change.id)
        return name == change.id ? change.id : change.id + " " + (name ?? "")
    }

    static func fieldName(_ name: String, _ language: Language) -> String {
        language == .nl ? DutchNames.fields[name] ?? name : name
    }

    /// A field's value as the minutes show it: a choice in the report's language, a list joined,
    /// a text scrubbed; personal fields left out unless the minutes were made with personal data.
    static func value(_ v: JSONValue?, _ field: FieldSpec, _ c: ReportContext) -> String {
        guard let v, v != .null else { return "" }
        guard c.shows(field) else { return c.text(Message(en: "(left out, §3.2)", nl: "(weggelaten, §3.2)")) }
        return text(v, field.type, c)
    }

    static func text(_ v: JSONValue, _ type: FieldType, _ c: ReportContext) -> String {
        switch v {
        case .null: return ""
        case .bool(let b): return c.language.yesNo(b)
        case .number(let n): return JSONWriter.format(n)
        case .string(let s):
            if case .choice = type, c.language == .nl { return DutchNames.choices[s] ?? s }
            if case .date = type, let day = Day(s) { return c.language.date(day) }
            return c.text(s)
        case .array(let items):
            let element: FieldType = if case .list(let e) = type { e } else { type }
            return items.map { text($0, element, c) }.joined(separator: ", ")
        case .object: return "…"
        }
    }

    /// Measures behind schedule as of the session's day, measures to do without a party or a
    /// quarter, and, after votes, the themes a party left unscored.
    static func openPoints(_ c: ReportContext, _ s: SessionRecord) -> [String] {
        var out: [String] = []
        let toDo = c.measures.filter { $0.status != .done && $0.status != .dropped }
        for m in toDo {
            let title = m.title.map { " " + c.text($0) } ?? ""
            if let last = m.quarters.max(), last.lastDay < s.date {
                out.append(c.text(Message(en: "\(m.id)\(title): planned up to \(last), not done yet", nl: "\(m.id)\(title): gepland t/m \(last), nog niet gereed")))
            } else if m.quarters.isEmpty {
                out.append(c.text(Message(en: "\(m.id)\(title): not planned in a quarter yet", nl: "\(m.id)\(title): nog in geen kwartaal gepland")))
            } else if m.party == nil {
                out.append(c.text(Message(en: "\(m.id)\(title): no party carries it yet", nl: "\(m.id)\(title): nog geen partij voert haar uit")))
            }
        }
        guard !s.netChanges(of: .votes).isEmpty, let priority = try? ThemePriority.compute(c.dossier) else { return out }
        for (party, missing) in priority.incomplete.sorted(by: { $0.key < $1.key }) where !missing.isEmpty {
            out.append(c.text(Message(en: "Votes of ", nl: "Stemmen van ")) + c.partyName(party)
                       + c.text(Message(en: " still lack: ", nl: " ontbreken nog voor: ")) + missing.sorted().joined(separator: ", "))
        }
        return out
    }
}
