import KVOModel

/// §4.1.4 (should): the parties come to "zoveel mogelijk consensus" on the ranking of the themes, measured by Kendall's W; flags the themes they disagree on most.
///
/// Measure. Each party's votes become a ranking of the themes: by its own `rank` when it gave one
/// for every theme, otherwise by urgency (highest first) with means breaking ties; equal scores
/// share the average rank. Over the themes every voting party scored, Kendall's coefficient of
/// concordance W (with the correction for ties) runs from 0 (no agreement) to 1 (the same ranking).
/// The handbook sets no measure ("zoveel mogelijk consensus"), so no W fails the rule: a W of 0.50
/// or more is kvo's guidance (Handbook.Analysis.consensusGuidanceHundredths), and below it the rule
/// advises, saying it is kvo's guidance. A theme is flagged when the parties place it at least
/// half the list apart (highest rank − lowest rank ≥ number of themes ÷ 2).
struct AnalysisConsensus: RuleEvaluator {
    let id = "KVO-4.1.4-CONSENSUS"
    /// kvo's guidance, in hundredths of W: not a handbook requirement.
    static let guidance = Handbook.Analysis.consensusGuidanceHundredths

    typealias PartyRanking = (party: String, ranks: [String: Double])

    func evaluate(_ c: CheckContext) -> Finding {
        let (rankings, unusable) = Self.rankings(c.votes)
        guard rankings.count >= 2 else {
            return .missing(Message(en: "Agreement needs the votes of at least two parties (\(Language.en.count(rankings.count, Noun(en: "party has", "parties have", nl: "partij heeft", "partijen hebben"))) scored themes); record them with add vote party=PA-1 theme=T05 urgency=N means=N.",
                                    nl: "Voor de mate van overeenstemming zijn de stemmen van ten minste twee partijen nodig (\(rankings.count == 1 ? "1 partij heeft" : "\(rankings.count) partijen hebben") thema's gescoord); leg ze vast met voegtoe vote party=PA-1 theme=T05 urgency=N means=N."))
        }
        // Themes every party scored, in catalogue order (own themes last).
        let common = rankings.dropFirst().reduce(Set(rankings[0].ranks.keys)) { $0.intersection($1.ranks.keys) }
        let allThemes = Set(rankings.flatMap(\.ranks.keys))
        let themes = allThemes.filter { common.contains($0) }.sorted(by: Self.themeOrder)
        let leftOut = allThemes.subtracting(common).sorted(by: Self.themeOrder)
        guard themes.count >= 2 else {
            return .missing(Message(en: "The \(rankings.count) voting parties have fewer than two themes in common to compare; let every party score every theme.",
                                    nl: "De \(rankings.count) stemmende partijen hebben minder dan twee thema's gemeen om te vergelijken; laat elke partij elk thema scoren."))
        }
        // Re-rank over the common themes, then Kendall's W with the tie correction.
        let ranks = rankings.map { r in Self.averageRanks(Dictionary(uniqueKeysWithValues: themes.map { ($0, [Int(r.ranks[$0]! * 2)]) })) }
        guard let w = Self.kendallW(ranks, themes: themes) else {
            return .notMet(Message(en: "The \(rankings.count) parties gave every one of the \(themes.count) themes the same score, so their rankings cannot be compared.",
                                   nl: "De \(rankings.count) partijen gaven alle \(themes.count) thema's dezelfde score, dus hun rangordes zijn niet te vergelijken."),
                           short: Message(en: "Let every party tell the themes apart by urgency and means.",
                                          nl: "Laat elke partij de thema's onderscheiden op urgentie en middelen."))
        }
        let partyNames = Dictionary(c.parties.map { ($0.id, AreaFacts.name($0)) }, uniquingKeysWith: { a, _ in a })
        let flagged = Self.disagreements(rankings, ranks: ranks, themes: themes, partyNames: partyNames)
        return finding(w: w, parties: rankings.count, themes: themes.count, flagged: flagged,
                       notes: Self.notes(leftOut: leftOut, unusable: unusable))
    }

    /// Each party's votes as a ranking (party -> theme -> vote; the last vote counts when a party
    /// scored a theme twice), and the parties whose votes lacked urgency or means.
    static func rankings(_ all: [VoteRecord]) -> (rankings: [PartyRanking], unusable: [String]) {
        var votes: [String: [String: VoteRecord]] = [:]
        var order: [String] = []
        for v in all {
            guard let party = v.party, let theme = v.theme else { continue }
            if votes[party] == nil { order.append(party) }
            votes[party, default: [:]][theme] = v
        }
        var rankings: [PartyRanking] = []
        var unusable: [String] = []
        for party in order {
            let own = votes[party]!
            let keys: [String: [Int]]
            if own.values.allSatisfy({ $0.rank != nil }) {
                keys = own.mapValues { [$0.rank!] }
            } else {
                let scored = own.filter { $0.value.urgency != nil && $0.value.means != nil }
                keys = scored.mapValues { [-$0.urgency!, -$0.means!] }
                if scored.count < own.count { unusable.append(party) }
            }
            rankings.append((party, averageRanks(keys)))
        }
        rankings.removeAll { $0.ranks.isEmpty }
        return (rankings, unusable)
    }

    /// Kendall's W of the parties' ranks over the themes (Handbook.Analysis.kendallW, the one
    /// formula `prioritise` uses too); nil when every party gave every theme the same score.
    static func kendallW(_ ranks: [[String: Double]], themes: [String]) -> Double? {
        Handbook.Analysis.kendallW(ranks.map { r in themes.map { r[$0] ?? 0 } })
    }

