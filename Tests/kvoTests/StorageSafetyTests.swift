import XCTest
import Foundation

/// Issue 12, the storage side, against the built binary: the journal (damaged lines, stale
/// journals, ending without saving), saves (changed on disk, links, read-only files, temporary
/// files), the lock, the modes, and files that are not regular files.
final class StorageSafetyTests: XCTestCase {
    private var folder: String!
    private var dossier: String { folder + "/d.json" }
    private var journal: String { dossier + ".journal" }

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-storage-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/state", withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        try FileManager.default.copyItem(atPath: root + "/examples/de-hoek.json", toPath: dossier)
    }

    override func tearDownWithError() throws {
        chmod(dossier, 0o644)
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func kvo(_ arguments: [String], input: String = "") throws -> KVOBinary.Result {
        try KVOBinary.run(arguments + ["--lang", "en"], input: input, directory: folder, environment: ["XDG_STATE_HOME": folder + "/state"])
    }

    private func text(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// The journal's fingerprint of a file: its length and 64-bit FNV-1a hash (`FileHash`).
    private func fileHash(_ path: String) throws -> String {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        func hex(_ v: UInt64, _ n: Int) -> String { let s = String(v, radix: 16); return String(repeating: "0", count: n - s.count) + s }
        return hex(UInt64(bytes.count), 8) + hex(hash, 16)
    }

    private func header(for path: String) throws -> String { "{\"journal\":\"kvo-journal/1\",\"file\":\"\(try fileHash(path))\"}\n" }

    /// A journal line that sets M-3's status, as `set M-3 status=...` writes it.
    private func setStatusLine(from before: String, to after: String) throws -> String {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dossier))) as! [String: Any]
        var m3 = (root["measures"] as! [[String: Any]]).first { $0["id"] as? String == "M-3" }!
        m3["status"] = before
        var m3after = m3
        m3after["status"] = after
        let line: [String: Any] = ["command": "set M-3 status=\(after)", "at": "2026-01-01T00:00:00", "by": "t",
                                   "changes": [["kind": "measures", "id": "M-3", "before": m3, "after": m3after]]]
        return String(decoding: try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]), as: UTF8.self) + "\n"
    }

    // MARK: defect 1 and 2: the journal's damaged lines

    func testANaNIsNeverAcknowledged() throws {
        let r = try kvo([dossier, "-c", "set M-2 hours=(num(\"nan\"))"])
        XCTAssertEqual(r.code, 2, r.stdout + r.stderr)
        XCTAssertFalse(r.stdout.contains("M-2 hours"), "acknowledged: \(r.stdout)")
    }

    func testDamagedJournalLinesAreReportedWithTheirNumberAndNeverTrap() throws {
        let good = try setStatusLine(from: "done", to: "planned")
        let add = "{\"command\":\"x\",\"at\":\"t\",\"by\":\"u\",\"changes\":[{\"kind\":\"measures\",\"id\":\"M-99\",\"before\":null,\"after\":{\"id\":\"M-99\",\"title\":\"x\",\"goal\":\"G-1\"},\"position\":POS}]}\n"
        let damaged = [add.replacingOccurrences(of: "POS", with: "-5"), add.replacingOccurrences(of: "POS", with: "1e300"),
                       "{\"command\":\"set M-3\",\"at\":\"t\",\"by\"\n",
                       good.replacingOccurrences(of: "\"hours\":6", with: "\"hours\":nan"),
                       good.replacingOccurrences(of: "\"kind\":\"measures\"", with: "\"kind\":\"spaceships\"")]
        for (i, line) in damaged.enumerated() {
            try (try header(for: dossier) + good + line).write(toFile: journal, atomically: true, encoding: .utf8)
            let r = try kvo([dossier, "--recover", "-c", "list measures where id = \"M-3\" fields id,status as csv"])
            XCTAssertEqual(r.code, 2, "case \(i): \(r.stdout) \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("line 3 of") && r.stderr.contains("is damaged"), "case \(i): \(r.stderr)")
            XCTAssertTrue(FileManager.default.fileExists(atPath: journal), "case \(i): the journal must stay")
        }
    }

    // MARK: defect 3: stale journals, and ending without saving

    func testAJournalLeftByASaveThatCompletedIsRemoved() throws {
        let before = try header(for: dossier)
        let line = try setStatusLine(from: "done", to: "planned")
        XCTAssertEqual(try kvo([dossier, "-c", "set M-3 status=planned", "-c", "save"]).code, 0)
        // Killed between the rename and the journal's removal: the journal marks the save.
        try (before + line + "{\"saved\":\"\(try fileHash(dossier))\"}\n").write(toFile: journal, atomically: true, encoding: .utf8)
        let r = try kvo([dossier, "-c", "list measures where id = \"M-3\" fields id,status as csv"])
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("planned"), r.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal), "the stale journal is removed")
    }

    func testABatchRunThatDoesNotSaveRollsBackAndTheNextRunIsNotRefused() throws {
        let first = try kvo([dossier, "-c", "set M-3 status=planned"])
        XCTAssertEqual(first.code, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("1 amendment was not saved and is discarded"), first.stderr)
        XCTAssertEqual(first.stderr.split(separator: "\n").count, 1, "one line: \(first.stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal))
        let next = try kvo([dossier, "-c", "list measures where id = \"M-3\" fields id,status as csv"])
        XCTAssertEqual(next.code, 0, next.stderr)
        XCTAssertTrue(next.stdout.contains("done"), next.stdout)
    }

    func testAJournalOfAnotherVersionIsRefusedAndDiscardThrowsItAway() throws {
        let line = try setStatusLine(from: "done", to: "planned")
        try ("{\"journal\":\"kvo-journal/1\",\"file\":\"00000001ffffffffffffffff\"}\n" + line).write(toFile: journal, atomically: true, encoding: .utf8)
        let refused = try kvo([dossier, "--recover", "-c", "count measures"])
        XCTAssertEqual(refused.code, 2)
        XCTAssertTrue(refused.stderr.contains("another version"), refused.stderr)
        let discarded = try kvo([dossier, "--discard", "-c", "list measures where id = \"M-3\" fields id,status as csv"])
        XCTAssertEqual(discarded.code, 0, discarded.stderr)
        XCTAssertTrue(discarded.stdout.contains("done"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal))
    }

    func testRecoverReplaysAJournalOfTheFileOnDisk() throws {
        try (try header(for: dossier) + (try setStatusLine(from: "done", to: "planned"))).write(toFile: journal, atomically: true, encoding: .utf8)
        let r = try kvo([dossier, "--recover", "-c", "list measures where id = \"M-3\" fields id,status as csv", "-c", "save"])
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("replayed 1 unsaved amendment") && r.stdout.contains("planned"), r.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal))
    }

    // MARK: defect 4: the lock

    func testALinkAndItsTargetShareOneLockHeldByTheKernel() throws {
        let link = folder + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "d.json")
        // Another writer holds the lock; the pid it wrote is long gone, yet the lock is held.
        let fd = open(dossier + ".lock", O_RDWR | O_CREAT, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        _ = "999999999 anna laptop 2026-01-01T09:00:00\n".withCString { write(fd, $0, strlen($0)) }
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
        for path in [dossier, link] {
            let r = try kvo([path, "-c", "count measures"])
            XCTAssertEqual(r.code, 2, "\(path): \(r.stdout)")
            XCTAssertTrue(r.stderr.contains("is being edited by process 999999999 of anna"), r.stderr)
        }
        flock(fd, LOCK_UN)
        XCTAssertEqual(try kvo([link, "-c", "count measures"]).code, 0)
    }

    // MARK: defect 4 and 5: saves

    func testSaveRefusesAFileChangedOnDiskUnlessForced() throws {
        let pty = try PseudoTerminal(arguments: [dossier, "--lang", "en", "--no-history"],
                                     environment: ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": folder!, "PATH": "/usr/bin:/bin"],
                                     directory: folder)
        XCTAssertTrue(pty.expect("kvo d> "), pty.transcript)
        pty.send("set M-3 status=planned\r")
        XCTAssertTrue(pty.expect("kvo d*> "), pty.transcript)
        let changed = text(dossier).replacingOccurrences(of: "\"name\": \"", with: "\"name\": \"Changed ")
        try changed.write(toFile: dossier, atomically: false, encoding: .utf8)
        pty.send("save\r")
        XCTAssertTrue(pty.expect("was changed on disk since kvo read it"), pty.transcript)
        XCTAssertEqual(text(dossier), changed, "the other program's change survives")
        pty.send("reload\r")
        XCTAssertTrue(pty.expect("reload --force"), pty.transcript)
        pty.send("save --force\r")
        XCTAssertTrue(pty.expect("saved "), pty.transcript)
        pty.send("exit\r")
        XCTAssertNotNil(pty.waitForExit(), pty.transcript)
    }

    func testSavingThroughALinkWritesItsTargetAndKeepsTheLink() throws {
        let link = folder + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "d.json")
        let r = try kvo([link, "-c", "set M-3 status=planned", "-c", "save"])
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "d.json", "the link stays a link")
        XCTAssertTrue(text(dossier).contains("\"planned\""), "the target was written")
    }

    func testAReadOnlyFileIsNotReplacedUnlessForced() throws {
        chmod(dossier, 0o444)
        let original = text(dossier)
        let refused = try kvo([dossier, "-c", "set M-3 status=planned", "-c", "save"])
        XCTAssertEqual(refused.code, 2)
        XCTAssertTrue(refused.stderr.contains("is read-only"), refused.stderr)
        XCTAssertEqual(text(dossier), original)
        let forced = try kvo([dossier, "-c", "set M-3 status=planned", "-c", "save --force"])
        XCTAssertEqual(forced.code, 0, forced.stderr)
        XCTAssertTrue(text(dossier).contains("\"planned\""))
        let mode = try FileManager.default.attributesOfItem(atPath: dossier)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o444, "the file keeps its mode")
    }

    func testTemporaryFilesOfDeadProcessesAreCleanedUp() throws {
        let leftover = folder + "/.d.json.tmp-999999999"
        try "half a save".write(toFile: leftover, atomically: false, encoding: .utf8)
        XCTAssertEqual(try kvo([dossier, "-c", "count measures"]).code, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover))
    }

    // MARK: defect 6: modes

    func testReadOnlyWritesNoReportFiles() throws {
        for command in ["report va --out out", "report audit-pack --out out", "certificate draft --out out"] {
            let r = try kvo([dossier, "--readonly", "-c", command])
            XCTAssertEqual(r.code, 2, "\(command): \(r.stdout)")
            XCTAssertTrue(r.stderr.contains("--readonly"), r.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/out"), command)
        }
    }

    func testSafeAndReadOnlyWriteNoHistory() throws {
        for flag in ["--safe", "--readonly"] {
            let pty = try PseudoTerminal(arguments: [flag, "--lang", "en"],
                                         environment: ["TERM": "xterm", "LC_ALL": "C.UTF-8", "HOME": folder!, "XDG_STATE_HOME": folder + "/state",
                                                       "PATH": "/usr/bin:/bin"], directory: folder)
            XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
            pty.send("echo 6 * 7\r")
            XCTAssertTrue(pty.expect("42"), pty.transcript)
            // Ctrl-D only at the prompt: typed while the tty is still cooked, it would be lost.
            XCTAssertTrue(pty.expect("kvo> "), pty.transcript)
            pty.send("\u{4}")
            XCTAssertEqual(pty.waitForExit(), 0, pty.transcript)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/state/kvo/history"), "\(flag) wrote the history")
        }
    }

    // MARK: defect 8: files that are not regular files

    func testAFIFOIsRefusedWithoutBlocking() throws {
        XCTAssertEqual(mkfifo(folder + "/f.json", 0o644), 0)
        XCTAssertEqual(mkfifo(folder + "/f.csv", 0o644), 0)
        XCTAssertEqual(mkfifo(folder + "/f.kvo", 0o644), 0)
        let started = Date()
        let cases: [[String]] = [[folder + "/f.json", "-c", "count measures"],
                                 [dossier, "-c", "import incidents f.csv --source police"],
                                 [dossier, "-c", "run \"f.kvo\""]]
        for arguments in cases {
            let r = try runWithDeadline(arguments, seconds: 10)
            XCTAssertEqual(r?.code, 2, "\(arguments): \(r.map { $0.stderr } ?? "blocked")")
            XCTAssertTrue(r?.stderr.contains("FIFO") == true, "\(arguments): \(r?.stderr ?? "blocked")")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
    }

    /// Runs kvo, killing it when it is not done after `seconds` (then nil).
    private func runWithDeadline(_ arguments: [String], seconds: Double) throws -> KVOBinary.Result? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KVOBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": folder!]
        let err = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return KVOBinary.Result(stdout: "", stderr: stderr, code: process.terminationStatus)
    }
}
