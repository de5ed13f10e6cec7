import XCTest
import Foundation

/// Where output goes at the prompt (issue 13): long output through the pager, short output and
/// non-terminal output straight through; `> FILE` and `>> FILE`, and their refusal under --safe
/// and --readonly. PAGER is a `sed` that marks every line, so the test sees that it ran.
final class OutputRoutingTests: XCTestCase {
    private var home: String!

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "kvo-route-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/state", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    private func start(_ arguments: [String] = []) throws -> PseudoTerminal {
        let env = ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": home!, "XDG_STATE_HOME": home + "/state",
                   "XDG_CONFIG_HOME": home + "/config", "PATH": "/usr/bin:/bin", "PAGER": "sed s/^/PAGED:/"]
        let pty = try PseudoTerminal(arguments: arguments, environment: env, directory: home)
        XCTAssertTrue(pty.expect("> "), "no prompt; got: \(pty.transcript)")
        return pty
    }

    /// 60 lines: more than the pseudo-terminal's 40 rows.
    private let longOutput = "for i in range(1, 61)\recho \"line \" + i\rend\r"

    func testLongOutputGoesThroughThePager() throws {
        let pty = try start()
        pty.send(longOutput)
        XCTAssertTrue(pty.expect("PAGED:line 1\r\n"), pty.transcript)
        XCTAssertTrue(pty.expect("PAGED:line 60\r\n"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
    }

    func testShortOutputIsNotPaged() throws {
        let pty = try start()
        pty.send("echo \"short\"\r")
        XCTAssertTrue(pty.expect("short\r\n"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        XCTAssertFalse(pty.transcript.contains("PAGED:"), pty.transcript)
    }

    func testNoPagerFlagAndPagerOff() throws {
        let pty = try start(["--no-pager"])
        pty.send(longOutput)
        XCTAssertTrue(pty.expect("line 60\r\n"), pty.transcript)
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("pager on\r")
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        XCTAssertFalse(pty.transcript.contains("PAGED:"), pty.transcript)
        pty.send(longOutput)
        XCTAssertTrue(pty.expect("PAGED:line 60\r\n"), pty.transcript)
        pty.send("bladeren uit\r")
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("echo \"again\"\r" + longOutput)
        XCTAssertTrue(pty.expect("\r\nline 60\r\n"), pty.transcript)
    }

    func testOutputThatIsNoTerminalIsNeverPaged() throws {
        let script = "for i in range(1, 61)\necho \"line \" + i\nend\n"
        let result = try KVOBinary.run([], input: script, directory: home, environment: ["PAGER": "sed s/^/PAGED:/"])
        XCTAssertEqual(result.code, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("line 1\n"), result.stdout)
        XCTAssertFalse(result.stdout.contains("PAGED:"), result.stdout)
    }

    func testRedirectionWritesAndAppends() throws {
        let pty = try start()
        let file = home + "/out.txt"
        pty.send("echo \"first\" > \"\(file)\"\r")
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        pty.send("echo \"second\", 1 + 1 >> \"\(file)\"\r")
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "first\nsecond 2\n")
        pty.send("help > \"\(file)\"\r")
        XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("Commands"), "help replaced the file")
        XCTAssertFalse(pty.transcript.contains("Commands"), "help went to the file, not the screen")
    }

    func testRedirectionIsRefusedInSafeAndReadOnlySessions() throws {
        for flag in ["--safe", "--readonly"] {
            let pty = try start([flag])
            let file = home + "/refused.txt"
            pty.send("echo \"x\" > \"\(file)\"\r")
            XCTAssertTrue(pty.expect(flag == "--safe" ? "safe mode: '> " : "read-only mode: '> "), pty.transcript)
            XCTAssertTrue(pty.expect("writes none"), pty.transcript)
            pty.send("echo \"x\" >> \"\(file)\"\r")
            XCTAssertTrue(pty.expect("would write a file"), pty.transcript)
            XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
            XCTAssertFalse(FileManager.default.fileExists(atPath: file), "\(flag) wrote \(file)")
        }
    }
}
