import XCTest
import Foundation

/// The line editor, driven through a pseudo-terminal: typing, Tab, history, UTF-8, Ctrl-C, Ctrl-D.
final class LineEditorTests: XCTestCase {
    private var home: String!

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "kvo-pty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/state", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    private func start(_ arguments: [String] = []) throws -> PseudoTerminal {
        let env = ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": home!, "XDG_STATE_HOME": home + "/state",
                   "XDG_CONFIG_HOME": home + "/config", "PATH": "/usr/bin:/bin"]
        let pty = try PseudoTerminal(arguments: arguments, environment: env, directory: home)
        XCTAssertTrue(pty.expect("> "), "no prompt; got: \(pty.transcript)")
        return pty
    }

    func testTypeACommand() throws {
        let pty = try start()
        XCTAssertTrue(pty.transcript.contains("Type 'help' for commands"), "banner")
        pty.send("echo 20 + 22\r")
        XCTAssertTrue(pty.expect("42\r\n"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo> "))
    }

    func testTabCompletesACommand() throws {
        let pty = try start()
        pty.send("ech\t")
        pty.send("\"completed\"\r")
        XCTAssertTrue(pty.expect("\r\ncompleted\r\n"), pty.transcript)
    }

    func testTabListsAmbiguousCandidates() throws {
        let pty = try start()
        pty.send("rules KVO-4.1.1-R\t")
        XCTAssertTrue(pty.expect("KVO-4.1.1-RESPONSE"), pty.transcript)
        XCTAssertTrue(pty.expect("KVO-4.1.1-RESULTS-UNSUMMARISED"), pty.transcript)
        pty.send("P\t\r")
        XCTAssertTrue(pty.expect("Per park, responses"), pty.transcript)
    }

    func testUpRecallsHistoryAndHistoryIsSaved() throws {
        let pty = try start()
        pty.send("echo 40 + 2\r")
        XCTAssertTrue(pty.expect("42\r\n"))
        pty.send("echo \"other\"\r")
        XCTAssertTrue(pty.expect("other\r\n"))
        pty.send("\u{1B}[A\u{1B}[A\r")
        XCTAssertTrue(pty.expect("42\r\n"), pty.transcript)
        let saved = try String(contentsOfFile: home + "/state/kvo/history", encoding: .utf8)
        XCTAssertTrue(saved.contains("echo"), saved)
        XCTAssertTrue(saved.contains("other"), saved)
    }

    func testMultiLineCommandIsOneHistoryEntry() throws {
        let pty = try start()
        pty.send("if true\r")
        XCTAssertTrue(pty.expect("if...> "), pty.transcript)
        pty.send("echo \"inside\"\r")
        pty.send("end\r")
        XCTAssertTrue(pty.expect("inside\r\n"), pty.transcript)
        pty.send("\u{1B}[A\r")
        XCTAssertTrue(pty.expect("inside\r\n"), "Up recalls the whole block: \(pty.transcript)")
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("\u{4}")
        XCTAssertEqual(pty.waitForExit(), 0, pty.transcript.debugDescription)
    }

    func testBackspaceOverUTF8() throws {
        let pty = try start()
        pty.send("echo \"aé")
        pty.drain(0.2)
        pty.send("\u{7F}b\"\r")
        XCTAssertTrue(pty.expect("\r\nab\r\n"), pty.transcript)
    }

    func testCtrlCClearsTheLineAndDoesNotQuit() throws {
        let pty = try start()
        pty.send("echo \"discarded\"")
        pty.drain(0.2)
        pty.send("\u{3}")
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("echo \"kept\"\r")
        XCTAssertTrue(pty.expect("\r\nkept\r\n"), pty.transcript)
        XCTAssertFalse(pty.transcript.contains("\r\ndiscarded\r\n"))
        XCTAssertTrue(pty.isRunning)
    }

    func testCtrlCInterruptsARunningCommand() throws {
        let pty = try start()
        pty.send("for i in range(1, 900000)\r")
        pty.send("for j in range(1, 1000)\r")
        pty.send("end\r")
        pty.send("end\r")
        pty.drain(0.5)
        pty.send("\u{3}")
        XCTAssertTrue(pty.expect("interrupted"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("echo \"still here\"\r")
        XCTAssertTrue(pty.expect("still here\r\n"), pty.transcript)
    }

    func testCtrlDQuits() throws {
        let pty = try start()
        pty.send("\u{4}")
        XCTAssertEqual(pty.waitForExit(), 0, pty.transcript.debugDescription)
    }

    func testStartupFileRunsBeforeThePrompt() throws {
        try FileManager.default.createDirectory(atPath: home + "/config/kvo", withIntermediateDirectories: true)
        try "let greeting = \"from kvorc\"\n".write(toFile: home + "/config/kvo/kvorc", atomically: true, encoding: .utf8)
        let pty = try start()
        pty.send("echo greeting\r")
        XCTAssertTrue(pty.expect("from kvorc\r\n"), pty.transcript)
        let skipped = try start(["--no-init"])
        skipped.send("echo greeting\r")
        XCTAssertTrue(skipped.expect("unknown variable 'greeting'"), skipped.transcript)
    }

    private func copyExample() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        let path = home + "/de-hoek.json"
        try FileManager.default.copyItem(atPath: root + "/examples/de-hoek.json", toPath: path)
        return path
    }

    func testCompletesRecordIDsAndFieldsOfTheOpenDossier() throws {
        let path = try copyExample()
        let pty = try start([path, "--lang", "en"])
        XCTAssertTrue(pty.transcript.contains("opened"), pty.transcript)
        pty.send("show M-1\t")
        XCTAssertTrue(pty.expect("M-10"), pty.transcript)
        pty.send("\u{3}")
        pty.send("set M-3 stat\t")
        pty.send("planned\r")
        XCTAssertTrue(pty.expect("M-3 status: \"done\" -> \"planned\""), pty.transcript.debugDescription)
        XCTAssertTrue(pty.expect("kvo de-hoek*> "), "the prompt shows unsaved changes: \(pty.transcript)")
    }

    func testQuittingWithUnsavedChangesAsksAndThenThrowsThemAway() throws {
        let path = try copyExample()
        let pty = try start([path, "--lang", "en"])
        pty.send("set M-3 status=planned\r")
        XCTAssertTrue(pty.expect("kvo de-hoek*> "), pty.transcript)
        pty.send("\u{4}")
        XCTAssertTrue(pty.expect("Quit without saving? [y/N] "), pty.transcript)
        pty.send("n\r")
        XCTAssertTrue(pty.expect("kvo de-hoek*> "), "answering no keeps the session: \(pty.transcript)")
        pty.send("\u{4}")
        XCTAssertTrue(pty.expect("Quit without saving? [y/N] "), pty.transcript)
        pty.send("y\r")
        XCTAssertEqual(pty.waitForExit(), 0, pty.transcript)
        XCTAssertTrue(pty.transcript.contains("1 amendment was not saved and is discarded"), pty.transcript)
        // What the user threw away is not offered back: the journal is gone.
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".journal"))
        let again = try start([path, "--lang", "en"])
        XCTAssertFalse(again.transcript.contains("journal"), again.transcript)
        again.send("list measures where id = \"M-3\" fields status as csv\r")
        XCTAssertTrue(again.expect("done"), again.transcript)
    }

    /// A journal left by a kvo that was killed: the next open offers replay, discard or read-only.
    func testAJournalOfAKilledSessionIsOfferedBack() throws {
        let path = try copyExample()
        for (key, expected) in [("o", "(read-only)"), ("d", "opened"), ("r", "replayed 1 unsaved amendment")] {
            try writeJournal(for: path)
            let pty = try PseudoTerminal(arguments: [path, "--lang", "en"], environment: ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": home,
                                                                             "XDG_STATE_HOME": home + "/state", "PATH": "/usr/bin:/bin"],
                                         directory: home)
            XCTAssertTrue(pty.expect("[r]eplay, [d]iscard, open read-[o]nly"), pty.transcript)
            pty.send(key)
            XCTAssertTrue(pty.expect(expected), "\(key): \(pty.transcript)")
            XCTAssertTrue(pty.expect("> "), pty.transcript)
            pty.send("list measures where id = \"M-3\" fields status as csv\r")
            XCTAssertTrue(pty.expect(key == "r" ? "planned" : "done"), "\(key): \(pty.transcript)")
            XCTAssertEqual(FileManager.default.fileExists(atPath: path + ".journal"), key != "d", key)
            pty.send("close --discard\r")
            pty.send("exit\r")
            _ = pty.waitForExit()
            try? FileManager.default.removeItem(atPath: path + ".journal")
        }
    }

    /// The journal a kvo killed right after `set M-3 status=planned` leaves.
    private func writeJournal(for path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        func hex(_ v: UInt64, _ n: Int) -> String { let s = String(v, radix: 16); return String(repeating: "0", count: n - s.count) + s }
        let root = try JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
        let m3 = (root["measures"] as! [[String: Any]]).first { $0["id"] as? String == "M-3" }!
        var after = m3
        after["status"] = "planned"
        let line: [String: Any] = ["command": "set M-3 status=planned", "at": "t", "by": "u",
                                   "changes": [["kind": "measures", "id": "M-3", "before": m3, "after": after]]]
        let text = "{\"journal\":\"kvo-journal/1\",\"file\":\"\(hex(UInt64(bytes.count), 8) + hex(hash, 16))\"}\n"
            + String(decoding: try JSONSerialization.data(withJSONObject: line), as: UTF8.self) + "\n"
        try text.write(toFile: path + ".journal", atomically: true, encoding: .utf8)
    }

    func testTheDutchSessionAsksInDutchAndTakesJ() throws {
        let path = try copyExample()
        let pty = try start([path, "--lang", "nl"])
        XCTAssertTrue(pty.transcript.contains("Typ 'hulp' voor de opdrachten"), "Dutch banner: \(pty.transcript)")
        pty.send("set M-3 status=planned\r")
        XCTAssertTrue(pty.expect("kvo de-hoek*> "), pty.transcript)
        pty.send("\u{4}")
        XCTAssertTrue(pty.expect("Afsluiten zonder te bewaren? [j/N] "), pty.transcript)
        pty.send("nee\r")
        XCTAssertTrue(pty.expect("kvo de-hoek*> "), "answering nee keeps the session: \(pty.transcript)")
        pty.send("\u{4}")
        XCTAssertTrue(pty.expect("Afsluiten zonder te bewaren? [j/N] "), pty.transcript)
        pty.send("j\r")
        XCTAssertEqual(pty.waitForExit(), 0, pty.transcript)
        XCTAssertTrue(pty.transcript.contains("1 wijziging is niet bewaard en is weggegooid"), pty.transcript)
    }

    func testQuickEntryOfVotesTakesOneKeystrokePerAnswer() throws {
        let path = try copyExample()
        let pty = try start([path, "--lang", "en"])
        pty.send("vote politie\r")
        XCTAssertTrue(pty.expect("Quick entry for Politie, basisteam Dommelrode (PA-3)"), pty.transcript)
        XCTAssertTrue(pty.expect("[1/12] T01 Area development — urgency"), pty.transcript)
        pty.send("3")
        XCTAssertTrue(pty.expect("— means"), "no Enter needed: \(pty.transcript)")
        pty.send("2")
        XCTAssertTrue(pty.expect("[2/12] T02"), pty.transcript)
        pty.send("q")
        XCTAssertTrue(pty.expect("1 theme scored"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo de-hoek*> "), pty.transcript)
        pty.send("list votes where party = \"PA-3\" and theme = \"T01\" fields urgency,means as csv\r")
        XCTAssertTrue(pty.expect("3,2"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo de-hoek*> "), "the terminal is back in line mode: \(pty.transcript)")
        pty.send("echo 6 * 7\r")
        XCTAssertTrue(pty.expect("42"), pty.transcript)
    }
}
