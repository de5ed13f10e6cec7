import KVOModel

/// Kendall's coefficient of concordance W: how far the voters agree, from 0 (no agreement: every
/// item gets the same rank sum) to 1 (everyone gives the same ranking). `prioritise` shows it next
/// to the consensus so the room knows how much that consensus is worth.
///
/// W = 12·S / (m²(n³ − n) − m·Σ_j T_j), with m voters, n items, R_i the sum of item i's mid-ranks,
/// S = Σ_i (R_i − m(n+1)/2)² and T_j = Σ (t³ − t) over voter j's groups of t tied items (the tie
/// correction), computed by Handbook.Analysis.kendallW: the same measure as the §4.1.4 consensus check.
///
/// Missing items: W needs every voter to rank the same items, so it is computed over the items every
/// voter ranked (re-ranked among themselves); the others are returned in `excluded` to be said.
package enum KendallW {
    package struct Result: Sendable, Equatable {
        /// The coefficient, 0...1.
        package var w: Double
        /// Number of voters (m).
        package var voters: Int
        /// The items every voter ranked, in name order (n = items.count).
        package var items: [String]
        /// The items some voter left out, in name order: not part of W.
        package var excluded: [String]
    }

    /// Kendall's W of `rankings`; nil when there are fewer than 2 voters, fewer than 2 items every
    /// voter ranked, or when every voter tied all of those items (W is undefined: 0/0).
    package static func compute(_ rankings: [Ranking]) -> Result? {
        guard rankings.count >= 2 else { return nil }
        let common = rankings.dropFirst().reduce(rankings[0].items) { $0.intersection($1.items) }
        let items = common.sorted()
        let excluded = Set(rankings.flatMap(\.order)).subtracting(common).sorted()
        guard items.count >= 2 else { return nil }
        let ranks = rankings.map { ranking -> [Double] in
            let twice = ranking.restricted(to: common).doubledPositions(in: items)
            return items.map { Double(twice[$0] ?? 0) / 2 }
        }
        guard let w = Handbook.Analysis.kendallW(ranks) else { return nil }
        return Result(w: w, voters: rankings.count, items: items, excluded: excluded)
    }
}
