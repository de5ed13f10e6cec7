import XCTest
import Foundation
import Synchronization

/// A corpus of broken dossiers (Malformed/NN-what.json). Each must be refused with exit code 2,
/// its own clear message (Malformed/NN-what.expected: file, line, column, field path, the line
/// and a caret) and no change on disk. `KVO_RECORD=1` rewrites the expected messages.
final class MalformedTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Malformed").path

    func testBaseIsValid() throws {
        let r = try KVOBinary.run(["valid-base.json", "--readonly", "-c", "count parks"], directory: Self.folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertEqual(r.stdout, "2\n")
    }

    func testTheMessageIsDutchInADutchSession() throws {
        let flag = try KVOBinary.run(["--lang", "nl", "35-whole-number-as-text.json", "-c", "count parks"], directory: Self.folder)
        XCTAssertEqual(flag.code, 2)
        XCTAssertTrue(flag.stderr.hasPrefix("35-whole-number-as-text.json:67:24: fout: parks[1].entrepreneurs: een geheel getal verwacht, niet \"veel\"\n"),
                      flag.stderr)
        let environment = try KVOBinary.run(["01-trailing-comma-object.json", "-c", "count parks"], directory: Self.folder,
                                            environment: ["LC_ALL": "", "LANG": "nl_NL.UTF-8"])
        XCTAssertEqual(environment.code, 2)
        XCTAssertTrue(environment.stderr.hasPrefix("01-trailing-comma-object.json:54:1: fout: een komma voor '}' mag niet in JSON\n"),
                      environment.stderr)
    }

    func testEveryMalformedDossierIsRefusedClearly() throws {
        let record = ProcessInfo.processInfo.environment["KVO_RECORD"] == "1"
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".json") && $0 != "valid-base.json" }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 50)
        var messages: [String: String] = [:]
        for file in files {
            let path = Self.folder + "/" + file
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let r = try KVOBinary.run([file, "-c", "count parks"], directory: Self.folder)
            XCTAssertEqual(r.code, 2, "\(file): exit code")
            XCTAssertEqual(r.stdout, "", "\(file): printed output")
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "\(file) was changed")
            XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".lock"), "\(file): a lock was left")
            XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".journal"), "\(file): a journal was left")
            let expectedPath = path.replacingOccurrences(of: ".json", with: ".expected")
            if record {
                try r.stderr.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            } else {
                XCTAssertEqual(r.stderr, (try? String(contentsOfFile: expectedPath, encoding: .utf8)) ?? "<missing>", "\(file): message")
            }
            let firstLine = String(r.stderr.split(separator: "\n").first ?? "")
            XCTAssertTrue(firstLine.hasPrefix(file) || firstLine.contains("error:"), "\(file): \(firstLine)")
            if let other = messages[firstLine] { XCTFail("\(file) and \(other) give the same message: \(firstLine)") }
            messages[firstLine] = file
        }
    }

    /// The generated corpus (MalformedCorpus: examples/de-hoek.json broken in over 500 ways).
    /// Each case must be refused with exit code 2 and its place (FILE:LINE:COLUMN:), print
    /// nothing on standard output, leave the file, no lock and no journal behind, and never crash.
    /// A failing case stays in the folder the failure names, to reproduce it by hand.
    func testEveryGeneratedMalformedDossierIsRefusedWithItsPlace() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = try MalformedCorpus(example: [UInt8](try Data(contentsOf: root.appendingPathComponent("examples/de-hoek.json"))),
                                         schema: try Data(contentsOf: root.appendingPathComponent("docs/dossier.schema.json")))
        XCTAssertGreaterThanOrEqual(corpus.cases.count, 500)
        if ProcessInfo.processInfo.environment["KVO_LIST_CORPUS"] == "1" { print(corpus.cases.map(\.name).joined(separator: "\n")); return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kvo-malformed-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Two at a time: each case is a run of kvo that spends most of its time starting and loading.
        let failures = Mutex<[String]>([])
        let cases = corpus.cases
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for c in cases.enumerated().filter({ $0.offset % 2 == worker }).map(\.element) {
                if let problem = Self.refusal(of: c, in: folder) { failures.withLock { $0.append(problem) } }
            }
        }
        let failed = failures.withLock { $0.sorted() }
        for failure in failed { XCTFail(failure) }
        if failed.isEmpty { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// What is wrong with kvo's answer to one generated case, or nil when it was refused well.
    private static func refusal(of c: MalformedCorpus.Case, in folder: String) -> String? {
        let file = c.name + ".json", path = folder + "/" + file
        let r: KVOBinary.Result
        do {
            try Data(c.bytes).write(to: URL(fileURLWithPath: path))
            r = try KVOBinary.run([file, "-c", "count parks"], directory: folder)
        } catch {
            return "\(path): \(error)"
        }
        let firstLine = String(r.stderr.prefix { $0 != "\n" })
        var problems: [String] = []
        if r.code != 2 { problems.append(r.code > 128 || r.code == 132 || r.code == 134 ? "CRASHED (exit \(r.code))" : "exit \(r.code)") }
        if !r.stdout.isEmpty { problems.append("printed \(r.stdout.prefix(60))") }
        if firstLine.range(of: "^" + NSRegularExpression.escapedPattern(for: file) + ":[0-9]+:[0-9]+: ", options: .regularExpression) == nil {
            problems.append("no place in: \(firstLine.prefix(200))")
        }
        if (try? Data(contentsOf: URL(fileURLWithPath: path))) != Data(c.bytes) { problems.append("the file was changed") }
        for leftover in [".lock", ".journal"] where FileManager.default.fileExists(atPath: path + leftover) { problems.append("left \(leftover)") }
        guard !problems.isEmpty else {
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
        return "\(path): " + problems.joined(separator: "; ")
    }
}
