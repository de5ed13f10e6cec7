import XCTest
import Foundation

/// Each parse function carries its grammar rule from docs/language.md above it, as Lua's
/// lparser.c does, and the rule there is the same: the document stays the grammar's one source.
final class GrammarCommentTests: XCTestCase {
    static let marker = "/// Grammar (docs/language.md):"
    /// The parser's files whose every `parse…` function is a grammar rule.
    static let files = ["Parser.swift", "Parser+Expressions.swift", "Parser+Redirection.swift"]

    private func read(_ relative: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../" + relative).standardized
        return try String(contentsOf: url, encoding: .utf8)
    }

    private static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The EBNF block of docs/language.md, its comments dropped and its white space normalised.
    private func grammar() throws -> String {
        let doc = try read("docs/language.md")
        let start = try XCTUnwrap(doc.range(of: "```ebnf"))
        let rest = doc[start.upperBound...]
        var ebnf = String(rest[..<(try XCTUnwrap(rest.range(of: "```"))).lowerBound])
        while let open = ebnf.range(of: "(*"), let close = ebnf.range(of: "*)", range: open.upperBound..<ebnf.endIndex) {
            ebnf.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return Self.normalised(ebnf)
    }

    /// The grammar comments of a source file: (the function below it, the rule as written).
    static func grammarComments(_ source: String) -> [(function: String, rule: String)] {
        let lines = source.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var found: [(String, String)] = []
        for (i, line) in lines.enumerated() where line == marker {
            var rule: [String] = []
            var j = i + 1
            while j < lines.count, lines[j].hasPrefix("///") {
                let text = lines[j].dropFirst(3).trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { rule.append(text) }
                j += 1
            }
            let function = j < lines.count ? lines[j] : ""
            found.append((function, normalised(rule.joined(separator: " "))))
        }
        return found
    }

    func testEveryGrammarCommentIsARuleOfTheDocument() throws {
        let ebnf = try grammar()
        var count = 0
        for file in Self.files {
            for comment in Self.grammarComments(try read("Sources/KVOScript/Parsing/" + file)) {
                count += 1
                XCTAssertFalse(comment.rule.isEmpty, "\(file): an empty grammar comment above \(comment.function)")
                XCTAssertTrue(ebnf.contains(comment.rule), "\(file): the rule above \(comment.function) is not in docs/language.md: \(comment.rule)")
            }
        }
        XCTAssertGreaterThanOrEqual(count, 20)
    }

    func testEveryParseFunctionCarriesItsRule() throws {
        for file in Self.files {
            let source = try read("Sources/KVOScript/Parsing/" + file)
            let commented = Set(Self.grammarComments(source).map(\.function))
            let parseFunctions = source.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.hasPrefix("mutating func parse") || $0.hasPrefix("func parse") }
            XCTAssertFalse(parseFunctions.isEmpty, file)
            for function in parseFunctions {
                XCTAssertTrue(commented.contains(function), "\(file): no grammar comment above \(function)")
            }
        }
    }

    /// The checks above find a rule that is not the document's.
    func testAWrongRuleIsFound() throws {
        let ebnf = try grammar()
        let source = """
            \(Self.marker)
            ///
            ///     primary = NUMBER | "maybe" ;
            mutating func parsePrimary() {}
            """
        let comments = Self.grammarComments(source)
        XCTAssertEqual(comments.count, 1)
        XCTAssertEqual(comments.first?.rule, "primary = NUMBER | \"maybe\" ;")
        XCTAssertFalse(ebnf.contains(comments[0].rule))
    }
}
