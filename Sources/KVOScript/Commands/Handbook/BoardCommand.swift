import KVOModel
import KVOPlanning

extension CommandSpec {
    /// What the shell runs to draw the board again after a vote.
    package static let boardName = "board"

    static let board = CommandSpec(
        name: boardName, group: .handbook,
        summary: Message(en: "the vote board: each party's score per theme, the running consensus and agreement",
                         nl: "het stembord: de score van elke partij per thema, de consensus tot nu toe en de overeenstemming"),
        syntax: [.optional([.word(BoardArguments.state, .choice(["on", "off"]))])],
        example: "board",
        details: Message(
            en: "A grid of the themes (rows, in the order of the running consensus) and the parties (columns, by ID, their names in the legend below): each cell is the party's urgency/means (5/3), its rank (#2), or · when it has not scored the theme. Beside it the consensus place and the Borda points, below it the agreement (Kendall's W) and who has not voted yet: the same figures as prioritise, from the same votes and evidence. At the prompt, once the board has been shown it is drawn again after every vote (and every undo of one); 'board off' stops that, 'board on' starts it without showing the board now.",
            nl: "Een raster van de thema's (rijen, in de volgorde van de consensus tot nu toe) en de partijen (kolommen, op ID, met hun namen in de legenda eronder): elke cel is de urgentie/middelen van de partij (5/3), haar rang (#2), of · als ze het thema nog niet scoorde. Ernaast de plaats in de consensus en de Borda-punten, eronder de overeenstemming (Kendall's W) en wie nog niet stemde: dezelfde cijfers als prioriteer, uit dezelfde stemmen en onderbouwing. Aan de prompt wordt het bord, als het eenmaal getoond is, na elke stem (en elke ongedaan gemaakte stem) opnieuw getekend; 'bord off' stopt dat, 'bord on' zet het aan zonder het bord nu te tonen."),
        arguments: BoardArguments.self,
        run: { arguments, context in
            let w = try context.workspace()
            if let state = arguments.state {
                context.environment.setBoard(try SwitchArguments.isOn(state, in: context))
                return
            }
            context.environment.setBoard(true)
            context.write(VoteBoard(dossier: w.dossier, language: context.language).rendered(width: context.width))
        })
}

/// `board [on|off]`.
struct BoardArguments: CommandArguments {
    static let state = SlotName("state")
    let state: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) { state = try a.optionalWord(Self.state) }
}

/// The grid `board` draws: read from the same `ThemePriority` as `prioritise`, so the board and
/// the ranking can never disagree.
struct VoteBoard {
    let dossier: Dossier
    let language: Language

    func rendered(width: Int) -> String {
        let catalogue = ThemeCatalogue.handbook
        let votes = ThemePriority.votes(in: dossier)
        let priority = try? ThemePriority.compute(dossier)
        let parties = dossier.parties.map(\.id)
        let order = (priority?.order ?? []) + catalogue.themes.map(\.id).filter { !(priority?.order.contains($0) ?? false) }
        let place = Dictionary(uniqueKeysWithValues: (priority?.order ?? []).enumerated().map { ($1, $0 + 1) })
        let rows: [[String]] = order.map { theme in
            let cells = parties.map { party in Self.cell(votes.scores[party]?[theme]) }
            let points = priority?.borda.scores[theme].map { language.number($0, decimals: 1) } ?? ""
            let name = catalogue.theme(theme)?.name(language) ?? theme
            return [place[theme].map(String.init) ?? "", theme + " " + name] + cells + [points]
        }
        let headers = ["#", Message(en: "theme", nl: "thema").text(language)] + parties + ["Borda"]
        var out = Message(en: "Vote board", nl: "Stembord").text(language) + "\n"
        // The theme column need not take all the room a long name asks: about 34 characters keep
        // the scores next to the names they belong to on a projector.
        let needed = 3 + 36 + parties.count * 6 + 8
        out += Table(headers: headers, rows: rows).rendered(width: min(width, needed))
        out += TextLayout.fitted(notes(priority, votes: votes, parties: parties).text(language), width: width)
        return out
    }

    /// A party's score of a theme in at most five characters: `5/3`, `#2`, `5/-`, or `·`.
    static func cell(_ score: Votes.Score?) -> String {
        guard let score else { return "·" }
        if let rank = score.rank { return "#\(rank)" }
        return "\(score.urgency.map(String.init) ?? "-")/\(score.means.map(String.init) ?? "-")"
    }

    func notes(_ priority: ThemePriority?, votes: Votes, parties: [String]) -> Message {
        let name: (String) -> String = { id in dossier.record(id, as: PartyRecord.self)?.name.map { "\(id) \($0)" } ?? id }
        var lines: [Message] = [Message(en: "Cells: urgency/means, #rank, · not scored.", nl: "Cellen: urgentie/middelen, #rang, · niet gescoord.")]
        if !parties.isEmpty { lines.append(Message(en: "Parties: ", nl: "Partijen: ") + parties.map(name).joined(separator: "; ")) }
        let voted = parties.filter { votes.scores[$0]?.isEmpty == false }
        lines.append(Message(en: "Voted: \(voted.count) of \(parties.count) parties.", nl: "Gestemd: \(voted.count) van \(parties.count) partijen."))
        let waiting = parties.filter { !voted.contains($0) }
        if !waiting.isEmpty { lines.append(Message(en: "Not voted yet: ", nl: "Nog niet gestemd: ") + waiting.map(name).joined(separator: "; ")) }
        guard let priority else {
            lines.append(Message(en: "No consensus yet: no votes and no evidence.", nl: "Nog geen consensus: geen stemmen en geen onderbouwing."))
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(Message(en: "Consensus: ", nl: "Consensus: ") + priority.order.joined(separator: " > "))
        if let a = priority.agreement {
            let w = language.number(a.w, decimals: 2)
            lines.append(Message(en: "Agreement (Kendall's W): \(w) over \(a.voters) parties and \(a.items.count) themes.",
                                 nl: "Overeenstemming (Kendall's W): \(w) over \(a.voters) partijen en \(a.items.count) thema's."))
        } else {
            lines.append(Message(en: "Agreement cannot be measured yet: fewer than 2 parties or 2 themes scored by all.",
                                 nl: "Overeenstemming is nog niet te meten: minder dan 2 partijen of 2 door allen gescoorde thema's."))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
