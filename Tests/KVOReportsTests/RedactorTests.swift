import XCTest
@testable import KVOReports

final class RedactorTests: XCTestCase {
    let nl = Redactor(language: .nl)

    /// The texts found in `text`, in order.
    func found(_ text: String) -> [String] {
        let chars = Array(text)
        return Redactor.matches(in: text).map { String(chars[$0.range]) }
    }

    func testDutchPhoneNumbersInTheirUsualNotations() {
        for number in ["06-12345678", "0612345678", "06 12 34 56 78", "06 - 12 34 56 78", "+31 6 1234 5678", "+31612345678",
                       "+31 (0)6 12345678", "0031 6 12345678", "040-1234567", "040 123 45 67", "(040) 123 45 67", "020-123 4567",
                       "010.123.45.67", "0800-1234", "0900-1234567", "+32 2 123 45 67", "+44 20 7946 0958"] {
            XCTAssertEqual(found("Bel \(number) na zessen."), [number], number)
            XCTAssertEqual(nl.scrub("Bel \(number) na zessen."), "Bel [telefoonnummer weggelaten] na zessen.", number)
        }
    }

    func testNumbersThatAreNoPhoneNumbersStay() {
        for text in ["Planjaar 2025-2028", "op 2025-03-01 vastgesteld", "op 01-02-2025 gemeld", "postcode 5594 AB", "Hoekerweg 12",
                     "certificaat KVO-BT-2025-0417", "30% van 120", "KvK 12345678", "open van 09:00-17:00", "€ 0,50 per stuk",
                     "0 donkere plekken bij de avondschouw 2026", "foto's 01-10", "NL91ABNA0417164300", "18 van 52", "06-1234567",
                     "tussen nr. 30 en 48"] {
            XCTAssertEqual(found(text), [], text)
            XCTAssertEqual(nl.scrub(text), text, text)
        }
    }

    func testANumberEndsWhereItsDigitsAreComplete() {
        // The year after the number is not swallowed, nor the house number before it.
        XCTAssertEqual(nl.scrub("06-12345678 2025"), "[telefoonnummer weggelaten] 2025")
        XCTAssertEqual(nl.scrub("Hoekerweg 12 0612345678"), "Hoekerweg 12 [telefoonnummer weggelaten]")
        XCTAssertEqual(found("tel.06-12345678, of 040-1234567."), ["06-12345678", "040-1234567"])
    }

    func testEmailAddresses() {
        XCTAssertEqual(found("Mail h.vanderlinden@example.nl of secretariaat.dehoek@example.nl."),
                       ["h.vanderlinden@example.nl", "secretariaat.dehoek@example.nl"])
        XCTAssertEqual(found("<jan+kvo@bedrijf-x.co.uk>"), ["jan+kvo@bedrijf-x.co.uk"])
        XCTAssertEqual(nl.scrub("Mail a.peters@example.nl."), "Mail [e-mailadres weggelaten].")
        XCTAssertEqual(Redactor(language: .en).scrub("mail a@b.nl or 06-12345678"), "mail [e-mail address removed] or [phone number removed]")
        for text in ["@De Hoek", "info@", "prijs @ 5 euro", "a@b", "user@localhost", "x@y.1"] {
            XCTAssertEqual(found(text), [], text)
        }
    }

    func testBothInOneTextAndNothingElseChanges() {
        let text = "Bel Kees (06-34567812) of mail kees@example.nl; het pand Smidsstraat 2 is sinds 2024 leeg."
        XCTAssertEqual(nl.scrub(text), "Bel Kees ([telefoonnummer weggelaten]) of mail [e-mailadres weggelaten]; het pand Smidsstraat 2 is sinds 2024 leeg.")
        let matches = Redactor.matches(in: text)
        XCTAssertEqual(matches.map(\.kind), [.phone, .email])
    }
}
