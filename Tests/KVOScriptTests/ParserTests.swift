import KVOModel
import XCTest
@testable import KVOScript

final class ParserTests: XCTestCase {
    private func assertError(_ text: String, line: Int, column: Int, contains message: String,
                             file: StaticString = #filePath, lineNumber: UInt = #line) {
        guard let d = parseError(text) else { return XCTFail("expected a parse error", file: file, line: lineNumber) }
        XCTAssertEqual(d.location, SourceLocation(line: line, column: column), d.message.en, file: file, line: lineNumber)
        XCTAssertTrue(d.message.en.contains(message), "message was: \(d.message.en)", file: file, line: lineNumber)
        XCTAssertEqual(d.exitCode, 2, file: file, line: lineNumber)
        XCTAssertNil(d.openConstruct, file: file, line: lineNumber)
    }

    func testErrorPositions() {
        assertError("let x = 2 +* 3", line: 1, column: 12, contains: "expected a value after '+'")
        assertError("echo 1\nlet = 4", line: 2, column: 5, contains: "expected a variable name after 'let'")
        assertError("echo 1\n\n  ecko 2", line: 3, column: 3, contains: "unknown command 'ecko'; did you mean 'echo'?")
        assertError("if x = 1\nend", line: 1, column: 6, contains: "'=' assigns; to compare write '=='")
        assertError("echo 1 < 2 < 3", line: 1, column: 12, contains: "comparisons cannot be chained")
        assertError("end", line: 1, column: 1, contains: "'end' without an open 'if'")
        assertError("assert", line: 1, column: 7, contains: "expected CONDITION for 'assert'")
        assertError("echo a && b", line: 1, column: 8, contains: "unexpected character '&'")
        assertError("help --bogus", line: 1, column: 6, contains: "'help' has no option '--bogus'")
        assertError("echo [1, 2)", line: 1, column: 11, contains: "expected ']'")
    }

    func testIncompleteInputNamesWhatIsOpen() {
        XCTAssertEqual(parseError("if true\n  echo 1")?.openConstruct, .ifBlock)
        XCTAssertEqual(parseError("for i in [1]\n")?.openConstruct, .forBlock)
        XCTAssertEqual(parseError("echo \"abc\ndef")?.openConstruct, .string)
        XCTAssertEqual(parseError("echo max(1,\n 2")?.openConstruct, .parenthesis)
        XCTAssertEqual(parseError("let l = [1,\n")?.openConstruct, .bracket)
        XCTAssertNil(parseError("if true\n  echo 1\nend"))
    }

    func testUnclosedBlockPointsAtItsOpening() {
        let d = parseError("echo 0\nif true\n  echo 1")
        XCTAssertEqual(d?.location, SourceLocation(line: 2, column: 1))
        XCTAssertEqual(d?.message.en, "'if' opened at line 2 is not closed")
    }

    func testPrecedence() throws {
        let program = try Parser.parse(SourceFile(name: nil, text: "not a or b and c == 1 + 2 * 3", directory: "."))
        guard case .expression(let e) = program.statements[0].kind, case .binary(.or, let left, let right) = e.kind else {
            return XCTFail("expected 'or' at the top")
        }
        guard case .unary(.not, _) = left.kind else { return XCTFail("'not' binds tighter than 'or'") }
        guard case .binary(.and, _, let comparison) = right.kind, case .binary(.equal, _, let sum) = comparison.kind,
              case .binary(.add, _, let product) = sum.kind, case .binary(.multiply, _, _) = product.kind else {
            return XCTFail("expected and > == > + > *")
        }
    }

    func testCommandSlotsAndOptions() throws {
        let program = try Parser.parse(SourceFile(name: nil, text: "run checks/a.kvo park=\"Noord\" year=2025", directory: "."))
        guard case .command(let spec, let args) = program.statements[0].kind else { return XCTFail() }
        XCTAssertEqual(spec.name, "run")
        XCTAssertEqual(args.word("file")?.text, "checks/a.kvo")
        XCTAssertEqual(args.assignments("name").map(\.name), ["park", "year"])
    }

    func testMultiLineExpressionsInsideBrackets() throws {
        let program = try Parser.parse(SourceFile(name: nil, text: "echo max(1,\n  2,\n  3)\necho 4", directory: "."))
        XCTAssertEqual(program.statements.count, 2)
    }

    func testUsageIsGeneratedFromSlots() {
        XCTAssertEqual(CommandTable.standard.command(named: "assert")?.usage, "assert CONDITION [, MESSAGE]")
        XCTAssertEqual(CommandTable.standard.command(named: "echo")?.usage, "echo [VALUE [, VALUE ...]]")
        XCTAssertEqual(CommandTable.standard.command(named: "run")?.usage, "run FILE [NAME=VALUE ...]")
    }
}

final class ParserMessageTests: XCTestCase {
    func testElseMustComeLast() {
        XCTAssertEqual(parseError("if true\nelse\nelif false\nend")?.message.en, "'elif' after 'else': the 'else' branch must come last")
    }

    func testExtraArgument() {
        XCTAssertEqual(parseError("vars 3")?.message.en, "expected the end of 'vars', found a number")
    }

    func testContinuedLineAfterAWord() throws {
        let program = try Parser.parse(SourceFile(name: nil, text: "help vars\\\n\necho 1", directory: "."))
        guard case .command(_, let args) = program.statements[0].kind else { return XCTFail() }
        XCTAssertEqual(args.word("topic")?.text, "vars")
    }

    func testAsStartsTheOutputClauseNotAnOptionalWord() throws {
        let program = try Parser.parse(SourceFile(name: nil, text: "evidence as json", directory: "."))
        guard case .command(_, let args) = program.statements[0].kind else { return XCTFail() }
        XCTAssertNil(args.word("theme"))
        XCTAssertEqual(args.word("format")?.text, "json")
    }
}
