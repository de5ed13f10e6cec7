/// Per item, the voters furthest from the consensus: `prioritise` names them so the chair knows whom
/// to ask first when the room discusses a theme.
///
/// Distance: |voter's position − consensus position|, positions 1-based over the consensus's items.
/// A voter's position uses the same convention as Borda (mid-rank; the items they left out tied at
/// the bottom), so a party that ranked only a few themes still has a position for those it ranked.
/// A voter who did not rank the item is not counted as disagreeing: they are listed in `abstained`.
/// All voters at the largest distance are named (several on a tie), none when that distance is 0.
package struct Disagreement: Sendable, Equatable {
    /// The item.
    package var item: String
    /// Its place in the consensus, 1 = first.
    package var consensusPosition: Int
    /// The (mid-rank) position each voter who ranked the item gave it.
    package var positions: [String: Double]
    /// The voters at the largest distance from `consensusPosition`, in name order; empty if all agree.
    package var furthest: [String]
    /// That largest distance (0 when every voter agrees or nobody ranked the item).
    package var distance: Double
    /// The voters who did not rank the item, in name order.
    package var abstained: [String]

    /// One entry per item of `consensus`, in consensus order; `voters` maps a voter's name to their ranking.
    package static func measure(consensus: [String], voters: [String: Ranking]) -> [Disagreement] {
        let positionsByVoter = voters.mapValues { $0.positions(in: consensus) }
        let names = voters.keys.sorted()
        return consensus.enumerated().map { index, item in
            var positions: [String: Double] = [:]
            var abstained: [String] = []
            for name in names {
                if voters[name]!.items.contains(item) { positions[name] = positionsByVoter[name]![item]! } else { abstained.append(name) }
            }
            let target = Double(index + 1)
            let distance = positions.values.map { abs($0 - target) }.max() ?? 0
            let furthest = distance == 0 ? [] : names.filter { positions[$0].map { abs($0 - target) == distance } ?? false }
            return Disagreement(item: item, consensusPosition: index + 1, positions: positions,
                                furthest: furthest, distance: distance, abstained: abstained)
        }
    }
}
