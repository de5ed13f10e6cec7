import KVOModel
import XCTest
@testable import KVOScript

/// `list` clauses in any order, each at most once (issue 13).
final class ClauseOrderTests: XCTestCase {
    private func arguments(_ text: String) throws -> ParsedArguments {
        let program = try Parser.parse(SourceFile(name: "t.kvo", text: text, directory: "."))
        guard case .command(_, let args)? = program.statements.first?.kind else { throw XCTSkip("not a command") }
        return args
    }

    func testAnyOrderReadsTheSameClauses() throws {
        let orders = ["list measures where hours > 3 sort hours desc limit 2 fields id,title as csv",
                      "list measures as csv limit 2 fields id,title sort hours desc where hours > 3",
                      "list measures fields id,title as csv where hours > 3 limit 2 sort hours desc"]
        for text in orders {
            let a = try arguments(text)
            XCTAssertEqual(a.word("format")?.text, "csv", text)
            XCTAssertEqual(a.word("columns")?.text, "id,title", text)
            XCTAssertNotNil(a.expression("condition"), text)
            XCTAssertNotNil(a.expression("limit"), text)
            XCTAssertEqual(a.word("field")?.text, "hours", text)
            XCTAssertTrue(a.has("desc"), text)
        }
    }

    func testAClauseTwiceIsAnError() {
        XCTAssertEqual(parseError("list measures limit 2 as csv limit 3")?.message.en, "'limit' is given twice")
        XCTAssertEqual(parseError("list measures as csv as md")?.message.en, "'as' is given twice")
        XCTAssertEqual(parseError("lijst maatregelen als csv als md")?.message.nl, "'als' staat er twee keer")
    }
}
