import XCTest
import Foundation

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
}
