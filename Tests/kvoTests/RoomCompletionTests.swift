import XCTest
import Foundation

/// Completion that helps a room (issue 13), on a pseudo-terminal: the values of a choice field
/// after `status=`, themes after a party in `vote`, party words, and a question before a list
/// longer than the screen.
final class RoomCompletionTests: XCTestCase {
    private var home: String!

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "kvo-room-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/state", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    private func start(_ language: String, rows: UInt16 = 40) throws -> PseudoTerminal {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        // A copy per session: a second session on the same file would be asked about its lock.
        let path = home + "/de-hoek-\(language)-\(rows).json"
        if !FileManager.default.fileExists(atPath: path) {
            try FileManager.default.copyItem(atPath: root + "/examples/de-hoek.json", toPath: path)
        }
        let env = ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": home!, "XDG_STATE_HOME": home + "/state",
                   "XDG_CONFIG_HOME": home + "/config", "PATH": "/usr/bin:/bin"]
        let pty = try PseudoTerminal(arguments: [path, "--lang", language], environment: env, directory: home, rows: rows)
        XCTAssertTrue(pty.expect("> "), "no prompt; got: \(pty.transcript)")
        return pty
    }

    func testStatusValuesAfterTheEqualsSign() throws {
        let pty = try start("en")
        pty.send("set M-12 status=\t")
        XCTAssertTrue(pty.expect("dropped"), pty.transcript)
        XCTAssertTrue(pty.expect("in-progress"), pty.transcript)
        XCTAssertFalse(pty.transcript.contains("title="), "field names instead of values: \(pty.transcript)")
        pty.send("\u{3}")
        let nl = try start("nl")
        nl.send("wijzig M-12 status=ger\t")
        XCTAssertTrue(nl.expect("eed "), nl.transcript)
    }

    func testThemesAfterAPartyAndPartyWords() throws {
        let pty = try start("nl")
        pty.send("stem politie \t")
        // Listed in columns: overlast ends the third row, T05 starts the fifth.
        XCTAssertTrue(pty.expect("overlast"), pty.transcript)
        XCTAssertTrue(pty.expect("T05"), pty.transcript)
        pty.send("\u{3}")
        pty.send("stem po\t")
        // libedit writes what Tab added after the typed part.
        XCTAssertTrue(pty.expect("litie "), pty.transcript)
        pty.send("overl\t")
        XCTAssertTrue(pty.expect("ast "), pty.transcript)
    }

    func testALongListAsksFirst() throws {
        let pty = try start("en", rows: 20)
        pty.send("show \t")
        XCTAssertTrue(pty.expect("Show all "), pty.transcript)
        XCTAssertTrue(pty.expect("? (y/n) "), pty.transcript)
        pty.send("n")
        XCTAssertTrue(pty.expect("> show "), pty.transcript)
        XCTAssertFalse(pty.transcript.contains("M-10"), "listed after no: \(pty.transcript)")
        pty.send("\t")
        XCTAssertTrue(pty.expect("? (y/n) "), pty.transcript)
        pty.send("y")
        XCTAssertTrue(pty.expect("M-10"), pty.transcript)
        // A short list does not ask.
        pty.send("\u{3}")
        pty.send("show M-1\t")
        XCTAssertTrue(pty.expect("M-10"), pty.transcript)
        let afterShort = pty.transcript.components(separatedBy: "show M-1").last ?? ""
        XCTAssertFalse(afterShort.contains("Show all"), pty.transcript)
    }
}
