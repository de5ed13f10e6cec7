import KVOModel

extension CommandSpec {
    static let vote = CommandSpec(
        name: "vote", aliases: ["stem"], group: .handbook,
        summary: Message(en: "record a party's score of a theme (urgency and means, 1 to 5, or a rank)",
                         nl: "de score van een partij voor een thema vastleggen (urgentie en middelen, 1 tot 5, of een rang)"),
        syntax: [.word(VoteArguments.party, .party), .optional([.word(VoteArguments.theme, .theme)]), .fieldValues(VoteArguments.scores)],
        example: "vote politie T05 urgency=5 means=3",
        details: Message(
            en: "Each party (not each person) scores each theme. The party is named by its ID, its name or its type in a word (politie, gemeente, brandweer); the theme by its ID (T05, T5) or its Dutch or English name or the start of it (overlast, nuisance). The scores are urgency=, means= (1 to 5) or rank=, in Dutch urgentie=, middelen= and rang=. Voting again for the same party and theme replaces the earlier vote whole (a rank given before is gone after a vote by urgency and means, and the reverse), as one undoable change. A rank is 1 to \(ThemeCatalogue.handbook.themes.count); two themes with the same rank from one party are a tie, and the vote says so. Scores are votes records (list votes), each dated with the session's date (--as-of, else today) when it is recorded or changed, so that a check or report as of an earlier date leaves it out. Without a theme, at a terminal, quick entry walks the party through every theme: urgency and then means, one keystroke each (1 to 5; Enter keeps the current score, s skips a theme, b goes back, q stops and records, Ctrl-C cancels); the whole walk is one change.",
            nl: "Elke partij (niet elke persoon) scoort elk thema. De partij noemt u bij het ID, de naam of het soort in één woord (politie, gemeente, brandweer); het thema bij het nummer (T05, T5) of de Nederlandse of Engelse naam of het begin ervan (overlast, nuisance). De scores zijn urgentie=, middelen= (1 tot 5) of rang=, in het Engels urgency=, means= en rank=. Opnieuw stemmen voor dezelfde partij en hetzelfde thema vervangt de eerdere stem helemaal (een eerder gegeven rang vervalt bij een stem met urgentie en middelen, en omgekeerd), als één wijziging die ongedaan kan worden gemaakt. Een rang is 1 tot en met \(ThemeCatalogue.handbook.themes.count); twee thema's met dezelfde rang van één partij staan gelijk, en de stem zegt dat. De scores zijn records votes (lijst stemmen), elk met de datum van de sessie (--as-of, anders vandaag) als datum wanneer hij wordt vastgelegd of gewijzigd, zodat een controle of rapport per een eerdere datum hem niet meetelt. Zonder thema loopt de snelle invoer aan een terminal met de partij alle thema's langs: eerst urgentie en dan middelen, met één toets per antwoord (1 tot 5; Enter houdt de huidige score, s slaat een thema over, b gaat terug, q stopt en legt vast, Ctrl-C breekt af); de hele ronde is één wijziging."),
        arguments: VoteArguments.self,
        run: { arguments, context in
            let w = try context.writableWorkspace()
            let partyWord = arguments.party
            let parties = w.dossier.parties
            // A party by ID or by name, as people say it in the room.
            let typed = partyWord.text.lowercased()
            let types = Self.partyTypes[typed] ?? PartyRecord.Kind(rawValue: typed).map { [$0] } ?? []
            let byType = parties.filter { p in p.type.map { types.contains($0) } ?? false }
            guard let party = parties.first(where: { $0.id == partyWord.text })
                ?? parties.first(where: { $0.name?.lowercased() == typed })
                ?? (byType.count == 1 ? byType[0] : nil) else {
                let names = parties.map(\.id) + parties.compactMap(\.name)
                throw context.error(Message(en: "no party is '\(partyWord.text)'", nl: "geen partij heet '\(partyWord.text)'") + Suggestion.phrase(for: partyWord.text, in: names),
                                    at: partyWord.location, length: partyWord.length, hint: Message(en: "list parties shows them", nl: "lijst partijen toont ze"))
            }
            guard let themeWord = arguments.theme else {
                try Self.quickEntry(context, workspace: w, party: party, scoresGiven: !arguments.scores.isEmpty)
                return
            }
            let theme = try context.theme(themeWord).id
            // The score's names in either language, stored under the English one.
            let scores = arguments.scores.map { s -> ParsedArguments.Assignment in
                var s = s
                s.name = Self.scoreField(s.name) ?? s.name
                return s
            }
            guard !scores.isEmpty else {
                throw context.error(Message(en: "no score given", nl: "er is geen score opgegeven"), at: themeWord.location, length: themeWord.length,
                                    hint: Message(en: "usage: vote PARTY THEME urgency=1..5 means=1..5 (or rank=N)",
                                                  nl: "gebruik: stem PARTIJ THEMA urgentie=1..5 middelen=1..5 (of rang=N)"))
            }
            for s in scores where !Self.scoreFields.contains(s.name) {
                throw context.error(Message(en: "a vote has urgency, means or rank, not '\(s.name)'", nl: "een stem heeft urgentie, middelen of rang, niet '\(s.name)'")
                                    + Suggestion.phrase(for: s.name, in: Self.scoreFields + Self.scoreFields.compactMap { DutchNames.fields[$0] }),
                                    at: s.location, length: s.name.count)
            }
            let existing = w.dossier.votes.first { $0.party == party.id && $0.theme == theme }
            var changes = w.changeSet()
            // A new vote replaces the earlier one whole, its kind of score included: a rank given
            // before does not outlive a vote by urgency and means (issue 18), nor the reverse.
            var vote = VoteRecord()
            if let existing { vote.id = existing.id }
            vote.party = party.id
            vote.theme = theme
            let editor = RecordEditor(context: context, workspace: w, kind: .votes)
            // Scores of 1 to 5 are the schema's ranges, checked as the editor applies them.
            vote.record = try editor.apply(scores, to: vote.record)
            let ties = try Self.checkRank(vote, among: w.dossier.votes, scores: scores, context: context)
            // A vote is dated by the session (--as-of or today), so a point in time before it leaves it out.
            vote.date = context.environment.options.today
            let id: String
            if let existing {
                changes.change(existing, to: vote)
                id = existing.id
            } else {
                id = changes.add(vote)
            }
            try editor.commit(changes, assignments: scores)
            let summary = Self.scoreFields.compactMap { name in
                vote.record[name].map { Self.scoreLabel(name) + " \(JSONWriter.format($0 == .null ? 0 : ($0.numberValue ?? 0)))" }
            }.joined(separator: ", ")
            let who = party.name ?? party.id
            context.say(Message(en: "\(id): \(who) scores \(theme) ", nl: "\(id): \(who) geeft \(theme) ") + summary
                        + (existing == nil ? .empty : Message(en: " (replaces the earlier score)", nl: " (vervangt de eerdere score)"))
                        + (ties.isEmpty ? .empty : Message(en: "; tied with \(Language.en.list(ties))", nl: "; gelijk met \(Language.nl.list(ties))")) + "\n")
        })

