import XCTest
@testable import KVOScript

/// Lines for the terminal (issue 13): broken at blanks and after a hyphen between letters, never
/// inside a word; only a word longer than the width is cut, marked with "…".
final class TextLayoutTests: XCTestCase {
    func testBreaksAtBlanksAndHyphensNeverInsideAWord() {
        XCTAssertEqual(TextLayout.lines("Brandweer Veiligheidsregio Dommeldal", width: 16), ["Brandweer", "Veiligheidsregio", "Dommeldal"])
        XCTAssertEqual(TextLayout.lines("Brandweer Veiligheidsregio-Dommeldal", width: 20), ["Brandweer", "Veiligheidsregio-", "Dommeldal"])
        // A hyphenated word that fits a line of its own moves whole.
        XCTAssertEqual(TextLayout.lines("one of \"day-inspection\", \"evening-inspection\"", width: 24),
                       ["one of \"day-inspection\",", "\"evening-inspection\""])
        XCTAssertEqual(TextLayout.lines("approvedBy=MB-1,MB-2,MB-3", width: 16), ["approvedBy=MB-1,", "MB-2,MB-3"])
        XCTAssertEqual(TextLayout.lines("Ondernemersvereniging De Hoek", width: 22), ["Ondernemersvereniging", "De Hoek"])
        // Hyphens in IDs and dates are not between two letters: they hold.
        XCTAssertEqual(TextLayout.lines("KVO-4.1.1-RESPONSE 2025-03-04", width: 19), ["KVO-4.1.1-RESPONSE", "2025-03-04"])
    }

    func testOnlyAWordLongerThanTheWidthIsCutAndMarked() {
        XCTAssertEqual(TextLayout.lines("Ondernemersvereniging", width: 10), ["Onderneme…"])
        XCTAssertEqual(TextLayout.lines("a Ondernemersvereniging b", width: 10), ["a", "Onderneme…", "b"])
    }

    func testKeepsLineBreaksAndBlanksThatFit() {
        XCTAssertEqual(TextLayout.lines("25  26\nQ1", width: 10), ["25  26", "Q1"])
        XCTAssertEqual(TextLayout.lines("", width: 10), [""])
        XCTAssertEqual(TextLayout.lines("a b", width: 10), ["a b"])
        XCTAssertEqual(TextLayout.lines("aaaa    bbbb", width: 6), ["aaaa", "bbbb"])
    }

    func testFittedProseKeepsItsIndent() {
        let text = "  Borda ranks differently: T03 > T05 > T04\nshort"
        XCTAssertEqual(TextLayout.fitted(text, width: 20), "  Borda ranks\n  differently: T03 >\n  T05 > T04\nshort")
    }

    /// No line wider than the width, and every word of the input whole on one line, for widths
    /// from 8 to 40 over a text of real names.
    func testNoLineTooWideAndNoWordSplit() {
        let text = "Brandweer Veiligheidsregio Dommeldal, Politie basisteam Dommelrode; Gemeente Dommelrode en Ondernemersvereniging De Hoek"
        let words = text.split(separator: " ").map(String.init)
        for width in 8...40 {
            let lines = TextLayout.lines(text, width: width)
            XCTAssertTrue(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
            let longest = words.map(\.count).max()!
            if width >= longest {
                let rejoined = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
                XCTAssertEqual(Set(words), rejoined, "\(width): \(lines)")
            }
        }
    }
}
