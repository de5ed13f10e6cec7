import XCTest
@testable import KVOChecks

final class AreaRuleTests: XCTestCase {
    func testMaxEntrepreneurs() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.1-MAX-ENTREPRENEURS").status, .notAssessable)
        b.add("parks", ["name": "Noord", "entrepreneurs": 300])
        b.add("parks", ["name": "Zuid", "entrepreneurs": 300])
        let at = b.check("KVO-3.1-MAX-ENTREPRENEURS")
        XCTAssertEqual(at.status, .pass)
        XCTAssertTrue(at.message.en.contains("600 entrepreneurs (summed over 2 parks)"), at.message.en)
        b.update("P-2", ["entrepreneurs": 301])
        let over = b.check("KVO-3.1-MAX-ENTREPRENEURS")
        XCTAssertEqual(over.status, .fail)
        XCTAssertEqual(over.shortfall?.en, "1 too many: split the area or leave out a park.")
        XCTAssertTrue(over.message.nl.contains("601 ondernemers"))
    }
}
