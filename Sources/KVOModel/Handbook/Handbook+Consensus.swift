extension Handbook.Analysis {
    /// §4.1.4 "zoveel mogelijk consensus": how far the parties agree on the order of the themes,
    /// measured by Kendall's coefficient of concordance W — written once here for `prioritise`,
    /// `board` (KVOPlanning's KendallW) and the rule KVO-4.1.4-CONSENSUS, so that the room and the
    /// check never show two different W's for the same votes.
    ///
    /// `ranks[j][i]` is voter j's rank of item i (1...n; tied items share their mid-rank, so
    /// 2.5 for two items tied on places 2 and 3); every voter ranks the same n items.
    /// W = 12·S / (m²(n³ − n) − m·Σ_j T_j), S = Σ_i (R_i − m(n+1)/2)², R_i item i's rank sum and
    /// T_j = Σ (t³ − t) over voter j's groups of t tied items (the tie correction). nil when W is
    /// undefined: fewer than 2 voters or items, or every voter tied every item (0/0).
    public static func kendallW(_ ranks: [[Double]]) -> Double? {
        let m = ranks.count, n = ranks.first?.count ?? 0
        guard m >= 2, n >= 2, ranks.allSatisfy({ $0.count == n }) else { return nil }
        // Doubled ranks are whole numbers (mid-ranks are halves): integer arithmetic keeps W exact
        // until the final division, so W = 0.5 is never shown as 0.49.
        // Summed in loops, the tied groups counted as runs of the sorted ranks: with a column
        // array per item and a Dictionary per voter a call cost 105 k instructions, now 41 k
        // (callgrind, the consensus rule on the example dossiers).
        let doubled = ranks.map { $0.map { Int(($0 * 2).rounded()) } }
        var fourS = 0
        for i in 0..<n {
            var twice = -m * (n + 1)
            for voter in doubled { twice += voter[i] }
            fourS += twice * twice
        }
        var ties = 0
        for voter in doubled {
            let sorted = voter.sorted()
            var start = 0
            while start < sorted.count {
                var end = start + 1
                while end < sorted.count && sorted[end] == sorted[start] { end += 1 }
                let t = end - start
                ties += t * t * t - t
                start = end
            }
        }
        let denominator = m * m * (n * n * n - n) - m * ties
        guard denominator > 0 else { return nil }
        return Double(3 * fourS) / Double(denominator)
    }
}
