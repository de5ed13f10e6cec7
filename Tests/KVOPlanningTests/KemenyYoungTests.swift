import XCTest
@testable import KVOPlanning

final class KemenyYoungTests: XCTestCase {
    func testIssueCaseKemenyKeepsTheMajorityOrder() throws {
        // 3 × A>B>C, 2 × B>C>A: w[A][B] = 3, w[A][C] = 3, w[B][C] = 5 → A>B>C agrees on 11 of 15.
        // Runner-up B>A>C: 2 + 5 + 3 = 10, so the optimum is unique.
        let result = try KemenyYoung.consensus(times(3, ["A", "B", "C"]) + times(2, ["B", "C", "A"]))
        XCTAssertEqual(result.order, ["A", "B", "C"])
        XCTAssertEqual(result.agreement, 11)
        XCTAssertEqual(result.disagreement, 4)
        XCTAssertTrue(result.isUnique)
        XCTAssertEqual(result.agreement(of: ["B", "A", "C"]), 10)
    }

    func testCondorcetCycleIsNotUniqueAndPicksTheSmallestOrder() throws {
        // Each pair is won 2:1 (A>B, B>C, C>A). The three rotations of the cycle score 2+2+1 = 5,
        // the three reversals 1+1+2 = 4: so three orders are optimal (not all six), and the
        // lexicographically smallest, A>B>C, is returned.
        let result = try KemenyYoung.consensus([Ranking(["A", "B", "C"]), Ranking(["B", "C", "A"]), Ranking(["C", "A", "B"])])
        XCTAssertEqual(result.order, ["A", "B", "C"])
        XCTAssertEqual(result.agreement, 5)
        XCTAssertEqual(result.optimalCount, 3)
        XCTAssertFalse(result.isUnique)
        for order in [["B", "C", "A"], ["C", "A", "B"]] { XCTAssertEqual(result.agreement(of: order), 5) }
        for order in [["A", "C", "B"], ["B", "A", "C"], ["C", "B", "A"]] { XCTAssertEqual(result.agreement(of: order), 4) }
    }

    func testTiesInInputContributeNothing() throws {
        // Two voters tie A and B above C, one ranks B>A>C: w[B][A] = 1, w[A][C] = w[B][C] = 3.
        let votes = [Ranking(groups: [["A", "B"], ["C"]]), Ranking(groups: [["A", "B"], ["C"]]), Ranking(["B", "A", "C"])]
        let result = try KemenyYoung.consensus(votes)
        XCTAssertEqual(result.pairwise, [[0, 0, 3], [1, 0, 3], [0, 0, 0]])
        XCTAssertEqual(result.order, ["B", "A", "C"])
        XCTAssertEqual(result.agreement, 7)
        XCTAssertEqual(result.disagreement, 0)
        XCTAssertTrue(result.isUnique)
    }

    func testMissingItemsRankedBeatLeftOutByDefault() throws {
        // Nobody ranked A: by default B and C each beat A twice, so A goes last, uniquely.
        let votes = times(2, ["B", "C"])
        let result = try KemenyYoung.consensus(votes, items: ["A", "B", "C"])
        XCTAssertEqual(result.order, ["B", "C", "A"])
        XCTAssertEqual(result.agreement, 6)
        XCTAssertTrue(result.isUnique)
    }

    func testMissingItemsWithSkippedPairs() throws {
        // Skipping pairs, only w[B][C] = 2 is left: A can go anywhere (A,B,C / B,A,C / B,C,A all score 2).
        let result = try KemenyYoung.consensus(times(2, ["B", "C"]), items: ["A", "B", "C"], missing: .skipPair)
        XCTAssertEqual(result.order, ["A", "B", "C"])
        XCTAssertEqual(result.agreement, 2)
        XCTAssertEqual(result.optimalCount, 3)
    }

