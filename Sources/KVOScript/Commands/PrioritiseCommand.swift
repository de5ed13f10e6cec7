import KVOModel
import KVOPlanning

extension CommandSpec {
    static let prioritise = CommandSpec(
        name: "prioritise", aliases: ["prioritize", "prioriteren"], group: .handbook,
        summary: "rank the themes from the parties' votes and the evidence: consensus, agreement and who differs most",
        syntax: [.optional([.literal("as"), .word("format", .choice(["table", "json"]))])],
        options: [OptionSpec("evidence-weight", value: .text, summary: "how many parties the evidence counts as (default 1; 0 leaves it out)")],
        example: "prioritise --evidence-weight 2",
        details: """
            Method (docs/prioritisation.md): each party's votes (vote PARTY THEME urgency=.. means=..) give its ranking of the themes: by rank when it ranked every theme, else by urgency and then means, equal scores tied; themes it did not score count below the ones it did. The evidence of the safety analysis gives one more ranking: per theme the mean of its parts, each scaled 0 to 1 over the themes — the survey's share of answers reporting a problem, the incidents counted for the theme against the highest theme count, the negative inspection findings (a recurring one twice) against the highest. The consensus is the exact Kemeny-Young ranking over the party rankings plus the evidence ranking counted --evidence-weight times (default 1: as much as one party): the order that agrees with the most pairwise preferences, found by dynamic programming over subsets of themes. The Borda ranking over the same rankings stands beside it. Agreement is Kendall's W (1 = all parties rank alike, 0 = no agreement) over the parties only, on the themes every party scored; for each theme the parties furthest from the consensus are named. Without votes the ranking is the evidence's alone. plan follows this ranking unless the workgroup recorded its own (priorities with a rank).
            """,
        action: { context in
            let w = try context.workspace()
            let dutch = context.language == .nl
            var weight = 1
            if let word = context.arguments.options["evidence-weight"]?.value {
                guard let n = Int(word.text), (0...10).contains(n) else {
                    throw context.error("--evidence-weight expects a whole number from 0 to 10, got '\(word.text)'", at: word.location, length: word.length)
                }
                weight = n
            }
            let priority: ThemePriority
            do {
                priority = try ThemePriority.compute(w.dossier, evidenceWeight: weight)
            } catch ThemePriority.Failure.nothingToRank {
                throw context.error(dutch ? "er zijn geen stemmen en geen onderbouwing om te rangschikken" : "there are no votes and no evidence to rank by",
                                    hint: dutch ? "stem met: vote PARTIJ THEMA urgency=1..5 means=1..5" : "record votes with: vote PARTY THEME urgency=1..5 means=1..5")
            } catch ThemePriority.Failure.tooManyThemes(let n) {
                throw context.error("cannot rank \(n) themes exactly (at most \(KemenyYoung.maxItems))")
            } catch {
                throw context.error("cannot rank: \(error)")
            }
            let kemeny = priority.kemeny, borda = priority.borda, agreement = priority.agreement, spread = priority.spread
            let parties = priority.parties
            let partyName: (String) -> String = { id in w.dossier.record(id)?.record.fields["name"]?.stringValue ?? id }
            let themeName: (String) -> String = { id in
                ThemeCatalogue.handbook.theme(id).map { dutch ? $0.dutch : $0.english } ?? id
            }
            let evidenceCounted = priority.evidenceRanking != nil && (weight > 0 || parties.isEmpty)
            if context.arguments.word("format")?.text == "json" {
                context.write(JSONWriter.string(.object([
                    "kemeny": .array(kemeny.order.map(JSONValue.string)),
                    "kemenyUnique": .bool(kemeny.isUnique),
                    "borda": .array(borda.order.map(JSONValue.string)),
                    "bordaScores": .object(borda.scores.mapValues(JSONValue.number)),
                    "kendallW": agreement.map { .number($0.w) } ?? .null,
                    "parties": .array(parties.map(JSONValue.string)),
                    "evidence": .object(priority.evidenceScores.mapValues(JSONValue.number)),
                    "evidenceWeight": .number(Double(evidenceCounted ? max(weight, 1) : 0)),
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
                let evidence = priority.evidenceScores[theme].map { Value.format(($0 * 100).rounded() / 100) } ?? ""
                return ["\(i + 1)", theme, themeName(theme), "\(bordaPlace[theme] ?? 0)", Value.format(score), bar, evidence, far]
            }
            let headers = dutch ? ["#", "thema", "", "Borda", "punten", "", "onderbouwing", "wijkt het meest af"]
                                : ["#", "theme", "", "Borda", "points", "", "evidence", "furthest from consensus"]
            context.write(Table(headers: headers, rows: rows).rendered(width: context.width))
            var notes: [String] = []
            if evidenceCounted {
                let times = parties.isEmpty ? 1 : weight
                notes.append(parties.isEmpty
                    ? (dutch ? "Geen stemmen: de rangschikking volgt de onderbouwing (enquête, incidenten, schouw) alleen."
                             : "No votes: the ranking follows the evidence (survey, incidents, inspections) alone.")
                    : (dutch ? "De onderbouwing telt mee als \(times == 1 ? "één partij" : "\(times) partijen") (--evidence-weight)."
                             : "The evidence counts as \(times == 1 ? "one party" : "\(times) parties") (--evidence-weight)."))
            } else if priority.evidenceRanking != nil {
                notes.append(dutch ? "De onderbouwing telt niet mee (--evidence-weight 0)." : "The evidence is left out (--evidence-weight 0).")
            } else {
                notes.append(dutch ? "Er is geen onderbouwing (enquête, incidenten, schouw) om mee te wegen." : "There is no evidence (survey, incidents, inspections) to weigh in.")
            }
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
            for (party, missing) in priority.incomplete.sorted(by: { $0.key < $1.key }) where !missing.isEmpty {
                notes.append((dutch ? "Onvolledige stem van " : "Incomplete votes of ") + partyName(party) + ": " + missing.sorted().joined(separator: ", "))
            }
            let voted = Set(priority.partyRankings.values.flatMap(\.items))
            let unvoted = ThemeCatalogue.handbook.themes.map(\.id).filter { !voted.contains($0) }
            if !unvoted.isEmpty && !parties.isEmpty {
                notes.append((dutch ? "Zonder stemmen: " : "Not voted on: ") + unvoted.joined(separator: ", "))
            }
            context.write(notes.joined(separator: "\n") + "\n")
        })
}
