import XCTest
@testable import KVOPlanning

final class RankingTests: XCTestCase {
    func testStrictRankingKeepsOrder() {
        let r = Ranking(["B", "A", "C"])
        XCTAssertEqual(r.order, ["B", "A", "C"])
        XCTAssertEqual(r.groups, [["B"], ["A"], ["C"]])
        XCTAssertTrue(r.isStrict)
    }

    func testGroupsAreNormalised() {
        // Empty groups dropped, a repeated item keeps its first place, groups sorted by name.
        let r = Ranking(groups: [["C", "A"], [], ["B", "A"]])
        XCTAssertEqual(r.groups, [["A", "C"], ["B"]])
        XCTAssertEqual(r, Ranking(groups: [["C", "A"], ["B"]]))
        XCTAssertFalse(r.isStrict)
        XCTAssertEqual(r.order, ["A", "C", "B"])
    }

    func testPositionsUseMidRanksAndPutLeftOutItemsAtTheBottom() {
        // Universe of 6: A,B tie for places 1-2 (1.5), C is 3, D,E,F left out share places 4-6 (5).
        let r = Ranking(groups: [["A", "B"], ["C"], ["Z"]])
        let p = r.positions(in: ["A", "B", "C", "D", "E", "F"])
        XCTAssertEqual(p, ["A": 1.5, "B": 1.5, "C": 3, "D": 5, "E": 5, "F": 5])  // Z is outside the universe
    }

    func testPrefers() {
        let r = Ranking(groups: [["A", "B"], ["C"]])
        XCTAssertEqual(r.prefers("A", over: "C"), true)
        XCTAssertEqual(r.prefers("C", over: "B"), false)
        XCTAssertNil(r.prefers("A", over: "B"))       // tied
        XCTAssertEqual(r.prefers("C", over: "X"), true)  // ranked beats left out
        XCTAssertNil(r.prefers("X", over: "Y"))       // neither ranked
    }

    func testRestricted() {
        XCTAssertEqual(Ranking(groups: [["A", "B"], ["C"], ["D"]]).restricted(to: ["B", "D"]), Ranking(["B", "D"]))
    }
}
