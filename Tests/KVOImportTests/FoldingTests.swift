import XCTest
@testable import KVOImport

final class FoldingTests: XCTestCase {
    func testAccentsCaseAndBlanksFoldAlike() {
        XCTAssertEqual("Café De Brug".folded, "cafe de brug")
        XCTAssertEqual("  CAFÉ   de\tBRUG ".folded, "cafe de brug")
        XCTAssertEqual("Cafe\u{301} De Brug".folded, "cafe de brug") // e + combining acute
        XCTAssertEqual("’s-Hertogenbosch".folded, "'s hertogenbosch")
        XCTAssertEqual("'s Hertogenbosch".folded, "'s hertogenbosch")
        XCTAssertEqual("St. Jozefstraat".folded, "st jozefstraat")
        XCTAssertEqual("Kanaaldijk-Noord".folded, "kanaaldijk noord")
        XCTAssertEqual("Straße".folded, "strasse")
        XCTAssertEqual("Ĳsselmeerweg".folded, "ijsselmeerweg")
        XCTAssertEqual("Łódź Œuvre".folded, "lodz oeuvre")
        XCTAssertEqual("Hoogstraat".folded, "hoogstraat")
        XCTAssertEqual("".folded, "")
    }

    func testTablesCoverTheirRanges() {
        // Every letter of Latin-1 and Latin Extended-A folds to plain ASCII letters.
        for v in UInt32(0xC0)...0x17F where v != 0xD7 && v != 0xF7 {
            let s = String(Character(Unicode.Scalar(v)!))
            XCTAssertTrue(s.folded.unicodeScalars.allSatisfy { $0.value < 0x80 && $0.properties.isAlphabetic }, "U+\(String(v, radix: 16)) folds to \(s.folded)")
        }
    }
}