    func testAVoterWithMissingItemsOnlySkipsThePairsTheyRankedNeither() throws {
        // V1 A>B>C>D gives one for every pair above the diagonal (C over D included).
        // V2 ranks only D>C (A, B left out): w[D][C] += 1, and by default D and C each beat A and B once;
        // skipping pairs, only D over C counts. A over B comes from V1 alone either way.
        let votes = [Ranking(["A", "B", "C", "D"]), Ranking(["D", "C"])]
        let w = KemenyYoung.pairwise(votes, items: ["A", "B", "C", "D"])
        XCTAssertEqual(w, [[0, 1, 1, 1], [0, 0, 1, 1], [1, 1, 0, 1], [1, 1, 1, 0]])
        let skipped = KemenyYoung.pairwise(votes, items: ["A", "B", "C", "D"], missing: .skipPair)
        XCTAssertEqual(skipped, [[0, 1, 1, 1], [0, 0, 1, 1], [0, 0, 0, 1], [0, 0, 1, 0]])
    }

    func testMatchesBruteForceOnSeededInputs() throws {
        var rng = SeededGenerator(seed: 20240514)
        for trial in 0..<12 {
            let n = 5 + trial % 3                       // 5, 6, 7 items
            let items = (0..<n).map { "T\($0)" }
            let voters = Int.random(in: 3...7, using: &rng)
            let votes: [Ranking] = (0..<voters).map { _ in
                // A random order, cut into random tie groups, with sometimes the tail left out.
                let order = items.shuffled(using: &rng)
                let kept = Int.random(in: 0...3, using: &rng) == 0 ? Int.random(in: 1...n, using: &rng) : n
                var groups: [[String]] = []
                for item in order.prefix(kept) {
                    if groups.isEmpty || Int.random(in: 0...3, using: &rng) != 0 { groups.append([item]) } else { groups[groups.count - 1].append(item) }
                }
                return Ranking(groups: groups)
            }
            // Independent pairwise agreement: a voter prefers a over b when a's group comes first,
            // a left-out item sitting below every group.
            let place: [[String: Int]] = votes.map { r in
                var p: [String: Int] = [:]
                for (i, g) in r.groups.enumerated() { for x in g { p[x] = i } }
                return p
            }
            func score(_ order: [String]) -> Int {
                var s = 0
                for i in order.indices { for j in order.indices where j > i {
                    for p in place where (p[order[i]] ?? Int.max) < (p[order[j]] ?? Int.max) { s += 1 }
                } }
                return s
            }
            let all = permutations(items).map { ($0, score($0)) }
            let best = all.map(\.1).max()!
            let optimal = all.filter { $0.1 == best }.map(\.0)
            let smallest = optimal.min { $0.lexicographicallyPrecedes($1) }!
            let result = try KemenyYoung.consensus(votes)
            let universe = Set(votes.flatMap(\.order))
            if universe.count == n {
                XCTAssertEqual(result.agreement, best, "trial \(trial)")
                XCTAssertEqual(result.order, smallest, "trial \(trial)")
                XCTAssertEqual(result.optimalCount, optimal.count, "trial \(trial)")
            }
            // With the universe given explicitly the comparison holds even if nobody ranked some item.
            let explicit = try KemenyYoung.consensus(votes, items: items)
            XCTAssertEqual(explicit.agreement, best, "trial \(trial)")
            XCTAssertEqual(explicit.order, smallest, "trial \(trial)")
            XCTAssertEqual(explicit.optimalCount, optimal.count, "trial \(trial)")
            XCTAssertEqual(score(explicit.order), explicit.agreement)
        }
    }

    func testTwelveItemsSixVotersCompletes() throws {
        var rng = SeededGenerator(seed: 7)
        let items = (1...12).map { "T\($0 < 10 ? "0" : "")\($0)" }
        let votes = (0..<6).map { _ in Ranking(items.shuffled(using: &rng)) }
        let result = try KemenyYoung.consensus(votes)
        XCTAssertEqual(Set(result.order), Set(items))
        XCTAssertEqual(result.agreement(of: result.order), result.agreement)
        XCTAssertEqual(result.agreement + result.disagreement, 6 * 66)
    }

    func testEmptyAndTooMany() throws {
        let empty = try KemenyYoung.consensus([])
        XCTAssertEqual(empty.order, [])
        XCTAssertTrue(empty.isUnique)
        let many = (0...KemenyYoung.maxItems).map { "T\($0)" }
        XCTAssertThrowsError(try KemenyYoung.consensus([Ranking(many)])) { error in
            XCTAssertEqual(error as? KemenyYoung.Failure, .tooManyItems(count: 21, limit: 20))
        }
    }
}
