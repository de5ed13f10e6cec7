/// Borda count: the simple points ranking shown beside the Kemeny-Young consensus, so the room can
/// see when "most points" and "most pairwise agreement" differ.
///
/// Points: over a universe of n items, a voter gives an item n − p points where p is its (mid-rank)
/// position: first place n − 1, last place 0. Tied items share the average of their positions, and
/// the items a voter left out share the average of the remaining positions (they are tied at the
/// bottom), so a voter who ranks 2 of 5 themes gives each of the other 3 themes n − 4 = 1 point.
/// Ties in total points are broken by item name (ascending) in `order` and reported in `ties`.
package enum BordaCount {
    package struct Result: Sendable, Equatable {
        /// Every item, most points first; equal points in name order.
        package var order: [String]
        /// The same with equal points kept as shared places.
        package var ranking: Ranking
        /// Total points per item (multiples of 0.5 because of averaged positions).
        package var scores: [String: Double]
        /// Groups of two or more items with equal points, in `order`; empty when there is no tie.
        package var ties: [[String]]
    }

    /// The Borda ranking of `rankings`. `items` is the universe (defaults to every item anyone ranked);
    /// items outside it are ignored, items in it that nobody ranked still appear (with the points of
    /// a left-out item from every voter).
    package static func rank(_ rankings: [Ranking], items: [String]? = nil) -> Result {
        let universe = Ranking.universe(items, of: rankings)
        let n = universe.count
        // Doubled points, so averages of positions stay integers: 2(n − p) = 2n − 2p.
        var doubled = Dictionary(uniqueKeysWithValues: universe.map { ($0, 0) })
        for ranking in rankings {
            for (item, twiceP) in ranking.doubledPositions(in: universe) { doubled[item]! += 2 * n - twiceP }
        }
        let order = universe.sorted { doubled[$0]! != doubled[$1]! ? doubled[$0]! > doubled[$1]! : $0 < $1 }
        var groups: [[String]] = []
        for item in order {
            if let last = groups.last?.last, doubled[last] == doubled[item] { groups[groups.count - 1].append(item) } else { groups.append([item]) }
        }
        return Result(order: order, ranking: Ranking(groups: groups),
                      scores: doubled.mapValues { Double($0) / 2 }, ties: groups.filter { $0.count > 1 })
    }
}
