import XCTest
@testable import KVOChecks

/// `AnalysisSupport.wordCount` counts over bytes what splitting at `Character.isWhitespace`
/// counts, for texts below U+0300 and, through the split itself, for any other text.
final class WordCountTests: XCTestCase {
    func testCountsAsSplittingAtWhitespaceDoes() {
        let texts = ["", " ", "één", "a b", "  a  b  ", "a\tb\nc\r\nd\u{0B}e\u{0C}f", "a\u{85}b", "a\u{A0}b", "café crème brûlée",
                     "ë\u{A0}\u{A0}ï", "x\u{2000}y", "a \u{301}b", "e\u{301} f", "日本 語", "😀 😀😀", "\r\n", "a\u{7F}b", "ÿ\u{2FF}z",
                     "De analyse toont drie zorgpunten: inbraak, parkeren en verlichting.\n\nDe werkgroep is het eens."]
        for t in texts {
            XCTAssertEqual(AnalysisSupport.wordCount(t), t.split(whereSeparator: \.isWhitespace).count, t.debugDescription)
        }
    }
}
