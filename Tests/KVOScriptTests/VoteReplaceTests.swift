import XCTest
import Foundation
import KVOModel
@testable import KVOScript

/// A new vote for a party and theme replaces the earlier one whole, its kind of score included
/// (issue 18): before, the fields were merged, so an earlier rank kept deciding the party's order
/// and the new scores were ignored. Ranks are places among the themes; `prioritise as json`
/// carries the number of optimal orders.
final class VoteReplaceTests: XCTestCase {
    func session(keys: String? = nil, _ script: String) -> (Interpreter, BufferedOutput, Int32) {
        let output = BufferedOutput()
        let interpreter = Interpreter(options: SessionOptions(today: Day("2026-01-01")!, safeRoot: "."), output: output)
        if let keys {
            var queue = Array(keys)
            interpreter.readKey = { _ in queue.isEmpty ? nil : queue.removeFirst() }
        }
        let code = ScriptRunner.run([SourceFile(name: "t.kvo", text: script, directory: ".")], with: interpreter)
        return (interpreter, output, code)
    }

    /// One party ranks T01 over T02; the votes that follow (`then`) score them the other way round.
    func ranked(then: String) -> String {
        """
        new "Stemmen"
        add party "Politie" type=police
        vote PA-1 T01 rank=1
        vote PA-1 T02 rank=2
        \(then)
        prioritise as json

        """
    }

    /// The JSON `prioritise as json` wrote last, after the session's other lines.
    func json(_ out: BufferedOutput) throws -> [String: Any] {
        let start = try XCTUnwrap(out.output.range(of: "\n{", options: .backwards)?.upperBound, out.output)
        let text = "{" + out.output[start...]
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func consensus(_ out: BufferedOutput) throws -> [String] {
        try XCTUnwrap(try json(out)["kemeny"] as? [String])
    }

    func testARevoteByScoresDropsTheEarlierRankAndChangesTheConsensus() throws {
        let (i, out, code) = session(ranked(then: "vote PA-1 T01 urgency=1 means=1\nvote PA-1 T02 urgency=5 means=4"))
        XCTAssertEqual(code, 0, out.errors)
        XCTAssertEqual(try consensus(out).prefix(2), ["T02", "T01"], out.output)
        let v = Dictionary(uniqueKeysWithValues: i.workspace!.dossier.votes.map { ($0.theme!, $0) })
        XCTAssertNil(v["T01"]?.rank, "the rank is replaced, not kept beside the new scores")
        XCTAssertEqual(v["T02"]?.urgency, 5)
        XCTAssertEqual(i.workspace!.dossier.votes.count, 2, "replaced, not added")
    }

    func testARevoteByRankDropsTheEarlierScores() throws {
        let script = """
            new "Stemmen"
            add party "Politie" type=police
            vote PA-1 T01 urgency=5 means=5
            vote PA-1 T01 rank=3

            """
        let (i, out, code) = session(script)
        XCTAssertEqual(code, 0, out.errors)
        let vote = try XCTUnwrap(i.workspace!.dossier.votes.first)
        XCTAssertEqual(vote.rank, 3)
        XCTAssertNil(vote.urgency)
        XCTAssertNil(vote.means)
    }

    func testQuickEntryReplacesTheEarlierRankAndChangesTheConsensus() throws {
        // T01: 1 1; T02: 5 4; then stop.
        let (i, out, code) = session(keys: "1154q", ranked(then: "vote politie"))
        XCTAssertEqual(code, 0, out.errors)
        XCTAssertEqual(try consensus(out).prefix(2), ["T02", "T01"], out.output)
        XCTAssertTrue(i.workspace!.dossier.votes.allSatisfy { $0.rank == nil }, "no rank outlives the walk")
    }

    func testARankOutsideOneToTheNumberOfThemesIsRefused() {
        for bad in ["0", "-3", "13"] {
            let (i, out, code) = session("new \"S\"\nadd party \"Politie\" type=police\nvote PA-1 T01 rank=\(bad)\n")
            XCTAssertEqual(code, 2, "rank=\(bad): \(out.output)")
            XCTAssertTrue(i.workspace!.dossier.votes.isEmpty, "rank=\(bad) is not recorded")
        }
        let (_, out, _) = session("new \"S\"\nadd party \"Politie\" type=police\nvote PA-1 T01 rank=13\n")
        XCTAssertTrue(out.errors.contains("a rank is a place from 1 to 12 (the number of themes), not 13"), out.errors)
    }

    func testEqualRanksWithinAPartyAreATieAndTheVoteSaysSo() {
        let (i, out, code) = session("new \"S\"\nadd party \"Politie\" type=police\nvote PA-1 T01 rank=1\nvote PA-1 T03 rank=1\n")
        XCTAssertEqual(code, 0, out.errors)
        XCTAssertEqual(i.workspace!.dossier.votes.count, 2)
        XCTAssertTrue(out.output.contains("scores T03 rank 1; tied with T01"), out.output)
    }

    func testPrioritiseAsJSONCarriesTheNumberOfOptimalOrders() throws {
        let script = """
            new "Stemmen"
            add party "Politie" type=police
            add party "Gemeente" type=municipality
            vote PA-1 T01 rank=1
            vote PA-1 T02 rank=2
            vote PA-2 T01 rank=2
            vote PA-2 T02 rank=1
            prioritise as json

            """
        let (_, out, code) = session(script)
        XCTAssertEqual(code, 0, out.errors)
        let json = try json(out)
        XCTAssertEqual(json["kemenyOptimalOrders"] as? Int, 2, out.output)
        XCTAssertEqual(json["kemenyUnique"] as? Bool, false)
    }
}