    /// A rank is a place among the themes: 1 to their number. Equal ranks within one party are
    /// a tie, as `Votes` reads them (documented in the help and docs/prioritisation.md); the themes
    /// it ties with are returned so that the vote's line says so and a slip is seen at once.
    static func checkRank(_ vote: VoteRecord, among votes: [VoteRecord], scores: [ParsedArguments.Assignment],
                          context: CommandContext) throws -> [String] {
        guard let rank = vote.rank else { return [] }
        let places = ThemeCatalogue.handbook.themes.count
        guard (1...places).contains(rank) else {
            let slot = scores.first { $0.name == VoteRecord.Field.rank }
            throw context.error(Message(en: "a rank is a place from 1 to \(places) (the number of themes), not \(rank)",
                                        nl: "een rang is een plaats van 1 tot en met \(places) (het aantal thema's), niet \(rank)"),
                                at: slot?.location, length: slot?.name.count ?? 0)
        }
        return votes.filter { $0.party == vote.party && $0.theme != vote.theme && $0.rank == rank }.compactMap(\.theme).sorted()
    }

    /// The fields of a vote that are scores, in the order a vote is shown.
    static let scoreFields = [VoteRecord.Field.urgency, VoteRecord.Field.means, VoteRecord.Field.rank]

    /// The score field a typed name stands for, in English or Dutch and in any case
    /// (`stem politie T05 urgentie=4 middelen=2`); nil when it names no score.
    static func scoreField(_ typed: String) -> String? {
        DutchNames.field(typed, among: scoreFields)
    }

    /// A score's name as the user reads it: the field's name, in Dutch its Dutch name (urgentie).
    static func scoreLabel(_ name: String) -> Message {
        Message(en: name, nl: DutchNames.fields[name] ?? name)
    }
}

extension CommandContext {
    /// The handbook theme a word names (`ThemeCatalogue.theme(matching:)`: T05, T5, overlast,
    /// Nuisance, brand), or an error that says which themes it could be.
    func theme(_ word: ParsedArguments.Word) throws -> Theme {
        let catalogue = ThemeCatalogue.handbook
        if let theme = catalogue.theme(matching: word.text) { return theme }
        let named = { (t: Theme) in "\(t.id) " + t.name }
        let candidates = catalogue.candidates(matching: word.text)
        if candidates.count > 1 {
            let en = Language.en.alternatives(candidates.map { named($0).en })
            let nl = Language.nl.alternatives(candidates.map { named($0).nl })
            throw error(Message(en: "'\(word.text)' could be \(en)", nl: "'\(word.text)' kan \(nl) zijn"),
                        at: word.location, length: word.length,
                        hint: Message(en: "type more of the name, or the theme's ID", nl: "typ meer van de naam, of het nummer van het thema"))
        }
        // Names only: the hint lists the IDs, and T13 is no typo of T03.
        let names = catalogue.themes.flatMap { [$0.name(language), $0.name(language.other)] }
        let all = catalogue.themes.map(named).joined(separator: ", ")
        throw error(Message(en: "there is no theme '\(word.text)'", nl: "er is geen thema '\(word.text)'") + Suggestion.phrase(for: word.text, in: names),
                    at: word.location, length: word.length,
                    hint: Message(en: "themes are T01 to T12: ", nl: "de thema's zijn T01 t/m T12: ") + all)
    }
}

