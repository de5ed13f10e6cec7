import XCTest
import KVOModel
@testable import KVOScript

/// Parser.slot(at:in:commands:): the slot under the cursor, found by walking the command's
/// slots as parsing does (what the shell's completion asks).
final class SlotAtCursorTests: XCTestCase {
    private func slot(_ line: String) -> SlotAtCursor? { Parser.slot(at: line.utf8.count, in: line) }

    private func name(_ slot: Slot?) -> String? {
        switch slot {
        case .word(let n, _)?, .words(let n, _)?, .expression(let n)?, .expressions(let n)?, .assignments(let n)?,
             .fieldValues(let n)?, .condition(let n)?, .string(let n)?, .record(let n)?: n
        case .literal(let text)?: "'" + text + "'"
        case .optional?: "optional"
        case nil: nil
        }
    }

    func testTheSlotOfEachWordInOrder() {
        XCTAssertEqual(name(slot("set ")?.slot), "id")
        XCTAssertEqual(name(slot("set M-1 ")?.slot), "field")
        XCTAssertEqual(slot("set M-1 ")?.filled, 1)
        XCTAssertEqual(name(slot("waive KVO-3.7-APP-ADMIN \"reden\" ")?.slot), "'until'")
        XCTAssertEqual(name(slot("waive KVO-3.7-APP-ADMIN \"reden\" until 2026-04-01 ")?.slot), "'by'")
        XCTAssertEqual(name(slot("waive KVO-3.7-APP-ADMIN \"reden\" until 2026-04-01 by ")?.slot), "party")
    }

    func testThePartialWordIsNotYetASlotsValue() {
        let position = slot("help ec")
        XCTAssertEqual(name(position?.slot), "topic")
        XCTAssertEqual(position?.partial, "ec")
        XCTAssertEqual(position?.filled, 0)
    }

    func testAListSlotStaysOpenAndAnUnfinishedValueStaysInItsSlot() {
        XCTAssertEqual(name(slot("rules KVO-4.1.1-* ")?.slot), "pattern")
        XCTAssertEqual(name(slot("echo 1, ")?.slot), "value")
        XCTAssertEqual(name(slot("echo 1 + ")?.slot), "value")
        XCTAssertEqual(name(slot("assert x, ")?.slot), "message")
        XCTAssertEqual(name(slot("set M-1 title=")?.slot), "field")
    }

    func testOptionsAndQuotesAreSteppedOver() {
        XCTAssertEqual(name(slot("remove --force ")?.slot), "id")
        let quoted = slot("run \"my scr")
        XCTAssertEqual(name(quoted?.slot), "file")
        XCTAssertEqual(quoted?.partial, "my scr")
        XCTAssertEqual(quoted?.inString, true)
    }

    func testDutchClauseWordsAndCommandNames() {
        XCTAssertEqual(name(slot("ontheffen KVO-3.7-APP-ADMIN \"reden\" tot 2026-04-01 door ")?.slot), "party")
        XCTAssertEqual(name(slot("hulp ")?.slot), "topic")
    }

    func testPastTheLastSlotOrWithoutACommandThereIsNone() {
        XCTAssertNil(slot("pager on ")?.slot)
        XCTAssertEqual(slot("pager on ")?.filled, 1)
        XCTAssertNil(slot("1 + "))
        XCTAssertNil(slot("let x = "))
    }
}
