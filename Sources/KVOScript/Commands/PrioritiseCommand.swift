import KVOModel
import KVOPlanning

extension CommandSpec {
    static let prioritise = CommandSpec(
        name: "prioritise", aliases: ["prioritize", "prioriteren"], group: .handbook,
        summary: "rank the themes from the parties' votes: consensus, agreement and who differs most",
        syntax: [.optional([.literal("as"), .word("format", .choice(["table", "json"]))])],
        example: "prioritise",
        details: """
            Each party's votes (vote PARTY THEME urgency=.. means=..) give its ranking of the themes: by rank when it ranked every theme, else by urgency and then means, equal scores tied; themes it did not score count below the ones it did. The consensus is the exact Kemeny-Young ranking (the order that agrees with the most party-pairwise preferences, found by dynamic programming over subsets of themes); the Borda ranking stands beside it. Agreement is Kendall's W (1 = all parties rank alike, 0 = no agreement) over the themes every party scored. For each theme the parties whose ranking lies furthest from the consensus are named. Evidence from the survey, incidents and inspections is not yet weighed in (see the issue on theme prioritisation).
            """,
        action: { context in
            let w = try context.workspace()
            let dutch = context.interpreter.options.language == "nl"
            var votes = Votes()
            for v in w.dossier.records(w.schema.kind(named: "votes")!) {
                guard let party = v.fields["party"]?.stringValue, let theme = v.fields["theme"]?.stringValue else { continue }
                func int(_ f: String) -> Int? { if case .number(let n)? = v.fields[f] { Int(n) } else { nil } }
                votes.record(party: party, theme: theme, Votes.Score(urgency: int("urgency"), means: int("means"), rank: int("rank")))
            }
            let rankings = votes.rankings().filter { !$0.value.items.isEmpty }
            guard rankings.count >= 1 else {
                throw context.error("no votes are recorded", hint: "record them with: vote PARTY THEME urgency=1..5 means=1..5")
            }
            let parties = rankings.keys.sorted()
            let themes = Array(Set(rankings.values.flatMap(\.items))).sorted()
            let ordered = parties.map { rankings[$0]! }
            let kemeny: KemenyYoung.Result
            do {
                kemeny = try KemenyYoung.consensus(ordered, items: themes)
            } catch {
                throw context.error("cannot rank: \(error)")
            }
            let borda = BordaCount.rank(ordered, items: themes)
            let agreement = KendallW.compute(ordered)
            let spread = Dictionary(Disagreement.measure(consensus: kemeny.order, voters: rankings).map { ($0.item, $0) }, uniquingKeysWith: { a, _ in a })
            let partyName: (String) -> String = { id in w.dossier.record(id)?.record.fields["name"]?.stringValue ?? id }
            let themeName: (String) -> String = { id in
                ThemeCatalogue.handbook.theme(id).map { dutch ? $0.dutch : $0.english } ?? id
            }
            if context.arguments.word("format")?.text == "json" {
                context.write(JSONWriter.string(.object([
                    "kemeny": .array(kemeny.order.map(JSONValue.string)),
                    "kemenyUnique": .bool(kemeny.isUnique),
                    "borda": .array(borda.order.map(JSONValue.string)),
                    "bordaScores": .object(borda.scores.mapValues(JSONValue.number)),
                    "kendallW": agreement.map { .number($0.w) } ?? .null,
                    "parties": .array(parties.map(JSONValue.string)),
                    "furthest": .object(spread.mapValues { .array($0.furthest.map(JSONValue.string)) }),
                ])))
                return
            }
            let bordaPlace = Dictionary(uniqueKeysWithValues: borda.order.enumerated().map { ($1, $0 + 1) })
            let top = borda.scores.values.max() ?? 1
            let rows: [[String]] = kemeny.order.enumerated().map { i, theme in
                let score = borda.scores[theme] ?? 0
                let bar = String(repeating: "#", count: top > 0 ? Int((score / top * 20).rounded()) : 0)
                let far = spread[theme].map { $0.furthest.map(partyName).joined(separator: ", ") } ?? ""
                return ["\(i + 1)", theme, themeName(theme), "\(bordaPlace[theme] ?? 0)", Value.format(score), bar, far]
            }
            let headers = dutch ? ["#", "thema", "", "Borda", "punten", "", "wijkt het meest af"]
                                : ["#", "theme", "", "Borda", "points", "", "furthest from consensus"]
            context.write(Table(headers: headers, rows: rows).rendered(width: context.width))
            var notes: [String] = []
            if let a = agreement {
                notes.append(dutch ? "Overeenstemming (Kendall's W): \(Value.format((a.w * 100).rounded() / 100)) over \(a.voters) partijen en \(a.items.count) thema's."
                                   : "Agreement (Kendall's W): \(Value.format((a.w * 100).rounded() / 100)) over \(a.voters) parties and \(a.items.count) themes.")
            } else {
                notes.append(dutch ? "Overeenstemming is niet te meten: minder dan 2 partijen of 2 gezamenlijk gescoorde thema's."
                                   : "Agreement cannot be measured: fewer than 2 parties or 2 themes scored by all.")
            }
            if !kemeny.isUnique {
                notes.append(dutch ? "Er zijn \(kemeny.optimalCount) even goede volgordes; deze is de eerste op naam."
                                   : "\(kemeny.optimalCount) orders agree equally well; this is the first by name.")
            }
            if kemeny.order != borda.order {
                notes.append(dutch ? "Borda rangschikt anders: " + borda.order.joined(separator: " > ")
                                   : "Borda ranks differently: " + borda.order.joined(separator: " > "))
            }
            for (party, missing) in votes.incomplete().sorted(by: { $0.key < $1.key }) where !missing.isEmpty {
                notes.append((dutch ? "Onvolledige stem van " : "Incomplete votes of ") + partyName(party) + ": " + missing.sorted().joined(separator: ", "))
            }
            let unvoted = ThemeCatalogue.handbook.themes.map(\.id).filter { !themes.contains($0) }
            if !unvoted.isEmpty {
                notes.append((dutch ? "Zonder stemmen: " : "Not voted on: ") + unvoted.joined(separator: ", "))
            }
            context.write(notes.joined(separator: "\n") + "\n")
        })
}
