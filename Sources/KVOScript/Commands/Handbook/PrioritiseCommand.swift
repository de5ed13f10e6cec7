import KVOModel
import KVOPlanning

extension CommandSpec {
    static let prioritise = CommandSpec(
        name: "prioritise", aliases: ["prioritize", "prioriteren"], group: .handbook,
        summary: Message(en: "rank the themes from the parties' votes and the evidence: consensus, agreement and who differs most",
                         nl: "de thema's rangschikken op de stemmen van de partijen en de onderbouwing: consensus, overeenstemming en wie het meest afwijkt"),
        syntax: [.optional([.literal("as"), .word(SlotName.format, .choice(Slot.tableFormats + ["xlsx"]))])],
        options: [OptionSpec(PrioritiseArguments.evidenceWeight, value: .text, summary: Message(en: "how many parties the evidence counts as (default 1; 0 leaves it out)",
                                                                               nl: "voor hoeveel partijen de onderbouwing telt (standaard 1; 0 laat haar weg)")),
                  OptionSpec(PrioritiseArguments.adopt, summary: Message(en: "record the consensus as the workgroup's priorities (§4.1.4), with the date and the parties present: one change",
                                                       nl: "de consensus vastleggen als de prioriteiten van de werkgroep (§4.1.4), met de datum en de aanwezige partijen: één wijziging")),
                  OptionSpec(PrioritiseArguments.present, value: .text, summary: Message(en: "with --adopt: the parties present, IDs or names separated by commas (default: the parties that voted)",
                                                                       nl: "met --adopt: de aanwezige partijen, ID's of namen gescheiden door komma's (standaard: de partijen die stemden)"))],
        example: "prioritise --evidence-weight 2",
        details: Message(
            en: "Method (docs/prioritisation.md): each party's votes (vote PARTY THEME urgency=.. means=..) give its ranking of the themes: by rank when it ranked every theme, else by urgency and then means, equal scores tied; themes it did not score count below the ones it did. The evidence of the safety analysis gives one more ranking: per theme the mean of its parts, each scaled 0 to 1 over the themes — the survey's share of answers reporting a problem, the incidents counted for the theme against the highest theme count, the negative inspection findings (a recurring one twice) against the highest. The consensus is the exact Kemeny-Young ranking over the party rankings plus the evidence ranking counted --evidence-weight times (default 1: as much as one party): the order that agrees with the most pairwise preferences, found by dynamic programming over subsets of themes. The Borda ranking over the same rankings stands beside it. Agreement is Kendall's W (1 = all parties rank alike, 0 = no agreement) over the parties only, on the themes every party scored; for each theme the parties furthest from the consensus are named. Without votes the ranking is the evidence's alone. plan follows this ranking unless the workgroup recorded its own (priorities with a rank). --adopt records the consensus as the workgroup's priorities in one change (undo takes it back): each theme's rank, urgency and means (the median of the parties' scores), the date and the parties present (--present, else those that voted) in the analysis, and the written conclusion of §4.1.4 unless the workgroup wrote its own; plan then follows it and names the adoption.",
            nl: "Werkwijze (docs/prioritisation.md): de stemmen van elke partij (stem PARTIJ THEMA urgentie=.. middelen=..) geven haar rangschikking van de thema's: op rang als ze elk thema een rang gaf, anders op urgentie en dan middelen, met gelijke scores gelijk geplaatst; thema's die ze niet scoorde komen onder de gescoorde. De onderbouwing uit de veiligheidsanalyse geeft nog een rangschikking: per thema het gemiddelde van haar delen, elk over de thema's geschaald van 0 tot 1 — het deel van de antwoorden in de enquête dat een probleem meldt, de incidenten van het thema tegen het hoogste aantal van een thema, de negatieve bevindingen van de schouw (een terugkerende telt dubbel) tegen het hoogste aantal. De consensus is de exacte Kemeny-Young-rangschikking over de rangschikkingen van de partijen plus die van de onderbouwing, --evidence-weight keer geteld (standaard 1: evenveel als één partij): de volgorde die met de meeste paarsgewijze voorkeuren overeenkomt, gevonden met dynamisch programmeren over deelverzamelingen van thema's. De Borda-rangschikking over dezelfde rangschikkingen staat ernaast. De overeenstemming is Kendall's W (1 = alle partijen rangschikken gelijk, 0 = geen overeenstemming), alleen over de partijen en over de thema's die elke partij scoorde; per thema staan de partijen die het verst van de consensus af liggen erbij. Zonder stemmen volgt de rangschikking alleen de onderbouwing. plan volgt deze rangschikking, tenzij de werkgroep een eigen rangschikking vastlegde (prioriteiten met een rang). --adopt legt de consensus vast als de prioriteiten van de werkgroep, in één wijziging (ongedaan draait haar terug): per thema de rang, urgentie en middelen (de mediaan van de scores van de partijen), de datum en de aanwezige partijen (--present, anders die gestemd hebben) in de analyse, en de schriftelijke conclusie van §4.1.4 tenzij de werkgroep een eigen schreef; plan volgt haar dan en noemt de vaststelling."),
        arguments: PrioritiseArguments.self,
        run: { arguments, context in
            let w = arguments.adopt ? try context.writableWorkspace() : try context.workspace()
            let weight = try Self.evidenceWeight(arguments.evidenceWeight, context: context)
            let priority = try Self.themePriority(of: w.dossier, evidenceWeight: weight, context: context)
            let view = PriorityView(priority: priority, weight: weight, dossier: w.dossier, language: context.language)
            try view.write(context)
            guard context.outputFormat(default: .table) == .table else {
                if arguments.adopt { try Self.adopt(priority, context: context, workspace: w, present: arguments.present) }
                return
            }
            context.sayFitted(view.notes().joined(separator: "\n") + "\n")
            if arguments.adopt { try Self.adopt(priority, context: context, workspace: w, present: arguments.present) }
        })
}

