import XCTest
import KVOModel
@testable import KVOImport

final class ParkLocatorTests: XCTestCase {
    func testStreetsMatchWithoutRegardToCaseAccentsAndBlanks() throws {
        let locator = ParkLocator(dossier: try Fixture.cluster())
        XCTAssertEqual(locator.place(street: "Hoogstraat", postcode: nil), .street("P-1"))
        XCTAssertEqual(locator.place(street: "  HOOGSTRAAT ", postcode: nil), .street("P-1"))
        XCTAssertEqual(locator.place(street: "hoogstraat 12a", postcode: nil), .street("P-1"))
        XCTAssertEqual(locator.place(street: "Sint Jozefstraat", postcode: nil), .street("P-1"))
        XCTAssertEqual(locator.place(street: "sint-jozefstraat", postcode: nil), .street("P-1"))
        XCTAssertEqual(locator.place(street: "Rue de l'Église 4", postcode: nil), .street("P-1"))
        XCTAssertEqual(locator.place(street: "kanaaldijk  noord", postcode: nil), .street("P-2"))
        XCTAssertEqual(locator.place(street: "Stationsstraat", postcode: nil), .overig)
        XCTAssertEqual(locator.place(street: "", postcode: nil), .overig)
    }

    func testPostcodeRangesPlaceWhatTheStreetDoesNot() throws {
        let locator = ParkLocator(dossier: try Fixture.cluster())
        XCTAssertEqual(locator.place(street: "Kerkstraat", postcode: Postcode("5651 AC")), .postcode("P-1"))
        XCTAssertEqual(locator.place(street: "", postcode: Postcode("5652bc")), .postcode("P-2"))
        XCTAssertEqual(locator.place(street: "", postcode: Postcode("5651 BA")), .overig, "just past the range")
        XCTAssertEqual(locator.place(street: "", postcode: Postcode("5651")), .overig, "a PC4 only where the range holds all of it")
        // The street decides over the postcode.
        XCTAssertEqual(locator.place(street: "Havenstraat", postcode: Postcode("5651AB")), .street("P-2"))
    }

    func testPostcodesAndRanges() {
        XCTAssertEqual(Postcode("5651 ab")?.description, "5651AB")
        XCTAssertEqual(Postcode("5651")?.description, "5651")
        XCTAssertNil(Postcode("0651AB"))
        XCTAssertNil(Postcode("5651A"))
        XCTAssertNil(Postcode("onbekend"))
        let range = Postcode.Range("5651AA-5651ZZ")!
        XCTAssertTrue(range.contains(Postcode("5651")!))
        XCTAssertTrue(range.contains(Postcode("5651MN")!))
        XCTAssertFalse(range.contains(Postcode("5652AA")!))
        let pc4 = Postcode.Range("5651-5652")!
        XCTAssertTrue(pc4.contains(Postcode("5652ZZ")!))
        XCTAssertFalse(pc4.contains(Postcode("5653AA")!))
        XCTAssertNil(Postcode.Range("5652AA-5651AA"))
        XCTAssertNil(Postcode.Range("Dommelrode"))
    }

    func testStreetNamesLoseTheirHouseNumbers() {
        XCTAssertEqual(ParkLocator.streetName("Industrieweg 12a"), "Industrieweg")
        XCTAssertEqual(ParkLocator.streetName("Hoogstraat 3, Dommelrode"), "Hoogstraat")
        XCTAssertEqual(ParkLocator.streetName("2e Kruisstraat 4"), "2e Kruisstraat")
        XCTAssertEqual(ParkLocator.streetName("Rue de l'Église 4 bis"), "Rue de l'Église")
        XCTAssertEqual(ParkLocator.streetName("Markt"), "Markt")
    }
}
