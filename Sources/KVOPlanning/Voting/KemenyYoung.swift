/// The exact Kemeny-Young consensus: the order of the items that agrees with as many of the voters'
/// pairwise preferences as possible. It is the consensus ranking of `prioritise` because, unlike
/// Borda, it respects a majority preferring one theme over another.
///
/// Pairwise counts: w[a][b] is the number of voters preferring a over b (see `Ranking.prefers`).
/// A voter who tied a and b contributes nothing to that pair; so does a voter who ranked neither.
/// With `.rankedBeatsLeftOut` (the default, consistent with Borda's positions) a voter who ranked a
/// but left out b prefers a; with `.skipPair` such pairs are skipped too. The agreement of an order is
/// the sum of w[a][b] over the pairs it places a above b; the disagreement is the sum of w[b][a]
/// (the total Kendall tau distance to the voters). Their sum is fixed by the votes, so maximising
/// the one minimises the other.
///
/// Exactness: a dynamic programme over subsets. best(R) is the highest agreement among the items of
/// a set R ordered among themselves; best(R) = max over x in R of [Σ_{y in R∖x} w[x][y] + best(R∖x)]
/// with x on top. That is O(2^n · n²) time and O(2^n) memory: instant for the ~16 themes of the
/// handbook, refused above `maxItems`.
///
/// Ties: among all optimal orders the lexicographically smallest by item name is returned (the
/// smallest item that can start an optimal order, then recursively), and the number of optimal
/// orders is counted so the caller can say when the consensus is not unique.
package enum KemenyYoung {
    /// The largest number of items accepted (2^20 states).
    package static let maxItems = 20

    package enum MissingPairs: Sendable, Equatable {
        /// A voter who ranked a but not b prefers a (left-out items are tied at the bottom).
        case rankedBeatsLeftOut
        /// A voter contributes only to pairs in which they ranked both items.
        case skipPair
    }

    package enum Failure: Error, Sendable, Equatable {
        case tooManyItems(count: Int, limit: Int)
    }

    package struct Result: Sendable, Equatable {
        /// The consensus, best first: the lexicographically smallest optimal order.
        package var order: [String]
        /// Σ w[a][b] over the pairs the consensus places a above b (the maximum possible).
        package var agreement: Int
        /// Σ w[b][a] over the same pairs: voter preferences the consensus goes against (the minimum).
        package var disagreement: Int
        /// How many orders reach the same agreement (1 = unique). Saturates at Int.max.
        package var optimalCount: Int
        /// The items in name order, the index order of `pairwise`.
        package var items: [String]
        /// pairwise[i][j] = number of voters preferring items[i] over items[j].
        package var pairwise: [[Int]]

        package var isUnique: Bool { optimalCount == 1 }

        /// The agreement of any order of the same items (for showing alternatives or checking).
        package func agreement(of order: [String]) -> Int {
            let index = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1, $0) })
            let ids = order.compactMap { index[$0] }
            var total = 0
            for i in ids.indices { for j in ids.indices where j > i { total += pairwise[ids[i]][ids[j]] } }
            return total
        }
    }

    /// The pairwise preference counts over `items` (in the given order).
    package static func pairwise(_ rankings: [Ranking], items: [String], missing: MissingPairs = .rankedBeatsLeftOut) -> [[Int]] {
        let n = items.count
        var w = Array(repeating: Array(repeating: 0, count: n), count: n)
        for ranking in rankings {
            let place = ranking.placeIndex
            for i in 0..<n {
                for j in 0..<n where j != i {
                    switch (place[items[i]], place[items[j]]) {
                    case let (pi?, pj?) where pi < pj: w[i][j] += 1
                    case (.some, nil) where missing == .rankedBeatsLeftOut: w[i][j] += 1
                    default: break
                    }
                }
            }
        }
        return w
    }

    /// The exact Kemeny-Young consensus of `rankings` over `items` (default: every item anyone ranked).
    package static func consensus(_ rankings: [Ranking], items: [String]? = nil,
                                 missing: MissingPairs = .rankedBeatsLeftOut) throws(Failure) -> Result {
        let items = Ranking.universe(items, of: rankings)
        let n = items.count
        guard n <= maxItems else { throw .tooManyItems(count: n, limit: maxItems) }
        let w = pairwise(rankings, items: items, missing: missing)
        let full = (1 << n) - 1
        // best[R], count[R] for every subset R of item indices; masks of subsets are smaller numbers.
        var best = [Int](repeating: 0, count: full + 1)
        var count = [Int](repeating: 0, count: full + 1)
        count[0] = 1
        if n > 0 {
            for set in 1...full {
                var top = Int.min, ways = 0
                var xs = set
                while xs != 0 {
                    let x = xs.trailingZeroBitCount
                    xs &= xs - 1
                    let rest = set & ~(1 << x)
                    var gain = 0, ys = rest
                    while ys != 0 { let y = ys.trailingZeroBitCount; ys &= ys - 1; gain += w[x][y] }
                    let value = gain + best[rest]
                    if value > top { top = value; ways = count[rest] }
                    else if value == top { ways = ways.addingReportingOverflow(count[rest]).overflow ? Int.max : ways + count[rest] }
                }
                best[set] = top
                count[set] = ways
            }
        }
        // Rebuild from the top: at each step the smallest-named item that starts an optimal order.
        var order: [String] = []
        var set = full
        while set != 0 {
            for x in 0..<n where set & (1 << x) != 0 {
                let rest = set & ~(1 << x)
                var gain = 0
                for y in 0..<n where rest & (1 << y) != 0 { gain += w[x][y] }
                if gain + best[rest] == best[set] { order.append(items[x]); set = rest; break }
            }
        }
        var total = 0
        for i in 0..<n { for j in 0..<n where j != i { total += w[i][j] } }
        return Result(order: order, agreement: best[full], disagreement: total - best[full],
                      optimalCount: count[full], items: items, pairwise: w)
    }
}