extension CommandSpec {
    /// `--evidence-weight N`: how many parties the evidence counts as, 0 to 10 (default 1).
    static func evidenceWeight(_ word: ParsedArguments.Word?, context: CommandContext) throws -> Int {
        guard let word else { return 1 }
        guard let n = Int(word.text), (0...10).contains(n) else {
            throw context.error(Message(en: "--evidence-weight expects a whole number from 0 to 10, got '\(word.text)'",
                                        nl: "--evidence-weight verwacht een geheel getal van 0 tot 10, niet '\(word.text)'"),
                                at: word.location, length: word.length)
        }
        return n
    }

    /// The ranking of the themes from the votes and the evidence, or an error saying why there is none.
    static func themePriority(of dossier: Dossier, evidenceWeight weight: Int, context: CommandContext) throws -> ThemePriority {
        do {
            return try ThemePriority.compute(dossier, evidenceWeight: weight)
        } catch {
            switch error {
            case .nothingToRank:
                throw context.error(Message(en: "there are no votes and no evidence to rank by", nl: "er zijn geen stemmen en geen onderbouwing om te rangschikken"),
                                    hint: Message(en: "record votes with: vote PARTY THEME urgency=1..5 means=1..5",
                                                  nl: "stem met: stem PARTIJ THEMA urgentie=1..5 middelen=1..5"))
            case .tooManyThemes(let n):
                throw context.error(Message(en: "cannot rank \(n) themes exactly (at most \(KemenyYoung.maxItems))",
                                            nl: "\(n) thema's zijn niet exact te rangschikken (hoogstens \(KemenyYoung.maxItems))"))
            }
        }
    }
}

/// What `prioritise` shows of a ranking: the table (or JSON) and, on a terminal, the notes below it.
struct PriorityView {
    let priority: ThemePriority
    /// `--evidence-weight`.
    let weight: Int
    let dossier: Dossier
    let language: Language

