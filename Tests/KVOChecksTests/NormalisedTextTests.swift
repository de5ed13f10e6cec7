import XCTest
@testable import KVOChecks

/// `AuditRules.normalised` over bytes (ASCII without CR) gives what lower-casing, splitting at
/// blanks and joining gives; other texts take that way itself.
final class NormalisedTextTests: XCTestCase {
    func testBytesGiveWhatSplittingGives() {
        func reference(_ text: String) -> String {
            text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        }
        let texts = ["", " ", "  A  b\t\tC\nd ", "Gemeente  Dommelrode", "\n\nx", "x\r\ny", "a\rb", "Café  Noord", "ÉÉN\t twee",
                     "De status van dit certificaat kan nagegaan worden bij Stichting X", "tab\tend\t", "A-Z[]^_`az{}~\u{7F}"]
        for t in texts {
            XCTAssertEqual(AuditRules.normalised(t), reference(t), t.debugDescription)
        }
        XCTAssertNil(AuditRules.asciiNormalised("x\r\ny"), "CR LF is one character: the split decides")
        XCTAssertNil(AuditRules.asciiNormalised("ë"))
    }
}
