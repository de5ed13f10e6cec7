import XCTest
import Foundation

/// Every standard view fits the terminal (issue 13): at 80 and 100 columns no line is wider, and
/// no word is split. A word counts as split when a piece of a line is not a whole word of the same
/// view printed 1000 columns wide (where nothing needs breaking); a word may break only after a
/// hyphen between letters or a comma, and help's examples continue with " \".
final class WidthTests: XCTestCase {
    static let views = ["status", "check as table", "evidence as table", "prioritise as table", "plan --what-if",
                        "matrix as table", "help", "help list", "help prioritise", "help functions"]

    private func run(_ view: String, dossier: String, columns: Int, language: String) throws -> String {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples").standardized.path
        let result = try KVOBinary.run([dossier, "--as-of", "2026-01-15", "--lang", language, "-c", view], directory: examples,
                                       environment: ["COLUMNS": "\(columns)"])
        XCTAssertTrue(result.stderr.isEmpty, "\(view): \(result.stderr)")
        return result.stdout
    }

    /// Words as the layout may break them: at blanks, and after a hyphen between letters.
    static func words(_ text: String) -> Set<String> {
        var words = Set<String>()
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var current = ""
            let chars = Array(word)
            for (i, c) in chars.enumerated() {
                current.append(c)
                if (c == "-" && i > 0 && i + 1 < chars.count && chars[i - 1].isLetter && chars[i + 1].isLetter) || (c == "," && i + 1 < chars.count) {
                    words.insert(current)
                    current = ""
                }
            }
            words.insert(current)
        }
        return words
    }

    func testStandardViewsFitAndSplitNoWord() throws {
        for dossier in ["de-hoek.json", "cluster-kanaalzone.json"] {
            for language in ["en", "nl"] {
                for view in Self.views {
                    let wide = Self.words(try run(view, dossier: dossier, columns: 1000, language: language))
                    for columns in [80, 100] {
                        let text = try run(view, dossier: dossier, columns: columns, language: language)
                        let label = "\(dossier) \(language) '\(view)' at \(columns)"
                        for line in text.split(separator: "\n") {
                            XCTAssertLessThanOrEqual(line.count, columns, "\(label): \(line)")
                        }
                        // Rules under headers and bars are drawn to the width; they are no words.
                        let split = Self.words(text).subtracting(wide).subtracting(["\\"]).filter { !$0.allSatisfy { $0 == "-" || $0 == "#" } }
                        XCTAssertTrue(split.isEmpty, "\(label): split words \(split.sorted())")
                    }
                }
            }
        }
    }
}