    var parties: [String] { priority.parties }
    /// Whether the evidence was one of the rankings: weighed in, or all there is without votes.
    var evidenceCounted: Bool { priority.evidenceRanking != nil && (weight > 0 || parties.isEmpty) }
    func partyName(_ id: String) -> String { dossier.record(id, as: PartyRecord.self)?.name ?? id }
    func themeName(_ id: String) -> String { ThemeCatalogue.handbook.theme(id)?.name(language) ?? id }

    func json() -> JSONValue {
        let kemeny = priority.kemeny, borda = priority.borda, agreement = priority.agreement, spread = priority.spread
        return .object([
            "kemeny": .array(kemeny.order.map(JSONValue.string)),
            "kemenyUnique": .bool(kemeny.isUnique),
            // The number of orders that agree equally well, as the table's note gives it.
            "kemenyOptimalOrders": .number(Double(kemeny.optimalCount)),
            "borda": .array(borda.order.map(JSONValue.string)),
            "bordaScores": .object(borda.scores.mapValues(JSONValue.number)),
            "kendallW": agreement.map { .number($0.w) } ?? .null,
            "parties": .array(parties.map(JSONValue.string)),
            "evidence": .object(priority.evidenceScores.mapValues(JSONValue.number)),
            "evidenceWeight": .number(Double(evidenceCounted ? max(weight, 1) : 0)),
            "furthest": .object(spread.mapValues { .array($0.furthest.map(JSONValue.string)) }),
        ])
    }

    /// One row per theme in the consensus order: place, ID, name, Borda place and points, a bar
    /// of the points as long as the width allows, the evidence's score, the furthest parties.
    func rows(width: Int) -> [[String]] {
        let borda = priority.borda
        let bordaPlace = Dictionary(uniqueKeysWithValues: borda.order.enumerated().map { ($1, $0 + 1) })
        let top = borda.scores.values.max() ?? 1
        // Shorter bars on narrower terminals, so that names need not be cut.
        let barLength: Double = switch width {
        case ..<100: 6
        case ..<120: 10
        default: 20
        }
        return priority.kemeny.order.enumerated().map { i, theme in
            let score = borda.scores[theme] ?? 0
            let bar = String(repeating: "#", count: top > 0 ? Int((score / top * barLength).rounded()) : 0)
            let far = priority.spread[theme].map { $0.furthest.map(partyName).joined(separator: ", ") } ?? ""
            let evidence = priority.evidenceScores[theme].map { language.number($0, decimals: 2) } ?? ""
            return ["\(i + 1)", theme, themeName(theme), "\(bordaPlace[theme] ?? 0)", language.number(score, decimals: 1), bar, evidence, far]
        }
    }

    /// The ranking in the format asked: on a terminal the table with its bars, else the plain table or JSON.
    func write(_ context: CommandContext) throws {
        let rows = rows(width: context.width)
        let headers = ["#", Message(en: "theme", nl: "thema").text(language), "", "Borda", Message(en: "points", nl: "punten").text(language), "",
                       Message(en: "evidence", nl: "onderbouwing").text(language),
                       Message(en: "furthest from consensus", nl: "wijkt het meest af").text(language)]
        // The bar is for the screen; a spreadsheet or a file has the points.
        let keep = headers.indices.filter { $0 != 5 }
        let plain = Table(headers: keep.map { headers[$0] }, rows: rows.map { row in keep.map { row[$0] } })
        try context.writeResult(plain, json: json, sheet: Message(en: "priorities", nl: "prioriteiten"), fallback: .table,
                                terminal: {
            // Below 120 columns the names get the room: a theme's ID shares its cell with its name,
            // and the Borda place is left out (the notes give Borda's order when it differs).
            guard context.width < 120 else { return Table(headers: headers, rows: rows).rendered(width: context.width) }
            let narrow = rows.map { [$0[0], $0[1] + " " + $0[2], $0[4], $0[5], $0[6], $0[7]] }
            return Table(headers: [headers[0], headers[1], headers[4], headers[5], headers[6], headers[7]], rows: narrow).rendered(width: context.width)
        })
    }

