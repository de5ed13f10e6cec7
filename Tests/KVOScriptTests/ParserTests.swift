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

/// The lexer reads command arguments in the mode their slot asks for (issue 16): the parser
/// never rewinds it, so a word slot may only start where the token before it was read knowing it.
final class ParserModeTests: XCTestCase {
    private func arguments(_ text: String, commands: CommandTable = .standard) throws -> ParsedArguments {
        let program = try Parser.parse(SourceFile(name: nil, text: text, directory: "."), commands: commands)
        guard case .command(_, let args) = program.statements[0].kind else { throw XCTSkip("not a command") }
        return args
    }

    /// The token after an expression is read as code, so no slot that reads words can follow one.
    func testNoWordSlotFollowsAnExpression() {
        func check(_ slots: [Slot], in name: String) {
            for (i, slot) in slots.enumerated() {
                if case .optional(let inner) = slot { check(inner, in: name) }
                let endsInCode: Bool = switch slot {
                case .expression, .expressions, .condition, .assignments, .fieldValues: true
                default: false
                }
                guard endsInCode, i + 1 < slots.count else { continue }
                XCTAssertEqual(Slot.startMode(of: slots[(i + 1)...]), .code, "\(name): a word slot follows an expression")
            }
        }
        for spec in CommandTable.standard.commands { check(spec.syntax, in: spec.name) }
    }

    /// Which words name a kind comes from the command table, not from the schema.
    func testKindWordsComeFromTheCommandTable() throws {
        let withKinds = try arguments("set measure M-3 status=done")
        XCTAssertEqual(withKinds.word(SlotName.recordKind.text)?.text, "measure")
        XCTAssertEqual(withKinds.word("id")?.text, "M-3")
        let table = CommandTable(CommandTable.standard.commands, recordKindNames: ["thing"])
        let own = try arguments("set thing T-1 status=done", commands: table)
        XCTAssertEqual(own.word(SlotName.recordKind.text)?.text, "thing")
        XCTAssertThrowsError(try arguments("set measure M-3 status=done", commands: table))
    }

    func testRecordSlotTellsAnIDFromAFieldValuePair() throws {
        let args = try arguments("set measure status=done")
        XCTAssertNil(args.word(SlotName.recordKind.text))
        XCTAssertEqual(args.word("id")?.text, "measure")
        XCTAssertEqual(args.assignments("field").map(\.name), ["status"])
    }

    func testFieldValuesAsWrittenQuotedOrInParentheses() throws {
        let args = try arguments("set M-3 quarters=2025Q2,2025Q4 title=\"two words\" budget=(1 + 2)")
        let values = args.assignments("field")
        XCTAssertEqual(values.map(\.name), ["quarters", "title", "budget"])
        guard case .literal(.string(let quarters)) = values[0].value.kind else { return XCTFail() }
        XCTAssertEqual(quarters, "2025Q2,2025Q4")
        guard case .literal(.string(let title)) = values[1].value.kind else { return XCTFail() }
        XCTAssertEqual(title, "two words")
        guard case .binary = values[2].value.kind else { return XCTFail("\(values[2].value.kind)") }
    }

    func testOptionValueAndRedirectionAreWords() throws {
        // A file name stops at a comma, as it did when words were read by rewinding.
        XCTAssertThrowsError(try Parser.parse(SourceFile(name: nil, text: "status > a,b", directory: ".")))
        let program = try Parser.parse(SourceFile(name: nil, text: "check KVO-4.* --as-of=2025-03-01 >> out/a.md", directory: "."))
        guard case .command(_, let args) = program.statements[0].kind else { return XCTFail() }
        XCTAssertEqual(args.words("pattern").map(\.text), ["KVO-4.*"])
        XCTAssertEqual(args.options["as-of"]?.value?.text, "2025-03-01")
        XCTAssertEqual(program.statements[0].redirection?.path.text, "out/a.md")
        XCTAssertEqual(program.statements[0].redirection?.appends, true)
    }
}
