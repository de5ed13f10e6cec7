import XCTest
@testable import KVOChecks

/// The rules' byte search answers exactly as the Character-wise `String.contains` it replaces
/// (issue 15), on ASCII text and on the cases where bytes and Characters part ways.
///
/// The reference is `firstRange(of:) != nil`, the _StringProcessing search the rules called: in a
/// file that imports XCTest, `contains` resolves to Foundation's, which answers differently for an
/// empty needle or one holding NUL.
final class TextSearchTests: XCTestCase {
    func reference(_ text: String, _ needle: String) -> Bool { text.firstRange(of: needle) != nil }

    let texts = ["Kosten onbekend; financiering zoeken", "KOSTEN ONBEKEND", "TBD", "", "a", "tb", "geen budget\r\nnog",
                 "Geen\r\nBudget", "€ 12.000, dekking onbekend", "financie\u{308}le dekking", "financiële dekking",
                 "cafe\u{301} tbd", "tbd\u{301}", "E\u{301}e\u{301}n app", "Eén", "06-12345678 of jan@example.nl", "Ja\u{0}n",
                 "onbekendonbekend", "onbeken", "xonbekendx", "ONBEKEND\n", "\u{212A}osten tbd", "a\u{037E}b", "x\u{1FEF}y",
                 "€ onbekend\u{301}", "€ \u{0600}tbd", "€ tbd", "İstanbul onbekend", "€ k;`"]
    let needles = ["onbekend", "tbd", "financiële", "geen budget", "e", "é", "a", "\r\n", "\n", "budget\r", "", "jan@example.nl",
                   "06-12345678", "t", "Tbd", "n\u{0}", "\r", "k", "K", ";", "`", "a;b", "x`y", "i", "istanbul", "\u{212A}", "\u{212A}osten", "a\u{037E}", "\u{1FEF}", "e\u{301}"]

    func testLowercasedMatchesStringContains() {
        for text in texts {
            for needle in needles {
                XCTAssertEqual(TextSearch.lowercased(text, contains: needle), reference(text.lowercased(), needle), "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
    }

    func testContainsAnyMatchesStringContains() {
        for text in texts {
            for k in 0..<needles.count {
                let some = Array(needles[k...].prefix(3))
                XCTAssertEqual(TextSearch.lowercased(text, containsAny: some), some.contains { reference(text.lowercased(), $0) }, "\(text.debugDescription) \(some)")
            }
        }
    }

    func testContainsMatchesStringContains() {
        for text in texts {
            for needle in needles {
                XCTAssertEqual(TextSearch.contains(text, needle), reference(text, needle), "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
    }

    func testWordSeparatorsAreTheOldList() {
        for ch in " ,;:()<>[]\"'-@.a\u{0}\t\n\r\n€é" {
            XCTAssertEqual(ContactPrivacy.isWordSeparator(ch), " ,;:()<>[]\"'".contains(ch), ch.debugDescription)
        }
    }

    func testAreaNamesNormalisedAsBefore() {
        for name in ["De Hoek", "  De Hoek  ", "   ", "", " \u{301}x ", "x \u{301}", "Eén  ", "\tA B\n", " \r\n "] {
            let old = String(name.lowercased().drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            XCTAssertEqual(AreaFacts.normalised(name), old, name.debugDescription)
        }
    }
}
