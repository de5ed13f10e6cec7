import XCTest
import KVOModel
@testable import KVOScript

/// A vote carries its date (kvo-dossier/2): `vote`, and quick entry, set it to the session's date
/// (`--as-of`, else today) on every vote they record or change, so that a point in time before
/// the vote leaves it out.
final class VoteDateTests: XCTestCase {
    func session(today: String, keys: String? = nil, script: String) -> (Interpreter, BufferedOutput, Int32) {
        let output = BufferedOutput()
        let interpreter = Interpreter(options: SessionOptions(today: Day(today)!, safeRoot: "."), output: output)
        if let keys {
            var queue = Array(keys)
            interpreter.readKey = { _ in queue.isEmpty ? nil : queue.removeFirst() }
        }
        let code = ScriptRunner.run([SourceFile(name: "t.kvo", text: script, directory: ".")], with: interpreter)
        return (interpreter, output, code)
    }

    func votes(_ i: Interpreter) -> [String: VoteRecord] {
        Dictionary(uniqueKeysWithValues: i.workspace!.dossier.votes.map { ($0.theme!, $0) })
    }

    let setup = """
        new "Stemmen"
        add party "Politie" type=police
        add vote party=PA-1 theme=T02 urgency=1 date=2024-05-01
        add vote party=PA-1 theme=T03 urgency=1 date=2024-05-01

        """

    func testAVoteRecordedOrChangedIsDatedByTheSession() {
        let (i, out, code) = session(today: "2025-06-01", script: setup + "vote politie T05 urgency=4 means=2\nvote PA-1 T02 means=3\n")
        XCTAssertEqual(code, 0, out.errors)
        let v = votes(i)
        XCTAssertEqual(v["T05"]?.date, Day("2025-06-01"), "a new vote")
        XCTAssertEqual(v["T02"]?.date, Day("2025-06-01"), "a changed vote")
        XCTAssertNil(v["T02"]?.urgency, "the new vote replaces the earlier one whole")
        XCTAssertEqual(v["T03"]?.date, Day("2024-05-01"), "a vote not voted again keeps its date")
    }

    func testTheSessionDateIsTheOneGivenWithAsOf() {
        // `kvo --as-of DATE` makes DATE the session's date (SessionOptions.today).
        let (i, out, code) = session(today: "2024-09-01", script: setup + "vote PA-1 T05 rank=1\n")
        XCTAssertEqual(code, 0, out.errors)
        XCTAssertEqual(votes(i)["T05"]?.date, Day("2024-09-01"))
    }

    func testQuickEntryDatesEveryVoteItRecordsOrChanges() {
        // T01: 5 4 (new); T02: 2 2 (changed); T03: skipped; then stop.
        let (i, out, code) = session(today: "2025-06-01", keys: "5422sq", script: setup + "vote politie\n")
        XCTAssertEqual(code, 0, out.errors)
        let v = votes(i)
        XCTAssertEqual(v["T01"]?.date, Day("2025-06-01"), "a new vote")
        XCTAssertEqual(v["T02"]?.date, Day("2025-06-01"), "a changed vote")
        XCTAssertEqual(v["T03"]?.date, Day("2024-05-01"), "a skipped theme keeps its vote's date")
    }
}
