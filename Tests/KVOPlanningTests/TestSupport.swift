@testable import KVOPlanning

/// A small seeded generator (SplitMix64) so the "random" inputs are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `count` copies of a strict ranking.
func times(_ count: Int, _ order: [String]) -> [Ranking] {
    Array(repeating: Ranking(order), count: count)
}

/// Every permutation of `items` (Heap's algorithm), for brute-force checks.
func permutations(_ items: [String]) -> [[String]] {
    var a = items, result: [[String]] = []
    func generate(_ k: Int) {
        if k <= 1 { result.append(a); return }
        for i in 0..<k {
            generate(k - 1)
            a.swapAt(k % 2 == 0 ? i : 0, k - 1)
        }
    }
    generate(a.count)
    return result
}
