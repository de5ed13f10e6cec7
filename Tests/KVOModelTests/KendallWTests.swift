import XCTest
@testable import KVOModel

/// Handbook.Analysis.kendallW sums in loops and counts ties as runs; it gives what the
/// array-and-Dictionary version gave (kept below as the reference), ties and edge cases included.
final class KendallWTests: XCTestCase {
    private func reference(_ ranks: [[Double]]) -> Double? {
        let m = ranks.count, n = ranks.first?.count ?? 0
        guard m >= 2, n >= 2, ranks.allSatisfy({ $0.count == n }) else { return nil }
        let doubled = ranks.map { $0.map { Int(($0 * 2).rounded()) } }
        let fourS = (0..<n).map { i -> Int in
            let twice = doubled.map { $0[i] }.reduce(0, +) - m * (n + 1)
            return twice * twice
        }.reduce(0, +)
        let ties = doubled.map { voter in
            Dictionary(grouping: voter, by: { $0 }).values.map { $0.count * $0.count * $0.count - $0.count }.reduce(0, +)
        }.reduce(0, +)
        let denominator = m * m * (n * n * n - n) - m * ties
        guard denominator > 0 else { return nil }
        return Double(3 * fourS) / Double(denominator)
    }

    /// Mid-ranks of random scores (ties likely), as the rule makes them.
    private func midRanks(_ scores: [Int]) -> [Double] {
        scores.map { s in
            let below = scores.filter { $0 < s }.count, same = scores.filter { $0 == s }.count
            return Double(below) + Double(same + 1) / 2
        }
    }

    func testAgreesWithTheReference() {
        var cases: [[[Double]]] = [[], [[1, 2]], [[1, 2], [2, 1]], [[1, 2], [1, 2]], [[1.5, 1.5], [1.5, 1.5]], [[1, 2, 3], [1, 2]]]
        for _ in 0..<300 {
            let m = Int.random(in: 2...6), n = Int.random(in: 2...12), spread = Int.random(in: 1...n)
            cases.append((0..<m).map { _ in midRanks((0..<n).map { _ in Int.random(in: 0..<spread) }) })
        }
        for ranks in cases {
            let got = Handbook.Analysis.kendallW(ranks), want = reference(ranks)
            XCTAssertEqual(got.map(\.bitPattern), want.map(\.bitPattern), "\(ranks)")
        }
    }
}
