import XCTest
import Foundation

/// The auditor's sandbox (issue 13): under --safe, `whatif on` lets amendments be tried in memory,
/// and nothing of them ever reaches the disk. Proved on the built binary by comparing the folder
/// that holds the dossier (every name, hidden ones too, and every file's bytes and modification
/// time) before and after a session that tries everything that could write.
final class SandboxTests: XCTestCase {
    private var folder: String!
    private var dossier: String { folder + "/de-hoek.json" }

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-sandbox-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/state", withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        try FileManager.default.copyItem(atPath: root + "/examples/de-hoek.json", toPath: dossier)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Each entry under the folder (the history's state folder left out: --safe writes none, which
    /// StorageSafetyTests proves) with its size, modification time and bytes.
    private func snapshot() throws -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        guard let walk = fm.enumerator(atPath: folder) else { return result }
        for case let name as String in walk {
            let path = folder + "/" + name
            let attributes = try fm.attributesOfItem(atPath: path)
            let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
            result[name] = "\(attributes[.size] ?? 0) \(date) \(bytes.base64EncodedString())"
        }
        return result
    }

    func testTriedAmendmentsWriteNothing() throws {
        let before = try snapshot()
        let script = """
            count goals
            whatif on
            set E-1 tasksAsAgreed="Ja" measuresAsAgreed="Ja" changesReason="Advies"
            add goal theme=T09 description="Zonnepanelen"
            vote PA-1 T09 urgency=5 means=5
            plan
            remove M-1 --force
            save
            save \(folder!)/elsewhere.json
            save --force
            report va --out \(folder!)
            matrix as xlsx
            echo 1 > \(folder!)/out.txt
            echo 1 >> \(folder!)/out.txt
            count goals
            """
        let r = try KVOBinary.run(["--safe", "--no-bail", "--lang", "en", "--as-of", "2026-06-01", dossier], input: script, directory: folder,
                                  environment: ["XDG_STATE_HOME": folder + "/state"])
        // The amendments were made (in memory): the goal was added, so one goal more at the end.
        XCTAssertTrue(r.stdout.contains("whatif: amendments are tried in memory"), r.stdout + r.stderr)
        let counts = r.stdout.split(separator: "\n").compactMap { Int($0) }
        XCTAssertEqual(counts.count, 2, r.stdout)
        XCTAssertEqual(counts.last, counts.first.map { $0 + 1 }, r.stdout)
        XCTAssertTrue(r.stderr.contains("cannot save: whatif: amendments tried in the sandbox are never saved"), r.stderr)
        XCTAssertTrue(r.stderr.contains("safe mode: reports cannot be written to files"), r.stderr)
        XCTAssertTrue(r.stderr.contains("would write a file, and --safe writes none"), r.stderr)
        XCTAssertEqual(try snapshot(), before, "the sandbox wrote to the dossier's folder")
    }

    func testWithoutSafeWhatifIsRefused() throws {
        let before = try snapshot()
        let r = try KVOBinary.run(["--lang", "en", dossier, "-c", "whatif on"], directory: folder, environment: ["XDG_STATE_HOME": folder + "/state"])
        XCTAssertEqual(r.code, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("whatif is for sessions that write nothing"), r.stderr)
        XCTAssertEqual(try snapshot(), before)
    }

    /// At the prompt: the prompt says so, the session ends without asking to save, and the file
    /// and its folder are as they were.
    func testThePromptShowsTheSandboxAndExitForgetsIt() throws {
        let before = try snapshot()
        let env = ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": folder!, "XDG_STATE_HOME": folder + "/state",
                   "XDG_CONFIG_HOME": folder + "/config", "PATH": "/usr/bin:/bin"]
        let pty = try PseudoTerminal(arguments: ["--safe", "--lang", "en", dossier], environment: env, directory: folder)
        XCTAssertTrue(pty.expect("(ro)> "), pty.transcript)
        pty.send("whatif on\r")
        XCTAssertTrue(pty.expect("(whatif)> "), pty.transcript)
        pty.send("set M-12 hours=99\r")
        XCTAssertTrue(pty.expect("de-hoek*"), pty.transcript)
        XCTAssertTrue(pty.expect("(whatif)> "), pty.transcript)
        pty.send("\u{4}")
        XCTAssertEqual(pty.waitForExit(), 0, pty.transcript)
        XCTAssertFalse(pty.transcript.contains("unsaved"), "asked about unsaved changes: \(pty.transcript)")
        XCTAssertEqual(try snapshot().filter { !$0.key.hasPrefix("state") }, before.filter { !$0.key.hasPrefix("state") })
    }

    /// `board` at the prompt is drawn again after a vote, with the vote under it.
    func testTheBoardIsRedrawnAfterAVote() throws {
        let env = ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": folder!, "XDG_STATE_HOME": folder + "/state",
                   "XDG_CONFIG_HOME": folder + "/config", "PATH": "/usr/bin:/bin"]
        let pty = try PseudoTerminal(arguments: ["--lang", "en", "--no-pager", dossier], environment: env, directory: folder, rows: 60)
        XCTAssertTrue(pty.expect("> "), pty.transcript)
        pty.send("board\r")
        XCTAssertTrue(pty.expect("Vote board"), pty.transcript)
        XCTAssertTrue(pty.expect("> "), pty.transcript)
        pty.send("vote PA-1 T09 urgency=5 means=5\r")
        XCTAssertTrue(pty.expect("\u{1B}[2J"), "the screen was not cleared: \(pty.transcript)")
        XCTAssertTrue(pty.expect("Vote board"), pty.transcript)
        XCTAssertTrue(pty.expect("> vote PA-1 T09 urgency=5 means=5"), pty.transcript)
        pty.send("board off\r")
        XCTAssertTrue(pty.expect("> "), pty.transcript)
        pty.send("undo\r")
        XCTAssertTrue(pty.expect("> "), pty.transcript)
        pty.send("echo 6 * 7\r")
        XCTAssertTrue(pty.expect("42"), pty.transcript)
        let boards = pty.transcript.components(separatedBy: "Vote board").count - 1
        XCTAssertEqual(boards, 2, "drawn again after board off: \(pty.transcript)")
        pty.send("exit\r")
        pty.send("y\r")
        _ = pty.waitForExit()
    }
}
