import KVOModel

/// The one ranking of the themes that `prioritise` shows and `plan` follows (§4.1.4): the parties'
/// votes and the evidence of the safety analysis, combined.
///
/// Method (also in docs/prioritisation.md and `help prioritise`):
/// 1. Each party's votes become its ranking (`Votes`).
/// 2. The evidence becomes one more ranking: per theme the mean of the parts it has data for, each
///    scaled to 0...1 over the themes — the survey's share of answers reporting a problem, the
///    incidents counted for the theme divided by the largest theme count, the negative inspection
///    findings (a recurring one counts twice) divided by the largest. Themes without any evidence
///    are left out of it (below the ranked ones), equal scores tie.
/// 3. The consensus is the exact Kemeny-Young order over the party rankings plus the evidence
///    ranking counted `evidenceWeight` times (default 1: the evidence weighs as much as one party;
///    0 leaves it out). Borda over the same rankings stands beside it.
/// 4. Agreement (Kendall's W) and the parties furthest from the consensus are over the parties
///    only: the evidence is not a party that has to agree.
///
/// With no votes at all the ranking is the evidence's alone; with neither there is none.
package struct ThemePriority: Sendable {
    package let partyRankings: [String: Ranking]
    package let evidenceRanking: Ranking?
    package let evidenceScores: [String: Double]
    package let evidenceWeight: Int
    package let themes: [String]
    package let kemeny: KemenyYoung.Result
    package let borda: BordaCount.Result
    package let agreement: KendallW.Result?
    package let spread: [String: Disagreement]
    /// Parties that scored some themes only partly (urgency without means), with those themes.
    package let incomplete: [String: [String]]

    package var parties: [String] { partyRankings.keys.sorted() }
    package var order: [String] { kemeny.order }

    package enum Failure: Error, Sendable, Equatable {
        case nothingToRank
        case tooManyThemes(Int)
    }

    package static func compute(_ dossier: Dossier, evidenceWeight: Int = 1) throws(Failure) -> ThemePriority {
        let evidence = ThemeEvidence.collect(dossier)
        return try compute(votes: votes(in: dossier), evidence: evidence, evidenceWeight: evidenceWeight)
    }

    package static func compute(votes: Votes, evidence: [ThemeEvidence], evidenceWeight: Int = 1) throws(Failure) -> ThemePriority {
        let rankings = votes.rankings().filter { !$0.value.items.isEmpty }
        let scores = evidenceScores(evidence)
        let evidenceRanking = scores.isEmpty ? nil : Ranking(groups: groupsByScore(scores))
        var voters = rankings.keys.sorted().map { rankings[$0]! }
        if let e = evidenceRanking, evidenceWeight > 0 || voters.isEmpty {
            voters += Array(repeating: e, count: max(evidenceWeight, 1))
        }
        guard !voters.isEmpty else { throw .nothingToRank }
        let themes = Array(Set(voters.flatMap(\.items))).sorted()
        let kemeny: KemenyYoung.Result
        do {
            kemeny = try KemenyYoung.consensus(voters, items: themes)
        } catch {
            throw .tooManyThemes(themes.count)
        }
        let parties = rankings.keys.sorted().map { rankings[$0]! }
        let spread = Dictionary(Disagreement.measure(consensus: kemeny.order, voters: rankings).map { ($0.item, $0) },
                                uniquingKeysWith: { a, _ in a })
        return ThemePriority(partyRankings: rankings, evidenceRanking: evidenceRanking, evidenceScores: scores,
                             evidenceWeight: evidenceWeight, themes: themes, kemeny: kemeny,
                             borda: BordaCount.rank(voters, items: themes), agreement: KendallW.compute(parties),
                             spread: spread, incomplete: votes.incomplete())
    }

    /// The votes records of a dossier.
    package static func votes(in dossier: Dossier) -> Votes {
        var votes = Votes()
        for v in dossier.votes {
            guard let party = v.party, let theme = v.theme else { continue }
            votes.record(party: party, theme: theme, Votes.Score(urgency: v.urgency, means: v.means, rank: v.rank))
        }
        return votes
    }

    /// Per theme with any evidence: the mean of its scaled parts (see the type's comment).
    package static func evidenceScores(_ evidence: [ThemeEvidence]) -> [String: Double] {
        let maxIncidents = Double(evidence.map(\.incidents).max() ?? 0)
        let weight: (ThemeEvidence) -> Int = { $0.negativeFindings + $0.recurringFindings }
        let maxFindings = Double(evidence.map(weight).max() ?? 0)
        var scores: [String: Double] = [:]
        for e in evidence {
            var parts: [Double] = []
            if let share = e.surveyProblemShare["all"] { parts.append(share) }
            if maxIncidents > 0 { parts.append(Double(e.incidents) / maxIncidents) }
            if maxFindings > 0 { parts.append(Double(weight(e)) / maxFindings) }
            let score = parts.isEmpty ? 0 : parts.reduce(0, +) / Double(parts.count)
            if score > 0 { scores[e.theme] = score }
        }
        return scores
    }

    /// Highest score first; scores equal to 1e-9 tie.
    static func groupsByScore(_ scores: [String: Double]) -> [[String]] {
        var groups: [[String]] = []
        var last: Double?
        for (theme, s) in scores.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            if let l = last, abs(l - s) < 1e-9 { groups[groups.count - 1].append(theme) } else { groups.append([theme]) }
            last = s
        }
        return groups
    }

    /// The ranking the workgroup recorded (`priorities` records with a rank), best first, or nil.
    package static func recorded(_ dossier: Dossier) -> [String]? {
        let ranked = dossier.priorities.compactMap { p -> (String, Int)? in
            guard let t = p.theme, let r = p.rank else { return nil }
            return (t, r)
        }
        guard !ranked.isEmpty else { return nil }
        return ranked.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    }
}
