import XCTest
import KVOModel
@testable import KVOScript

/// Quick entry of votes (`vote PARTY` without a theme), with the keystrokes scripted.
final class VoteQuickEntryTests: XCTestCase {
    func session(keys: String?, after: String = "") -> (Interpreter, BufferedOutput, Int32) {
        let output = BufferedOutput()
        let interpreter = Interpreter(options: SessionOptions(today: Day("2026-01-01")!, safeRoot: "."), output: output)
        if let keys {
            var queue = Array(keys)
            interpreter.readKey = { prompt in
                output.write(prompt)
                guard !queue.isEmpty else { return nil }
                let k = queue.removeFirst()
                output.write("\(k)\n")
                return k
            }
        }
        let script = """
            new "Stemmen"
            add party "Politie" type=police
            vote PA-1 T02 urgency=2 means=2
            vote politie
            \(after)
            """
        let code = ScriptRunner.run([SourceFile(name: "t.kvo", text: script, directory: ".")], with: interpreter)
        return (interpreter, output, code)
    }

    func votes(_ i: Interpreter) -> [String: (Int?, Int?)] {
        Dictionary(uniqueKeysWithValues: i.workspace!.dossier.votes.map { ($0.theme!, ($0.urgency, $0.means)) })
    }

    func testOneKeystrokePerAnswerRecordedAsOneChange() throws {
        // T01: 5 4; T02: Enter keeps urgency 2, then 3; T03: skipped; T04: 1, back to urgency, 2 then 5; then stop.
        let (i, out, code) = session(keys: "54\r3s1b25q")
        XCTAssertEqual(code, 0, out.errors)
        let v = votes(i)
        XCTAssertEqual(v.count, 3)
        XCTAssertEqual(v["T01"]?.0, 5); XCTAssertEqual(v["T01"]?.1, 4)
        XCTAssertEqual(v["T02"]?.0, 2); XCTAssertEqual(v["T02"]?.1, 3)
        XCTAssertNil(v["T03"])
        XCTAssertEqual(v["T04"]?.0, 2); XCTAssertEqual(v["T04"]?.1, 5)
        XCTAssertTrue(out.output.contains("[2/12] T02 Social safety — urgency (2): "), out.output)
        XCTAssertTrue(out.output.contains("Politie: 3 themes scored (2 new, 1 changed). One change: undo takes it back."), out.output)
        XCTAssertEqual(i.workspace!.amendments.count, 3, "the walk is one amendment")
    }

    func testUndoTakesTheWholeWalkBack() throws {
        let (i, out, code) = session(keys: "5555q", after: "undo")
        XCTAssertEqual(code, 0, out.errors)
        XCTAssertEqual(votes(i).count, 1)
        XCTAssertEqual(votes(i)["T02"]?.0, 2)
    }

    func testCtrlCCancelsAndOtherKeysAskAgain() throws {
        let (i, out, code) = session(keys: "x5\u{3}")
        XCTAssertEqual(code, 0, out.errors)
        XCTAssertTrue(out.output.contains("press 1 to 5, Enter, s, b or q"), out.output)
        XCTAssertTrue(out.output.contains("Cancelled: nothing was recorded."), out.output)
        XCTAssertEqual(votes(i).count, 1)
    }

    func testWithoutATerminalItSaysHow() throws {
        let (_, out, code) = session(keys: nil)
        XCTAssertNotEqual(code, 0)
        XCTAssertTrue(out.errors.contains("quick entry (vote PARTY without a theme) needs a terminal"), out.errors)
    }
}