    /// The notes under the table: what the evidence counted for, the agreement, ties, Borda's
    /// order when it differs, incomplete votes and themes nobody voted on.
    func notes() -> [Message] {
        let kemeny = priority.kemeny, borda = priority.borda
        var notes = [evidenceNote()]
        if let a = priority.agreement {
            let w = language.number(a.w, decimals: 2)
            notes.append(Message(en: "Agreement (Kendall's W): \(w) over \(a.voters) parties and \(a.items.count) themes.",
                                 nl: "Overeenstemming (Kendall's W): \(w) over \(a.voters) partijen en \(a.items.count) thema's."))
        } else {
            notes.append(Message(en: "Agreement cannot be measured: fewer than 2 parties or 2 themes scored by all.",
                                 nl: "Overeenstemming is niet te meten: minder dan 2 partijen of 2 door allen gescoorde thema's."))
        }
        if !kemeny.isUnique {
            notes.append(Message(en: "\(kemeny.optimalCount) orders agree equally well; this is the first by name.",
                                 nl: "Er zijn \(kemeny.optimalCount) even goede volgordes; deze is de eerste op naam."))
        }
        if kemeny.order != borda.order {
            notes.append(Message(en: "Borda ranks differently: ", nl: "Borda rangschikt anders: ") + borda.order.joined(separator: " > "))
        }
        for (party, missing) in priority.incomplete.sorted(by: { $0.key < $1.key }) where !missing.isEmpty {
            notes.append(Message(en: "Incomplete votes of ", nl: "Onvolledige stem van ") + partyName(party) + ": " + missing.sorted().joined(separator: ", "))
        }
        let voted = Set(priority.partyRankings.values.flatMap(\.items))
        let unvoted = ThemeCatalogue.handbook.themes.map(\.id).filter { !voted.contains($0) }
        if !unvoted.isEmpty && !parties.isEmpty {
            notes.append(Message(en: "Not voted on: ", nl: "Zonder stemmen: ") + unvoted.joined(separator: ", "))
        }
        return notes
    }

    /// What the evidence counted for in the ranking.
    func evidenceNote() -> Message {
        if evidenceCounted {
            let times = parties.isEmpty ? 1 : weight
            return parties.isEmpty
                ? Message(en: "No votes: the ranking follows the evidence (survey, incidents, inspections) alone.",
                          nl: "Geen stemmen: de rangschikking volgt alleen de onderbouwing (enquête, incidenten, schouw).")
                : Message(en: "The evidence counts as \(times == 1 ? "one party" : "\(times) parties") (--evidence-weight).",
                          nl: "De onderbouwing telt mee als \(times == 1 ? "één partij" : "\(times) partijen") (--evidence-weight).")
        } else if priority.evidenceRanking != nil {
            return Message(en: "The evidence is left out (--evidence-weight 0).", nl: "De onderbouwing telt niet mee (--evidence-weight 0).")
        }
        return Message(en: "There is no evidence (survey, incidents, inspections) to weigh in.",
                       nl: "Er is geen onderbouwing (enquête, incidenten, schouw) om mee te wegen.")
    }
}