    /// Themes the parties place at least half the list apart, widest first: (en, nl, theme).
    static func disagreements(_ rankings: [PartyRanking], ranks: [[String: Double]], themes: [String],
                              partyNames: [String: String]) -> [(en: String, nl: String, theme: String)] {
        let n = Double(themes.count)
        let spread = themes.map { t -> (String, Double, Int, Int) in
            let values = ranks.map { $0[t]! }
            let lo = values.indices.min { values[$0] < values[$1] }!, hi = values.indices.max { values[$0] < values[$1] }!
            return (t, values[hi] - values[lo], lo, hi)
        }
        var flagged: [(en: String, nl: String, theme: String)] = []
        for (t, range, lo, hi) in spread.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : themeOrder($0.0, $1.0) }) where 2 * range >= n && range > 0 {
            let loName = partyNames[rankings[lo].party] ?? rankings[lo].party, hiName = partyNames[rankings[hi].party] ?? rankings[hi].party
            let loRank = ranks[lo][t]!, hiRank = ranks[hi][t]!
            flagged.append(("\(AnalysisSupport.themeName(t).en) ranked \(Language.en.number(loRank)) by \(loName) but \(Language.en.number(hiRank)) by \(hiName)",
                            "\(AnalysisSupport.themeName(t).nl) op \(Language.nl.number(loRank)) bij \(loName) maar op \(Language.nl.number(hiRank)) bij \(hiName)",
                            t))
        }
        return flagged
    }

    /// What the measure leaves out: themes not every party scored, votes without scores.
    static func notes(leftOut: [String], unusable: [String]) -> (en: String, nl: String) {
        var notesEn: [String] = [], notesNl: [String] = []
        if !leftOut.isEmpty {
            notesEn.append("left out, not scored by every party: \(leftOut.joined(separator: ", "))")
            notesNl.append("weggelaten, niet door elke partij gescoord: \(leftOut.joined(separator: ", "))")
        }
        if !unusable.isEmpty {
            notesEn.append("votes without urgency and means ignored for \(unusable.joined(separator: ", "))")
            notesNl.append("stemmen zonder urgentie en middelen genegeerd voor \(unusable.joined(separator: ", "))")
        }
        return (notesEn.isEmpty ? "" : " (\(notesEn.joined(separator: "; ")))", notesNl.isEmpty ? "" : " (\(notesNl.joined(separator: "; ")))")
    }

    /// Met at kvo's guidance or above; below it advice, never a failure of the handbook's
    /// "zoveel mogelijk consensus".
    func finding(w: Double, parties: Int, themes: Int, flagged: [(en: String, nl: String, theme: String)], notes: (en: String, nl: String)) -> Finding {
        let hundredths = Int(w * 100)  // rounded down: 0.499 shows as 0.49, not as the threshold
        let wEn = "0.\(hundredths < 10 ? "0" : "")\(hundredths)", wNl = "0,\(hundredths < 10 ? "0" : "")\(hundredths)"
        let shownEn = hundredths >= 100 ? "1.00" : wEn, shownNl = hundredths >= 100 ? "1,00" : wNl
        let flagsEn = flagged.isEmpty ? "no theme is ranked half the list apart"
            : "the parties disagree most on \(flagged.map(\.en).joined(separator: "; "))"
        let flagsNl = flagged.isEmpty ? "geen thema staat een halve lijst uit elkaar"
            : "de partijen verschillen het meest over \(flagged.map(\.nl).joined(separator: "; "))"
        let en = "Kendall's W = \(shownEn) over \(parties) parties and \(themes) themes\(notes.en) (1 = the same ranking; kvo's guidance is 0.\(Self.guidance) or more, the handbook asks for as much consensus as possible); \(flagsEn)"
        let nl = "Kendalls W = \(shownNl) over \(parties) partijen en \(themes) thema's\(notes.nl) (1 = dezelfde rangorde; de richtlijn van kvo is 0,\(Self.guidance) of meer, het handboek vraagt zoveel mogelijk consensus); \(flagsNl)"
        if hundredths >= Self.guidance { return .met(Message(en: AnalysisSupport.sentence(en), nl: AnalysisSupport.sentence(nl))) }
        let flaggedIDs = flagged.map(\.theme)
        let discussEn = flaggedIDs.isEmpty ? "the ranking" : Language.en.list(flaggedIDs)
        let discussNl = flaggedIDs.isEmpty ? "de rangorde" : Language.nl.list(flaggedIDs)
        return .advice(Message(en: AnalysisSupport.sentence(en), nl: AnalysisSupport.sentence(nl)),
                       short: Message(en: "Discuss \(discussEn) until the parties come closer: W is \(shownEn), below kvo's guidance of 0.\(Self.guidance).",
                                      nl: "Bespreek \(discussNl) tot de partijen dichter bij elkaar komen: W is \(shownNl), onder de richtlijn van kvo van 0,\(Self.guidance)."))
    }

    /// Ranks 1...n by ascending key (lexicographic), ties sharing the average rank.
    static func averageRanks(_ keys: [String: [Int]]) -> [String: Double] {
        let sorted = keys.sorted { $0.value.lexicographicallyPrecedes($1.value) || ($0.value == $1.value && $0.key < $1.key) }
        var ranks: [String: Double] = [:]
        var i = 0
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count && sorted[j + 1].value == sorted[i].value { j += 1 }
            for k in i...j { ranks[sorted[k].key] = Double(i + j) / 2 + 1 }
            i = j + 1
        }
        return ranks
    }

    static func themeOrder(_ a: String, _ b: String) -> Bool {
        let ownA = a.hasPrefix("own:"), ownB = b.hasPrefix("own:")
        return ownA == ownB ? a < b : !ownA
    }
}
