import XCTest
@testable import KVOPlanning

final class RankingTests: XCTestCase {
    func testRankingKeepsOrder() {
        XCTAssertEqual(Ranking(["A", "B"]).order, ["A", "B"])
    }
}
