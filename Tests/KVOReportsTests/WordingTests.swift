import XCTest
import KVOModel
@testable import KVOReports

final class WordingTests: XCTestCase {
    func testPercentagesRoundHalfUpWithTheLanguagesDecimalSign() {
        let nl = Wording(.nl), en = Wording(.en)
        XCTAssertEqual(nl.percent(8, of: 31), "25,8%")
        XCTAssertEqual(en.percent(8, of: 31), "25.8%")
        XCTAssertEqual(nl.percent(1, of: 8), "12,5%")
        XCTAssertEqual(nl.percent(1, of: 16), "6,3%") // 6.25 rounds up
        XCTAssertEqual(nl.percent(31, of: 31), "100%")
        XCTAssertEqual(nl.percent(0, of: 0), "–")
        XCTAssertEqual(nl.percent(0.258), "25,8%")
    }

    func testDatesWrittenOut() {
        XCTAssertEqual(Wording(.nl).date(Day("2024-10-08")!), "8 oktober 2024")
        XCTAssertEqual(Wording(.en).date(Day("2025-03-04")!), "4 March 2025")
        XCTAssertNil(Wording(.nl).date("not a date"))
    }

    func testLists() {
        XCTAssertEqual(Wording(.nl).list(["a", "b", "c"]), "a, b en c")
        XCTAssertEqual(Wording(.en).list(["a", "b"]), "a and b")
        XCTAssertEqual(Wording(.en).list([]), "")
    }
}