extension CommandSpec {
    /// `prioritise --adopt`: the consensus shown becomes the workgroup's priorities, one change.
    static func adopt(_ priority: ThemePriority, context: CommandContext, workspace w: Workspace, present word: ParsedArguments.Word?) throws {
        let language = context.language
        let present = try word.map { try context.parties($0, in: w) } ?? priority.parties
        let day = context.environment.options.today
        let partyName: (String) -> String = { id in w.dossier.record(id, as: PartyRecord.self)?.name ?? id }
        let themeName: (String) -> String = { id in ThemeCatalogue.handbook.theme(id)?.name(language) ?? id }
        let places = priority.order.enumerated().map { "\($0 + 1). \($1) \(themeName($1))" }.joined(separator: ", ")
        let names = present.map(partyName)
        let w2 = priority.agreement.map { language.number($0.w, decimals: 2) }
        let evidence = priority.evidenceRanking != nil && (priority.evidenceWeight > 0 || priority.parties.isEmpty)
        let from = evidence ? Message(en: "the parties' votes and the evidence of the safety analysis", nl: "de stemmen van de partijen en de onderbouwing uit de veiligheidsanalyse")
                            : Message(en: "the parties' votes", nl: "de stemmen van de partijen")
        let conclusion = Message(
            en: "On \(day) the workgroup (\(names.isEmpty ? "no parties named" : Language.en.list(names))) adopted this ranking of the themes: \(places). It is the consensus (Kemeny-Young) of \(from.en)\(w2.map { "; agreement (Kendall's W) \($0)" } ?? "").",
            nl: "Op \(day) heeft de werkgroep (\(names.isEmpty ? "geen partijen genoemd" : Language.nl.list(names))) deze rangorde van de thema's vastgesteld: \(places). Het is de consensus (Kemeny-Young) van \(from.nl)\(w2.map { "; overeenstemming (Kendall's W) \($0)" } ?? "").")
        let adoption = ThemeAdoption.make(w.dossier, priority: priority, date: day, present: present, conclusion: conclusion.text(language))
        try RecordEditor(context: context, workspace: w, kind: .priorities).commit(adoption.changes)
        let parties = Noun(en: "party", "parties", nl: "partij", "partijen").counted(present.count)
        var said = Message(en: "Adopted on \(day) as the workgroup's priorities (", nl: "Op \(day) vastgesteld als de prioriteiten van de werkgroep (")
            + parties + Message(en: " present): ", nl: " aanwezig): ") + adoption.order.joined(separator: " > ") + ". "
        said = said + (adoption.wroteConclusion
            ? Message(en: "The written conclusion (§4.1.4) is filled. ", nl: "De schriftelijke conclusie (§4.1.4) is ingevuld. ")
            : Message(en: "The workgroup's own written conclusion is kept. ", nl: "De eigen schriftelijke conclusie van de werkgroep blijft staan. "))
        said = said + Message(en: "One change: undo takes it back.\n", nl: "Eén wijziging: met ongedaan draait u haar terug.\n")
        // JSON, CSV and the other formats stay one document: the sentence is for people.
        if context.outputFormat(default: .table) == .table { context.sayFitted(said) }
    }
}

extension CommandContext {
    /// Parties named in one word, separated by commas: IDs, names or the start of a name.
    func parties(_ word: ParsedArguments.Word, in w: Workspace) throws -> [String] {
        let parties = w.dossier.parties
        var ids: [String] = []
        for part in word.text.split(separator: ",").map({ String($0).trimmingBlanks() }) where !part.isEmpty {
            let lower = part.lowercased()
            let starting = parties.filter { $0.name?.lowercased().hasPrefix(lower) == true }
            guard let p = parties.first(where: { $0.id.lowercased() == lower }) ?? parties.first(where: { $0.name?.lowercased() == lower })
                ?? (starting.count == 1 ? starting[0] : nil) else {
                throw error(Message(en: "no party is '\(part)'", nl: "geen partij heet '\(part)'")
                            + Suggestion.phrase(for: part, in: parties.map(\.id) + parties.compactMap(\.name)),
                            at: word.location, length: word.length,
                            hint: Message(en: "list parties shows them; give IDs or names separated by commas",
                                          nl: "lijst partijen toont ze; geef ID's of namen, gescheiden door komma's"))
            }
            if !ids.contains(p.id) { ids.append(p.id) }
        }
        return ids
    }
}

/// `prioritise [as FORMAT] [--evidence-weight N] [--adopt [--present PARTIES]]`.
struct PrioritiseArguments: CommandArguments {
    static let evidenceWeight = SlotName("evidence-weight"), adopt = SlotName("adopt"), present = SlotName("present")
    let evidenceWeight: ParsedArguments.Word?
    let adopt: Bool
    let present: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) {
        evidenceWeight = try a.option(Self.evidenceWeight)?.value
        adopt = try a.flag(Self.adopt)
        present = try a.option(Self.present)?.value
    }
}
