import XCTest
@testable import KVOPlanning

final class KendallWTests: XCTestCase {
    func testIdenticalRankingsGiveOne() throws {
        let result = try XCTUnwrap(KendallW.compute(times(3, ["A", "B", "C", "D"])))
        XCTAssertEqual(result.w, 1, accuracy: 1e-12)
        XCTAssertEqual(result.voters, 3)
        XCTAssertEqual(result.items, ["A", "B", "C", "D"])
    }

    func testBalancedRankingsGiveZero() throws {
        // Cycle: rank sums A 1+3+2, B 2+1+3, C 3+2+1 are all 6 = m(n+1)/2, so S = 0.
        let cycle = try XCTUnwrap(KendallW.compute([Ranking(["A", "B", "C"]), Ranking(["B", "C", "A"]), Ranking(["C", "A", "B"])]))
        XCTAssertEqual(cycle.w, 0, accuracy: 1e-12)
        // Two reversed rankings: every sum is 4.
        let reversed = try XCTUnwrap(KendallW.compute([Ranking(["A", "B", "C"]), Ranking(["C", "B", "A"])]))
        XCTAssertEqual(reversed.w, 0, accuracy: 1e-12)
    }

    func testTextbookCase() throws {
        // m = 3, n = 4, ranks [1,2,3,4], [2,1,3,4], [1,3,2,4] for A, B, C, D.
        // Sums: A 4, B 6, C 8, D 12; mean m(n+1)/2 = 7.5; deviations −3.5, −1.5, 0.5, 4.5;
        // S = 12.25 + 2.25 + 0.25 + 20.25 = 35; W = 12·35 / (3²·(4³ − 4)) = 420 / 540 = 7/9.
        let votes = [Ranking(["A", "B", "C", "D"]), Ranking(["B", "A", "C", "D"]), Ranking(["A", "C", "B", "D"])]
        let result = try XCTUnwrap(KendallW.compute(votes))
        XCTAssertEqual(result.w, 7.0 / 9.0, accuracy: 1e-9)
    }

    func testTieCorrection() throws {
        // m = 2, n = 3. V1 ties A,B (1.5, 1.5, 3), V2 strict (1, 2, 3). Sums 2.5, 3.5, 6; mean 4;
        // S = 2.25 + 0.25 + 4 = 6.5; T = 2³ − 2 = 6; W = 12·6.5 / (4·24 − 2·6) = 78/84 = 13/14.
        let result = try XCTUnwrap(KendallW.compute([Ranking(groups: [["A", "B"], ["C"]]), Ranking(["A", "B", "C"])]))
        XCTAssertEqual(result.w, 13.0 / 14.0, accuracy: 1e-9)
    }

    func testMissingItemsAreExcluded() throws {
        // D and E are not ranked by everyone: W over A, B, C, where both agree.
        let result = try XCTUnwrap(KendallW.compute([Ranking(["A", "D", "B", "C"]), Ranking(["A", "B", "E", "C"])]))
        XCTAssertEqual(result.items, ["A", "B", "C"])
        XCTAssertEqual(result.excluded, ["D", "E"])
        XCTAssertEqual(result.w, 1, accuracy: 1e-12)
    }

    func testUndefinedCasesGiveNil() {
        XCTAssertNil(KendallW.compute([]))
        XCTAssertNil(KendallW.compute([Ranking(["A", "B"])]))                          // one voter
        XCTAssertNil(KendallW.compute([Ranking(["A", "B"]), Ranking(["A", "C"])]))     // one common item
        XCTAssertNil(KendallW.compute(times(2, []).map { _ in Ranking(groups: [["A", "B"]]) }))  // all tied
    }
}
