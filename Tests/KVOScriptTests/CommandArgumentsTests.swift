import XCTest
import Foundation
import KVOModel
@testable import KVOScript

/// Commands read their arguments only by the names their syntax declares (SlotName,
/// ArgumentReader), decoded once into a value of their own type (CommandArguments).
final class CommandArgumentsTests: XCTestCase {
    private func parsed(_ text: String) throws -> (CommandSpec, ParsedArguments, SourceFile, SourceLocation) {
        let source = SourceFile(name: nil, text: text, directory: ".")
        let program = try Parser.parse(source)
        guard let statement = program.statements.first, case .command(let spec, let arguments) = statement.kind else {
            throw XCTSkip("not a command: \(text)")
        }
        return (spec, try spec.checkingFormat(arguments, in: source), source, statement.location)
    }

    func testEveryTypedCommandDecodesItsExampleReadingOnlyDeclaredNames() throws {
        var decoded = 0
        for spec in CommandTable.standard.commands {
            guard let decode = spec.decode else { continue }
            let (parsedSpec, arguments, source, location) = try parsed(spec.example)
            XCTAssertEqual(parsedSpec.name, spec.name, spec.example)
            do {
                try decode(ArgumentReader(arguments, of: spec, source: source, at: location))
                decoded += 1
            } catch {
                XCTFail("\(spec.name): \(error.message.en) (example: \(spec.example))")
            }
        }
        // Every command with an action (the statements `let`, `if`, `for` have none).
        XCTAssertEqual(decoded, CommandTable.standard.commands.filter { $0.action != nil }.count)
        XCTAssertGreaterThan(decoded, 40)
    }

    /// Clause words (`desc`) and optional slots decode to what was typed, and their absence too.
    func testListDecodesEveryClauseOnceAndTheirAbsence() throws {
        let (spec, arguments, source, location) = try parsed("list measures where status = \"done\" sort title desc limit 3 fields id,title as json")
        let full = try ListArguments(from: ArgumentReader(arguments, of: spec, source: source, at: location))
        XCTAssertEqual(full.kind.text, "measures")
        XCTAssertNotNil(full.condition)
        XCTAssertEqual(full.sort?.text, "title")
        XCTAssertTrue(full.descending)
        XCTAssertNotNil(full.limit)
        XCTAssertEqual(full.columns?.text, "id,title")
        let (bareSpec, bareArguments, bareSource, bareLocation) = try parsed("list measures sort title")
        let bare = try ListArguments(from: ArgumentReader(bareArguments, of: bareSpec, source: bareSource, at: bareLocation))
        XCTAssertEqual(bare.sort?.text, "title")
        XCTAssertFalse(bare.descending)
        XCTAssertNil(bare.condition)
        XCTAssertNil(bare.limit)
        XCTAssertNil(bare.columns)
    }

    /// Options decode to flags and values: `check --fail-on-warn --status fail --audit renewal`.
    func testCheckDecodesItsOptions() throws {
        let (spec, arguments, source, location) = try parsed("check KVO-4.1.* §5 --fail-on-warn --status fail,warn --audit renewal")
        let decoded = try CheckArguments(from: ArgumentReader(arguments, of: spec, source: source, at: location))
        XCTAssertEqual(decoded.patterns.map(\.text), ["KVO-4.1.*", "§5"])
        XCTAssertTrue(decoded.failOnWarn)
        XCTAssertFalse(decoded.trail)
        XCTAssertEqual(decoded.status?.text, "fail,warn")
        XCTAssertEqual(decoded.audit?.text, "renewal")
    }

    func testEveryCommandWithAnActionIsTyped() {
        let untyped = CommandTable.standard.commands.filter { $0.action != nil && $0.decode == nil }.map(\.name)
        XCTAssertEqual(untyped, [])
    }

    func testReadingANameTheSyntaxDoesNotDeclareIsAnInternalError() throws {
        let (spec, arguments, source, location) = try parsed("set M-12 status=done")
        let reader = ArgumentReader(arguments, of: spec, source: source, at: location)
        XCTAssertEqual(try reader.record(SetArguments.id).id.text, "M-12")
        XCTAssertEqual(try reader.assignments(SetArguments.fields).map(\.name), ["status"])
        for read in [{ _ = try reader.optionalWord(SlotName("fields")) }, { _ = try reader.flag(SlotName("force")) },
                     { _ = try reader.assignments(SlotName("fieldz")) }] as [() throws -> Void] {
            XCTAssertThrowsError(try read()) { error in
                XCTAssertEqual((error as? Diagnostic)?.kind, .internal)
                XCTAssertTrue((error as? Diagnostic)?.message.en.contains("not one of its slots") == true)
            }
        }
    }

    func testADecodingThatReadsAnUndeclaredNameFailsTheExampleTest() throws {
        struct Misnamed: CommandArguments {
            init(from a: ArgumentReader) throws(Diagnostic) { _ = try a.optionalWord(SlotName("topics")) }
        }
        let spec = CommandSpec(name: "help", group: .session, summary: .verbatim(""), syntax: [.optional([.word(HelpArguments.topic, .command)])],
                               example: "help echo", arguments: Misnamed.self, run: { _, _ in })
        let (_, arguments, source, location) = try parsed(spec.example)
        XCTAssertThrowsError(try spec.decode?(ArgumentReader(arguments, of: spec, source: source, at: location)))
    }

    func testTheDeclaredNamesIncludeClauseWordsOptionsAndTheKindOfARecord() {
        XCTAssertEqual(CommandSpec.remove.declaredNames, ["id", "kind", "force"])
        XCTAssertEqual(CommandSpec.waive.declaredNames, ["rule", "justification", "until", "date", "by", "party"])
    }

    /// Every command reaches the session through CommandEnvironment, and no command reads an
    /// argument by string or force-unwraps one (in any folder below Commands/).
    func testCommandFilesUseTheEnvironmentAndNoReadsByString() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/KVOScript/Commands").standardized
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        XCTAssertGreaterThan(files.count, 20)
        let forceUnwrap = try NSRegularExpression(pattern: #"\.(word|words|expression|expressions|assignments)\("[^"]*"\)!"#)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            XCTAssertFalse(text.contains("context.interpreter"), "\(file) reaches through the interpreter")
            XCTAssertFalse(text.contains("context.arguments."), "\(file) reads its arguments by string")
            let range = NSRange(text.startIndex..., in: text)
            XCTAssertNil(forceUnwrap.firstMatch(in: text, range: range), "\(file) force-unwraps an argument")
        }
    }
}