extension CommandSpec {
    /// `vote PARTY` without a theme: quick entry at the terminal, recorded as one change.
    static func quickEntry(_ context: CommandContext, workspace w: Workspace, party: PartyRecord, scoresGiven: Bool) throws {
        guard let readKey = context.environment.readKey, !scoresGiven else {
            throw context.error(!scoresGiven
                                ? Message(en: "a vote needs a theme here: quick entry (vote PARTY without a theme) needs a terminal",
                                          nl: "een stem heeft hier een thema nodig: snelle invoer (stem PARTIJ zonder thema) kan alleen aan een terminal")
                                : Message(en: "a vote needs a theme", nl: "een stem heeft een thema nodig"),
                                hint: Message(en: "vote PARTY THEME urgency=1..5 means=1..5", nl: "stem PARTIJ THEMA urgentie=1..5 middelen=1..5"))
        }
        let votes = w.dossier.votes.filter { $0.party == party.id }
        var current: [String: VoteQuickEntry.Score] = [:]
        var records: [String: VoteRecord] = [:]
        for v in votes {
            guard let t = v.theme else { continue }
            current[t] = VoteQuickEntry.Score(urgency: v.urgency, means: v.means)
            records[t] = v
        }
        let name = party.name ?? party.id
        let entry = VoteQuickEntry(partyName: "\(name) (\(party.id))", themes: ThemeCatalogue.handbook.themes, current: current,
                                   readKey: readKey, write: { context.write($0) }, language: context.language)
        guard case .record(let scores) = entry.run() else { return }
        guard !scores.isEmpty else {
            context.say(Message(en: "Nothing changed.\n", nl: "Niets gewijzigd.\n"))
            return
        }
        var set = w.changeSet()
        for theme in ThemeCatalogue.handbook.themes.map(\.id) {
            guard let s = scores[theme] else { continue }
            let before = records[theme]
            // The walk's score replaces the earlier vote whole, as `vote PARTY THEME` does: a rank
            // recorded before does not stay to decide the party's order.
            var after = VoteRecord()
            if let before { after.id = before.id }
            after.party = party.id
            after.theme = theme
            after.urgency = s.urgency
            after.means = s.means
            // Dated by the session, as every vote (`vote PARTY THEME ...`).
            after.date = context.environment.options.today
            // Each theme scored is one change, new or changed (a kept score included, as always).
            if let before {
                set.change(before, to: after)
            } else {
                set.add(after)
            }
        }
        try RecordEditor(context: context, workspace: w, kind: .votes).commit(set)
        let changes = set.changes
        let added = changes.filter { $0.before == nil }.count
        let themes = Noun(en: "theme", "themes", nl: "thema", "thema's").counted(changes.count)
        context.say(Message(en: "\(name): ", nl: "\(name): ") + themes
                    + Message(en: " scored (\(added) new, \(changes.count - added) changed). One change: undo takes it back.\n",
                              nl: " gescoord (\(added) nieuw, \(changes.count - added) gewijzigd). Eén wijziging: met ongedaan draait u haar terug.\n"))
    }

    /// Party types by the words people use in the room: `vote politie T05 ...`.
    static let partyTypes: [String: [PartyRecord.Kind]] = [
        "politie": [.police], "gemeente": [.municipality], "brandweer": [.fireRegion, .fireMunicipal],
        "fire": [.fireRegion, .fireMunicipal], "ondernemers": [.association, .representative],
        "ondernemersvereniging": [.association], "vereniging": [.association], "beveiliging": [.security],
        "eigenaar": [.owner],
    ]
}

/// `vote PARTY [THEME] SCORE=N...`; without a theme, quick entry.
struct VoteArguments: CommandArguments {
    static let party = SlotName("party"), theme = SlotName("theme"), scores = SlotName("score")
    let party: ParsedArguments.Word
    let theme: ParsedArguments.Word?
    let scores: [ParsedArguments.Assignment]

    init(from a: ArgumentReader) throws(Diagnostic) {
        party = try a.word(Self.party)
        theme = try a.optionalWord(Self.theme)
        scores = try a.assignments(Self.scores)
    }
}
