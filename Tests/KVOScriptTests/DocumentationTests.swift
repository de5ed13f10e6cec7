import XCTest
import Foundation
@testable import KVOScript

/// docs/language.md must follow the command and function tables, and its examples must run.
final class DocumentationTests: XCTestCase {
    private func document() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/language.md").standardized
        return try String(contentsOf: url, encoding: .utf8)
    }

    func testEveryCommandIsDocumentedWithItsUsage() throws {
        // A '|' inside a Markdown table cell is written '\|'.
        let doc = try document().replacingOccurrences(of: "\\|", with: "|")
        for spec in CommandTable.standard.commands {
            XCTAssertTrue(doc.contains("| `\(spec.usage)` | \(spec.summary) |"), "docs/language.md lacks the row of '\(spec.name)': `\(spec.usage)`")
            XCTAssertTrue(doc.contains("\"\(spec.name)\""), "the grammar does not name '\(spec.name)'")
        }
    }

    func testEveryFunctionIsDocumented() throws {
        let doc = try document()
        for f in FunctionTable.standard.functions {
            XCTAssertTrue(doc.contains("| `\(f.signature)` | \(f.summary) |"), "docs/language.md lacks \(f.signature)")
        }
    }

    func testGrammarNamesEveryKeywordAndSymbol() throws {
        let doc = try document()
        let start = try XCTUnwrap(doc.range(of: "```ebnf"))
        let grammar = doc[start.upperBound...].prefix { _ in true }
        let end = try XCTUnwrap(grammar.range(of: "```"))
        let ebnf = String(grammar[..<end.lowerBound])
        for k in Keyword.allCases { XCTAssertTrue(ebnf.contains("\"\(k.rawValue)\""), "keyword \(k.rawValue)") }
        for s in Symbol.allCases { XCTAssertTrue(ebnf.contains("\"\(s.rawValue)\""), "symbol \(s.rawValue)") }
    }

    /// The first example of the document runs cleanly.
    func testIntroductionExampleRuns() throws {
        let doc = try document()
        let parts = doc.components(separatedBy: "```")
        XCTAssertGreaterThan(parts.count, 2)
        let r = runScript(parts[1])
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(r.code, 0)
        XCTAssertFalse(r.out.isEmpty)
    }
}
