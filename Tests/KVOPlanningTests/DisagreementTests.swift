import XCTest
@testable import KVOPlanning

final class DisagreementTests: XCTestCase {
    func testNamesTheVotersFurthestFromTheConsensus() {
        // Consensus A, B, C. p1 agrees, p2 swaps B and C, p3 reverses, p4 ranks only B
        // (so B is p4's 1st and A, C share 2.5).
        let voters = ["p1": Ranking(["A", "B", "C"]), "p2": Ranking(["A", "C", "B"]),
                      "p3": Ranking(["C", "B", "A"]), "p4": Ranking(["B"])]
        let result = Disagreement.measure(consensus: ["A", "B", "C"], voters: voters)
        XCTAssertEqual(result.map(\.item), ["A", "B", "C"])
        // A: positions 1, 1, 3 → p3 at distance 2; p4 did not rank A.
        XCTAssertEqual(result[0].furthest, ["p3"])
        XCTAssertEqual(result[0].distance, 2)
        XCTAssertEqual(result[0].abstained, ["p4"])
        XCTAssertEqual(result[0].positions, ["p1": 1, "p2": 1, "p3": 3])
        // B (consensus 2): p1 2, p2 3, p3 2, p4 1 → p2 and p4 at distance 1.
        XCTAssertEqual(result[1].furthest, ["p2", "p4"])
        XCTAssertEqual(result[1].distance, 1)
        XCTAssertEqual(result[1].abstained, [])
        // C (consensus 3): p1 3, p2 2, p3 1 → p3 at distance 2.
        XCTAssertEqual(result[2].furthest, ["p3"])
        XCTAssertEqual(result[2].consensusPosition, 3)
    }

    func testNobodyIsNamedWhenAllAgree() {
        let result = Disagreement.measure(consensus: ["A", "B"], voters: ["x": Ranking(["A", "B"]), "y": Ranking(["A", "B"])])
        XCTAssertEqual(result.map(\.furthest), [[], []])
        XCTAssertEqual(result.map(\.distance), [0, 0])
    }
}
