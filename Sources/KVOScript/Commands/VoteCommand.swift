import KVOModel

extension CommandSpec {
    static let vote = CommandSpec(
        name: "vote", aliases: ["stem"], group: .handbook, summary: "record a party's score of a theme (urgency and means, 1 to 5, or a rank)",
        syntax: [.word("party", .recordID), .optional([.word("theme", .text)]), .fieldValues("score")],
        example: "vote politie T05 urgency=5 means=3",
        details: "Each party (not each person) scores each theme. Voting again for the same party and theme replaces the earlier score, as one undoable change. Scores are votes records (list votes). Without a theme, at a terminal, quick entry walks the party through every theme: urgency and then means, one keystroke each (1 to 5; Enter keeps the current score, s skips a theme, b goes back, q stops and records, Ctrl-C cancels); the whole walk is one change.",
        action: { context in
            let w = try context.writableWorkspace()
            guard let partyWord = context.arguments.word("party") else { return }
            let parties = w.dossier.records(w.schema.kind(named: "parties")!)
            // A party by ID or by name, as people say it in the room.
            let typed = partyWord.text.lowercased()
            let types = Self.partyTypes[typed] ?? [typed]
            let byType = parties.filter { types.contains($0.fields["type"]?.stringValue ?? "") }
            guard let party = parties.first(where: { $0.id == partyWord.text })
                ?? parties.first(where: { $0.fields["name"]?.stringValue?.lowercased() == typed })
                ?? (byType.count == 1 ? byType[0] : nil) else {
                let names = parties.map(\.id) + parties.compactMap { $0.fields["name"]?.stringValue }
                throw context.error(Message(en: "no party is '\(partyWord.text)'", nl: "geen partij heet '\(partyWord.text)'") + Suggestion.phrase(for: partyWord.text, in: names),
                                    at: partyWord.location, length: partyWord.length, hint: Message(en: "list parties shows them", nl: "lijst partijen toont ze"))
            }
            let kind = w.schema.kind(named: "votes")!
            guard let themeWord = context.arguments.word("theme") else {
                try Self.quickEntry(context, workspace: w, party: party, kind: kind)
                return
            }
            let theme = themeWord.text.uppercased()
            guard ThemeCatalogue.handbook.theme(theme) != nil else {
                throw context.error("there is no theme '\(themeWord.text)'", at: themeWord.location, length: themeWord.length,
                                    hint: "themes are T01 to T12: " + ThemeCatalogue.handbook.themes.map { "\($0.id) \($0.english)" }.joined(separator: ", "))
            }
            let scores = context.arguments.assignments("score")
            guard !scores.isEmpty else {
                throw context.error("no score given", at: themeWord.location, length: themeWord.length, hint: "usage: vote PARTY THEME urgency=1..5 means=1..5 (or rank=N)")
            }
            for s in scores where !["urgency", "means", "rank"].contains(s.name) {
                throw context.error(Message.untranslated("a vote has urgency, means or rank, not '\(s.name)'") + Suggestion.phrase(for: s.name, in: ["urgency", "means", "rank"]),
                                    at: s.location, length: s.name.count)
            }
            let existing = w.dossier.records(kind).first { $0.fields["party"]?.stringValue == party.id && $0.fields["theme"]?.stringValue == theme }
            var record = existing ?? Record(fields: ["id": .string(w.dossier.nextID(kind)), "party": .string(party.id), "theme": .string(theme)])
            let editor = RecordEditor(context: context, workspace: w, kind: kind)
            record = try editor.apply(scores, to: record)
            for name in ["urgency", "means"] {
                if case .number(let n)? = record[name], !(1...5).contains(n) {
                    let at = scores.first { $0.name == name }
                    throw context.error("\(name) is scored from 1 to 5, got \(JSONWriter.format(n))", at: at?.value.location, length: at?.value.length ?? 1)
                }
            }
            try editor.commit([Change(kind: kind.name, id: record.id, before: existing, after: record)])
            let summary = ["urgency", "means", "rank"].compactMap { name in record[name].map { "\(name) \(JSONWriter.format($0 == .null ? 0 : ($0.numberValue ?? 0)))" } }
            context.write("\(record.id): \(party.fields["name"]?.stringValue ?? party.id) scores \(theme) \(summary.joined(separator: ", "))\(existing == nil ? "" : " (replaces the earlier score)")\n")
        })
}

extension CommandSpec {
    /// `vote PARTY` without a theme: quick entry at the terminal, recorded as one change.
    static func quickEntry(_ context: CommandContext, workspace w: Workspace, party: Record, kind: RecordKind) throws {
        let dutch = context.language == .nl
        guard let readKey = context.interpreter.readKey, context.arguments.assignments("score").isEmpty else {
            throw context.error(context.arguments.assignments("score").isEmpty
                                ? "a vote needs a theme here: quick entry (vote PARTY without a theme) needs a terminal"
                                : "a vote needs a theme", hint: "vote PARTY THEME urgency=1..5 means=1..5")
        }
        let votes = w.dossier.records(kind).filter { $0["party"]?.stringValue == party.id }
        var current: [String: VoteQuickEntry.Score] = [:]
        var records: [String: Record] = [:]
        for v in votes {
            guard let t = v["theme"]?.stringValue else { continue }
            current[t] = VoteQuickEntry.Score(urgency: v["urgency"]?.numberValue.map { Int($0) }, means: v["means"]?.numberValue.map { Int($0) })
            records[t] = v
        }
        let name = party["name"]?.stringValue ?? party.id
        let entry = VoteQuickEntry(partyName: "\(name) (\(party.id))", themes: ThemeCatalogue.handbook.themes, current: current,
                                   readKey: readKey, write: { context.write($0) }, dutch: dutch)
        guard case .record(let scores) = entry.run() else { return }
        guard !scores.isEmpty else {
            context.write(dutch ? "Niets gewijzigd.\n" : "Nothing changed.\n")
            return
        }
        var next = (w.dossier.records(kind).compactMap { kind.number(of: $0.id) }.max() ?? 0) + 1
        var changes: [Change] = []
        for theme in ThemeCatalogue.handbook.themes.map(\.id) {
            guard let s = scores[theme] else { continue }
            let before = records[theme]
            var after = before ?? Record(fields: ["id": .string("\(kind.prefix ?? "V")-\(next)"), "party": .string(party.id), "theme": .string(theme)])
            if before == nil { next += 1 }
            after["urgency"] = s.urgency.map { .number(Double($0)) }
            after["means"] = s.means.map { .number(Double($0)) }
            changes.append(Change(kind: kind.name, id: after.id, before: before, after: after))
        }
        try RecordEditor(context: context, workspace: w, kind: kind).commit(changes)
        let added = changes.filter { $0.before == nil }.count
        context.write(dutch
            ? "\(name): \(changes.count) thema's gescoord (\(added) nieuw, \(changes.count - added) gewijzigd). Eén wijziging: undo draait haar terug.\n"
            : "\(name): \(changes.count) theme\(changes.count == 1 ? "" : "s") scored (\(added) new, \(changes.count - added) changed). One change: undo takes it back.\n")
    }

    /// Party types by the words people use in the room: `vote politie T05 ...`.
    static let partyTypes: [String: [String]] = [
        "politie": ["police"], "gemeente": ["municipality"], "brandweer": ["fire-region", "fire-municipal"],
        "fire": ["fire-region", "fire-municipal"], "ondernemers": ["association", "representative"],
        "ondernemersvereniging": ["association"], "vereniging": ["association"], "beveiliging": ["security"],
        "eigenaar": ["owner"],
    ]
}
