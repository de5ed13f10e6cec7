import KVOModel

extension CommandSpec {
    static let vote = CommandSpec(
        name: "vote", aliases: ["stem"], group: .handbook, summary: "record a party's score of a theme (urgency and means, 1 to 5, or a rank)",
        syntax: [.word("party", .recordID), .word("theme", .text), .fieldValues("score")],
        example: "vote PA-3 T05 urgency=5 means=3",
        details: "Each party (not each person) scores each theme. Voting again for the same party and theme replaces the earlier score, as one undoable change. Scores are votes records (list votes).",
        action: { context in
            let w = try context.writableWorkspace()
            guard let partyWord = context.arguments.word("party"), let themeWord = context.arguments.word("theme") else { return }
            let parties = w.dossier.records(w.schema.kind(named: "parties")!)
            // A party by ID or by name, as people say it in the room.
            let typed = partyWord.text.lowercased()
            let types = Self.partyTypes[typed] ?? [typed]
            let byType = parties.filter { types.contains($0.fields["type"]?.stringValue ?? "") }
            guard let party = parties.first(where: { $0.id == partyWord.text })
                ?? parties.first(where: { $0.fields["name"]?.stringValue?.lowercased() == typed })
                ?? (byType.count == 1 ? byType[0] : nil) else {
                let names = parties.map(\.id) + parties.compactMap { $0.fields["name"]?.stringValue }
                throw context.error("no party is '\(partyWord.text)'" + Suggestion.phrase(for: partyWord.text, in: names),
                                    at: partyWord.location, length: partyWord.length, hint: "list parties shows them")
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
                throw context.error("a vote has urgency, means or rank, not '\(s.name)'" + Suggestion.phrase(for: s.name, in: ["urgency", "means", "rank"]),
                                    at: s.location, length: s.name.count)
            }
            let kind = w.schema.kind(named: "votes")!
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
    /// Party types by the words people use in the room: `vote politie T05 ...`.
    static let partyTypes: [String: [String]] = [
        "politie": ["police"], "gemeente": ["municipality"], "brandweer": ["fire-region", "fire-municipal"],
        "fire": ["fire-region", "fire-municipal"], "ondernemers": ["association", "representative"],
        "ondernemersvereniging": ["association"], "vereniging": ["association"], "beveiliging": ["security"],
        "eigenaar": ["owner"],
    ]
}
