import XCTest
@testable import KVOPlanning

final class BordaCountTests: XCTestCase {
    func testIssueCaseBordaPutsBFirst() {
        // 3 × A>B>C, 2 × B>C>A. Points 2,1,0: A 3·2 = 6, B 3·1 + 2·2 = 7, C 2·1 = 2.
        let result = BordaCount.rank(times(3, ["A", "B", "C"]) + times(2, ["B", "C", "A"]))
        XCTAssertEqual(result.order, ["B", "A", "C"])
        XCTAssertEqual(result.scores, ["A": 6, "B": 7, "C": 2])
        XCTAssertEqual(result.ties, [])
    }

    func testTiedInputAndMissingItems() {
        // n = 4. Voter 1: A,B tied (1.5 each) → 2.5 points each, C 1, D 0.
        // Voter 2 ranks only B > A: B 3, A 2, C and D share places 3-4 (3.5) → 0.5 each.
        let result = BordaCount.rank([Ranking(groups: [["A", "B"], ["C"], ["D"]]), Ranking(["B", "A"])])
        XCTAssertEqual(result.scores, ["A": 4.5, "B": 5.5, "C": 1.5, "D": 0.5])
        XCTAssertEqual(result.order, ["B", "A", "C", "D"])
    }

    func testLeftOutItemsGetTheAverageOfTheRemainingPositions() {
        // 5 items, the voter ranks 2: C, D, E share positions 3-5 (average 4) → 5 − 4 = 1 point each.
        let result = BordaCount.rank([Ranking(["A", "B"])], items: ["A", "B", "C", "D", "E"])
        XCTAssertEqual(result.scores, ["A": 4, "B": 3, "C": 1, "D": 1, "E": 1])
        XCTAssertEqual(result.order, ["A", "B", "C", "D", "E"])
        XCTAssertEqual(result.ties, [["C", "D", "E"]])
        XCTAssertEqual(result.ranking.groups, [["A"], ["B"], ["C", "D", "E"]])
    }

    func testTiesAreBrokenByNameAndReported() {
        let result = BordaCount.rank([Ranking(["B", "A"]), Ranking(["A", "B"])])
        XCTAssertEqual(result.scores, ["A": 1, "B": 1])
        XCTAssertEqual(result.order, ["A", "B"])
        XCTAssertEqual(result.ties, [["A", "B"]])
    }

    func testEmpty() {
        let result = BordaCount.rank([])
        XCTAssertEqual(result.order, [])
        XCTAssertEqual(result.ties, [])
    }
}
