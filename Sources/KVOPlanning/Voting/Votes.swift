/// Turns the parties' votes into one ranking per party, the input of Kemeny-Young, Borda, Kendall's W
/// and the disagreement list. Parties vote by scoring (`vote police T05 urgency=5 means=3`) or by
/// ranking; this is the one place that decides how scores become places, with the same rule as the
/// §4.1.4 consensus check so `check` and `prioritise` agree:
///
/// - A party that gave a `rank` to every theme it voted on is ranked by it (1 first; equal ranks tie).
/// - Otherwise by urgency, highest first, then by means, highest first — a theme the party finds as
///   urgent but has more means for can be acted on sooner. Equal (urgency, means) stay tied: the
///   methods handle ties, so no arbitrary order is invented here.
/// - In that case a theme without both urgency and means is left out of the party's ranking (and
///   reported in `incomplete`); left-out themes count as missing votes for the methods.
///
/// Values are not range-checked here (1 to 5 is the parser's job); any integers order correctly.
package struct Votes: Sendable, Equatable {
    /// One party's vote on one theme.
    package struct Score: Sendable, Equatable, Hashable {
        package var urgency: Int?
        package var means: Int?
        package var rank: Int?

        package init(urgency: Int? = nil, means: Int? = nil, rank: Int? = nil) {
            self.urgency = urgency
            self.means = means
            self.rank = rank
        }
    }

    /// party → theme → score.
    package var scores: [String: [String: Score]]

    package init(_ scores: [String: [String: Score]] = [:]) { self.scores = scores }

    /// Records (or replaces: the last vote counts) one party's vote on one theme.
    package mutating func record(party: String, theme: String, _ score: Score) {
        scores[party, default: [:]][theme] = score
    }

    /// One ranking per party that voted on at least one theme usable for ranking.
    package func rankings() -> [String: Ranking] {
        var result: [String: Ranking] = [:]
        for (party, own) in scores {
            let ranking = Self.ranking(of: own)
            if !ranking.groups.isEmpty { result[party] = ranking }
        }
        return result
    }

    /// Per party, the themes it voted on that could not be placed (neither a full ranking nor both
    /// urgency and means), in name order; parties with none are absent.
    package func incomplete() -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (party, own) in scores {
            let placed = Self.ranking(of: own).items
            let left = own.keys.filter { !placed.contains($0) }.sorted()
            if !left.isEmpty { result[party] = left }
        }
        return result
    }

    /// The ranking of one party's scores, by the rule above.
    package static func ranking(of own: [String: Score]) -> Ranking {
        if !own.isEmpty, own.values.allSatisfy({ $0.rank != nil }) {
            return group(own.map { ($0.key, [$0.value.rank!]) })
        }
        let usable = own.compactMap { theme, s -> (String, [Int])? in
            guard let u = s.urgency, let m = s.means else { return nil }
            return (theme, [-u, -m])
        }
        return group(usable)
    }

    /// Items with equal keys share a place; places in ascending key order.
    private static func group(_ keyed: [(String, [Int])]) -> Ranking {
        let sorted = keyed.sorted { $0.1 != $1.1 ? $0.1.lexicographicallyPrecedes($1.1) : $0.0 < $1.0 }
        var groups: [[String]] = []
        var lastKey: [Int]? = nil
        for (item, key) in sorted {
            if key == lastKey { groups[groups.count - 1].append(item) } else { groups.append([item]); lastKey = key }
        }
        return Ranking(groups: groups)
    }
}
