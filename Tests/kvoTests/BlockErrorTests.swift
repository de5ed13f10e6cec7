import XCTest
import Foundation

/// An error inside an `if` or `for` block being typed at the prompt (issue 13): the block is
/// discarded whole, its remaining lines are read up to its `end` and never run at the top level.
final class BlockErrorTests: XCTestCase {
    private var home: String!

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "kvo-block-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/state", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    func testTheRestOfABrokenBlockNeverRuns() throws {
        let env = ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": home!, "XDG_STATE_HOME": home + "/state",
                   "XDG_CONFIG_HOME": home + "/config", "PATH": "/usr/bin:/bin"]
        let pty = try PseudoTerminal(arguments: ["--lang", "en"], environment: env, directory: home)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("for i in [1, 2]\r")
        XCTAssertTrue(pty.expect("for...> "), pty.transcript)
        pty.send("  ech o i\r")
        XCTAssertTrue(pty.expect("unknown command 'ech'"), pty.transcript)
        XCTAssertTrue(pty.expect("the rest of this 'for' block is skipped"), pty.transcript)
        XCTAssertTrue(pty.expect("for...> "), "still inside the block: \(pty.transcript)")
        pty.send("  echo \"inside\" + i\r")
        pty.send("  if i > 1\r")
        pty.send("    echo \"nested\"\r")
        pty.send("  end\r")
        XCTAssertTrue(pty.expect("for...> "), "the nested end does not close the block: \(pty.transcript)")
        pty.send("end\r")
        XCTAssertTrue(pty.expect("(the 'for' block was discarded)"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("echo \"after\"\r")
        XCTAssertTrue(pty.expect("after\r\n"), pty.transcript)
        XCTAssertFalse(pty.transcript.contains("inside1"), pty.transcript)
        XCTAssertFalse(pty.transcript.contains("without an open"), pty.transcript)
        XCTAssertFalse(pty.transcript.contains("nested\r\n"), pty.transcript)
    }
}

/// `clear` at the prompt clears the screen; in a pipe it prints nothing.
final class ClearCommandTests: XCTestCase {
    func testClearAtThePromptAndInAPipe() throws {
        let home = NSTemporaryDirectory() + "kvo-clear-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": home, "XDG_STATE_HOME": home + "/state",
                   "XDG_CONFIG_HOME": home + "/config", "PATH": "/usr/bin:/bin"]
        let pty = try PseudoTerminal(arguments: ["--lang", "nl", "--no-history"], environment: env, directory: home)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("wis\r")
        XCTAssertTrue(pty.expect("\u{1B}[H\u{1B}[2J"), pty.transcript.debugDescription)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        let piped = try KVOBinary.run(["-c", "clear", "-c", "echo 1"], directory: home)
        XCTAssertEqual(piped.stdout, "1\n")
        XCTAssertEqual(piped.code, 0)
    }
}

/// Ctrl-R searches the history with a readable prompt (issue 13), not libedit's "bck:".
final class ReverseSearchTests: XCTestCase {
    func testCtrlRFindsRunsAndGivesBack() throws {
        let home = NSTemporaryDirectory() + "kvo-search-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/state", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": home, "XDG_STATE_HOME": home + "/state",
                   "XDG_CONFIG_HOME": home + "/config", "PATH": "/usr/bin:/bin"]
        let pty = try PseudoTerminal(arguments: ["--lang", "en"], environment: env, directory: home)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        // Each command's output, then the next prompt, before typing on (typed ahead, the tty echoes it).
        pty.send("echo 1110 + 1\r")
        XCTAssertTrue(pty.expect("1111\r\n"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("echo 2220 + 1\r")
        XCTAssertTrue(pty.expect("2221\r\n"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("\u{12}11")
        XCTAssertTrue(pty.expect("(reverse-search) '11': echo 1110 + 1"), pty.transcript.debugDescription)
        pty.send("\r")
        XCTAssertTrue(pty.expect("1111\r\n"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("\u{12}zz")
        XCTAssertTrue(pty.expect("(reverse-search, not found) 'zz': "), pty.transcript.debugDescription)
        pty.send("\u{7}")
        pty.send("echo 33 + 1\r")
        XCTAssertTrue(pty.expect("34\r\n"), pty.transcript)
        XCTAssertFalse(pty.transcript.contains("bck:"), pty.transcript)
    }
}
