import XCTest
import KVOModel
@testable import KVOScript

final class LexerTests: XCTestCase {
    private func tokens(_ text: String) throws -> [Token] {
        var lexer = Lexer(SourceFile(name: nil, text: text, directory: "."))
        var out: [Token] = []
        while true {
            let t = try lexer.next()
            out.append(t)
            if t.kind == .eof { return out }
        }
    }

    private func kinds(_ text: String) throws -> [Token.Kind] { try tokens(text).map(\.kind) }

    func testLiterals() throws {
        XCTAssertEqual(try kinds("42 3.5 30% 2025-03-01 2025Q2 true null"), [
            .number(42), .number(3.5), .percent(0.3), .date(Day(year: 2025, month: 3, day: 1)!), .quarter(Quarter(year: 2025, number: 2)!),
            .keyword(.true), .keyword(.null), .eof,
        ])
    }

    func testMinusBetweenNumbersIsSubtractionUnlessAFullDate() throws {
        XCTAssertEqual(try kinds("2025-03"), [.number(2025), .symbol(.minus), .number(3), .eof])
    }

    func testStringsAndEscapes() throws {
        XCTAssertEqual(try kinds(#""a\"b\n\u{E9}" 'x\'y'"#), [.string("a\"b\né"), .string("x'y"), .eof])
    }

    func testStringsMaySpanLines() throws {
        XCTAssertEqual(try kinds("\"one\ntwo\""), [.string("one\ntwo"), .eof])
    }

    func testCommentsAndNewlines() throws {
        XCTAssertEqual(try kinds("echo 1 # note\n# whole line\necho"), [
            .identifier("echo"), .number(1), .newline, .newline, .identifier("echo"), .eof,
        ])
    }

    func testPositionsCountCharactersNotBytes() throws {
        let t = try tokens("let é = \"ë\" + x")
        XCTAssertEqual(t[1].location, SourceLocation(line: 1, column: 5))
        XCTAssertEqual(t[5].location, SourceLocation(line: 1, column: 15))
        let multi = try tokens("echo 1\n  echo 2")
        XCTAssertEqual(multi[3].location, SourceLocation(line: 2, column: 3))
    }

    func testOperatorsAndOptions() throws {
        XCTAssertEqual(try kinds("a <= b != c --as-of"), [
            .identifier("a"), .symbol(.lessEqual), .identifier("b"), .symbol(.notEqual), .identifier("c"), .option("as-of"), .eof,
        ])
    }

    func testUnterminatedStringAsksForMore() {
        XCTAssertThrowsError(try kinds("echo \"abc")) { error in
            let d = error as! Diagnostic
            XCTAssertEqual(d.openConstruct, .string)
            XCTAssertEqual(d.location, SourceLocation(line: 1, column: 6))
        }
    }

    func testInvalidDateIsAnInvalidToken() throws {
        guard case .invalid(let message, _) = try kinds("2025-02-30")[0] else { return XCTFail("expected an invalid token") }
        XCTAssertEqual(message.en, "'2025-02-30' is not a valid date")
    }

    func testUnexpectedCharacterHasHint() throws {
        guard case .invalid(let message, let hint) = try kinds("a && b")[1] else { return XCTFail("expected an invalid token") }
        XCTAssertEqual(message.en, "unexpected character '&'")
        XCTAssertEqual(hint?.en, "write 'and' instead of '&&'")
    }

    func testWordModeReadsPathsAndPatterns() throws {
        var lexer = Lexer(SourceFile(name: nil, text: "  KVO-4.1.*  examples/de-hoek.json", directory: "."))
        lexer.mode = .word(commas: false)
        XCTAssertEqual(try lexer.next().kind, .word("KVO-4.1.*"))
        let second = try lexer.next()
        XCTAssertEqual(second.kind, .word("examples/de-hoek.json"))
        XCTAssertEqual(second.location, SourceLocation(line: 1, column: 14))
        XCTAssertEqual(try lexer.next().kind, .eof)
    }

    private func kinds(_ text: String, in mode: Lexer.Mode) throws -> [Token.Kind] {
        var lexer = Lexer(SourceFile(name: nil, text: text, directory: "."))
        lexer.mode = mode
        var out: [Token.Kind] = []
        while true {
            let t = try lexer.next()
            out.append(t.kind)
            if t.kind == .eof { return out }
        }
    }

    func testWordModeKeepsOptionsArrowsAndCommasApart() throws {
        XCTAssertEqual(try kinds("a,b --x \"c d\" >f # note", in: .word(commas: false)),
                       [.word("a"), .symbol(.comma), .word("b"), .option("x"), .string("c d"), .symbol(.greater), .word("f"), .eof])
        XCTAssertEqual(try kinds("id,title a>b", in: .word(commas: true)), [.word("id,title"), .word("a>b"), .eof])
    }

    func testOptionValueModeTakesAnythingUpToABlank() throws {
        XCTAssertEqual(try kinds("--y MB-1,MB-2 >z", in: .optionValue(commas: true)), [.word("--y"), .word("MB-1,MB-2"), .word(">z"), .eof])
        XCTAssertEqual(try kinds(",x", in: .optionValue(commas: false)), [.symbol(.comma), .word("x"), .eof])
    }

    func testRecordIDModeStopsAtAFieldName() throws {
        XCTAssertEqual(try kinds("M-3", in: .recordID), [.word("M-3"), .eof])
        XCTAssertEqual(try kinds("status=done", in: .recordID).first, .identifier("status"))
        XCTAssertEqual(try kinds("status = done", in: .recordID).first, .identifier("status"))
        XCTAssertEqual(try kinds("a==b", in: .recordID), [.word("a==b"), .eof])
        XCTAssertEqual(try kinds("if=1", in: .recordID), [.word("if=1"), .eof])
    }

    func testFieldValueModeStartsAnExpressionOnlyAtATouchingParenthesis() throws {
        XCTAssertEqual(try kinds("(1", in: .fieldValue).first, .symbol(.leftParen))
        XCTAssertEqual(try kinds(" (1", in: .fieldValue), [.word("(1"), .eof])
        XCTAssertEqual(try kinds("2025Q2,2025Q4", in: .fieldValue), [.word("2025Q2,2025Q4"), .eof])
    }
}

final class LexerEdgeTests: XCTestCase {
    private func kinds(_ text: String) throws -> [Token.Kind] {
        var lexer = Lexer(SourceFile(name: nil, text: text, directory: "."))
        var out: [Token.Kind] = []
        while true {
            let t = try lexer.next()
            out.append(t.kind)
            if t.kind == .eof { return out }
        }
    }

    func testDatesMayNotRunOn() throws {
        guard case .invalid(let message, _) = try kinds("2025-03-011")[0] else { return XCTFail() }
        XCTAssertEqual(message.en, "malformed date")
        guard case .invalid = try kinds("2025-03-01x")[0] else { return XCTFail() }
        XCTAssertEqual(try kinds("2025-03-1"), [.number(2025), .symbol(.minus), .number(3), .symbol(.minus), .number(1), .eof])
    }

    func testContinuationWithWindowsLineEnds() throws {
        XCTAssertEqual(try kinds("echo 1, \\\r\n 2"), [.identifier("echo"), .number(1), .symbol(.comma), .number(2), .eof])
    }

    func testOptionWithEquals() throws {
        var lexer = Lexer(SourceFile(name: nil, text: "--as-of=2025-03-01", directory: "."))
        XCTAssertEqual(try lexer.next().kind, .option("as-of"))
        lexer.mode = .optionValue(commas: false)
        XCTAssertEqual(try lexer.next().kind, .word("2025-03-01"))
    }

    func testCombiningAccentIsPartOfAName() throws {
        XCTAssertEqual(try kinds("cafe\u{301}"), [.identifier("cafe\u{301}"), .eof])
    }

    func testVariableNames() {
        XCTAssertTrue(Lexer.isVariableName("park_2"))
        XCTAssertTrue(Lexer.isVariableName("één"))
        XCTAssertFalse(Lexer.isVariableName("if"))
        XCTAssertFalse(Lexer.isVariableName("2park"))
        XCTAssertFalse(Lexer.isVariableName("a-b"))
    }

    func testWindowsLineEndsInDiagnostics() {
        let source = SourceFile(name: "w.kvo", text: "echo 1\r\necho (\r\n", directory: ".")
        XCTAssertEqual(source.lines.count, 3)
        XCTAssertEqual(source.line(2), "echo (")
    }
}
