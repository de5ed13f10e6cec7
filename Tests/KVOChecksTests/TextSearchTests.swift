import XCTest
@testable import KVOChecks

/// The rules' byte search answers exactly as the Character-wise `String.contains` it replaces
/// (issue 15), on ASCII text and on the cases where bytes and Characters part ways.
final class TextSearchTests: XCTestCase {
    let texts = ["Kosten onbekend; financiering zoeken", "KOSTEN ONBEKEND", "TBD", "", "a", "tb", "geen budget\r\nnog",
                 "Geen\r\nBudget", "€ 12.000, dekking onbekend", "financie\u{308}le dekking", "financiële dekking",
                 "cafe\u{301} tbd", "tbd\u{301}", "E\u{301}e\u{301}n app", "Eén", "06-12345678 of jan@example.nl", "Ja\u{0}n",
                 "onbekendonbekend", "onbeken", "xonbekendx", "ONBEKEND\n"]
    let needles = ["onbekend", "tbd", "financiële", "geen budget", "e", "é", "a", "\r\n", "\n", "budget\r", "", "jan@example.nl",
                   "06-12345678", "t", "Tbd", "n\u{0}", "\r"]

    func testLowercasedMatchesStringContains() {
        for text in texts {
            for needle in needles {
                XCTAssertEqual(TextSearch.lowercased(text, contains: needle), text.lowercased().contains(needle), "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
    }

    func testContainsMatchesStringContains() {
        for text in texts {
            for needle in needles {
                XCTAssertEqual(TextSearch.contains(text, needle), text.contains(needle), "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
    }

    func testWordSeparatorsAreTheOldList() {
        for ch in " ,;:()<>[]\"'-@.a\u{0}\t\n\r\n€é" {
            XCTAssertEqual(ContactPrivacy.isWordSeparator(ch), " ,;:()<>[]\"'".contains(ch), ch.debugDescription)
        }
    }
}
