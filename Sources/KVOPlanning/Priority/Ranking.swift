/// One voter's ranking of items (themes), best first, with ties.
///
/// Parties in a live workshop often cannot tell two themes apart, and often skip themes, so a
/// ranking is a list of tie groups rather than a strict order: `groups[0]` holds the item(s) in
/// first place, and so on. Items that are absent were not ranked by this voter.
///
/// Normalisation (so that equal rankings compare equal and every method sees the same input):
/// empty groups are dropped, an item listed twice keeps only its first (best) place, and each tie
/// group is sorted by name.
///
/// Missing items: every method in this module treats the items a voter left out as tied with one
/// another below everything the voter did rank — the voter preferred what they ranked. With mid-ranks
/// this gives a left-out item the average of the remaining positions (see `positions(in:)`).
package struct Ranking: Sendable, Equatable, Hashable {
    /// Tie groups, best first; never empty groups, no item twice, each group sorted.
    package private(set) var groups: [[String]]

    /// A strict ranking, best first (no ties).
    package init(_ order: [String]) {
        self.init(groups: order.map { [$0] })
    }

    /// A ranking with ties: each inner array is one place shared by its items, best place first.
    package init(groups: [[String]]) {
        var seen = Set<String>()
        var clean: [[String]] = []
        for group in groups {
            var kept: [String] = []
            for item in group where seen.insert(item).inserted { kept.append(item) }
            if !kept.isEmpty { clean.append(kept.sorted()) }
        }
        self.groups = clean
    }

    /// The ranked items best first, ties in name order. Setting it makes the ranking strict.
    package var order: [String] {
        get { groups.flatMap { $0 } }
        set { self = Ranking(newValue) }
    }

    /// The items this voter ranked.
    package var items: Set<String> { Set(groups.joined()) }

    /// True when no two items share a place.
    package var isStrict: Bool { groups.allSatisfy { $0.count == 1 } }

    /// The same ranking with only the given items kept (places close up).
    package func restricted(to keep: Set<String>) -> Ranking {
        Ranking(groups: groups.map { $0.filter(keep.contains) })
    }

    /// Mid-rank positions (1 = best) of every item in `universe`, items outside the universe ignored.
    /// Tied items share the average of the positions they span; the items of the universe this voter
    /// did not rank are tied at the bottom, so each gets the average of the remaining positions.
    package func positions(in universe: [String]) -> [String: Double] {
        doubledPositions(in: universe).mapValues { Double($0) / 2 }
    }

    /// Twice the mid-rank positions of `positions(in:)`: integers, so sums and comparisons are exact.
    func doubledPositions(in universe: [String]) -> [String: Int] {
        let inUniverse = Set(universe)
        var result: [String: Int] = [:]
        var placed = 0
        for group in groups {
            let members = group.filter(inUniverse.contains)
            guard !members.isEmpty else { continue }
            // Positions placed+1 ... placed+k; their mean doubled is 2*placed + k + 1.
            for item in members { result[item] = 2 * placed + members.count + 1 }
            placed += members.count
        }
        let missing = Set(universe).subtracting(result.keys)
        for item in missing { result[item] = 2 * placed + missing.count + 1 }
        return result
    }

    /// Whether this voter prefers `a` over `b`: `true` if `a` is placed above `b`, `false` if below,
    /// `nil` when they share a place or the voter ranked neither. A ranked item beats a left-out one.
    package func prefers(_ a: String, over b: String) -> Bool? {
        let place = placeIndex
        switch (place[a], place[b]) {
        case let (pa?, pb?): return pa == pb ? nil : pa < pb
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return nil
        }
    }

    /// The index of each item's tie group.
    var placeIndex: [String: Int] {
        var result: [String: Int] = [:]
        for (i, group) in groups.enumerated() { for item in group { result[item] = i } }
        return result
    }
}

extension Ranking {
    /// The union of the items of several rankings, sorted by name: the default universe of the methods.
    static func universe(of rankings: [Ranking]) -> [String] {
        Set(rankings.flatMap(\.order)).sorted()
    }

    /// `items` deduplicated and sorted when given, otherwise the union of the rankings' items.
    static func universe(_ items: [String]?, of rankings: [Ranking]) -> [String] {
        items.map { Set($0).sorted() } ?? universe(of: rankings)
    }
}
