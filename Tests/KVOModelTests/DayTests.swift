import XCTest
@testable import KVOModel

final class DayTests: XCTestCase {
    func testRoundTripOverFourHundredYears() {
        var day = Day(year: 1900, month: 1, day: 1)!
        for _ in 0..<(400 * 366) {
            let (y, m, d) = day.components
            XCTAssertEqual(Day(year: y, month: m, day: d), day)
            day = day.adding(days: 1)
        }
    }

    func testKnownDates() {
        XCTAssertEqual(Day(year: 1970, month: 1, day: 1)?.ordinal, 0)
        XCTAssertEqual(Day("2024-03-01")?.weekday, 5) // a Friday
        XCTAssertNil(Day("2025-02-29"))
        XCTAssertNotNil(Day("2024-02-29"))
        XCTAssertNil(Day("1900-02-29"))
        XCTAssertNotNil(Day("2000-02-29"))
        XCTAssertNil(Day("2025-3-1"))
        XCTAssertEqual(Day("2025-03-01")?.description, "2025-03-01")
    }

    func testMonthArithmeticClamps() {
        XCTAssertEqual(Day("2025-01-31")!.adding(months: 1), Day("2025-02-28"))
        XCTAssertEqual(Day("2025-11-15")!.adding(months: 3), Day("2026-02-15"))
        XCTAssertEqual(Day("2025-03-15")!.adding(months: -3), Day("2024-12-15"))
        XCTAssertEqual(Day("2024-02-29")!.adding(years: 3), Day("2027-02-28"))
    }

    func testQuarters() {
        XCTAssertEqual(Quarter("2025Q2")?.firstDay, Day("2025-04-01"))
        XCTAssertEqual(Quarter("2025Q4")?.lastDay, Day("2025-12-31"))
        XCTAssertEqual(Quarter("2025Q4")?.adding(1).description, "2026Q1")
        XCTAssertEqual(Quarter("2025Q1")?.adding(-1).description, "2024Q4")
        XCTAssertNil(Quarter("2025Q5"))
        XCTAssertEqual(Day("2025-08-31")?.quarter, Quarter("2025Q3"))
    }
}
