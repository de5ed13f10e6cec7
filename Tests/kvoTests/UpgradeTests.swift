import XCTest
import Foundation

/// A kvo-dossier/1 file opens, is upgraded in memory with one notice on standard error, and the
/// first save writes /2 and keeps the /1 file beside it. The /1 copies in Tests/kvoTests/Upgrade
/// are the examples as they were before /2; upgraded and saved, they are the examples now.
final class UpgradeTests: XCTestCase {
    static let root = SchemaDocumentTests.root
    static let upgrade = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Upgrade").path

    func scratch() throws -> String {
        let dir = NSTemporaryDirectory() + "kvo-upgrade-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    func testEveryV1ExampleUpgradesToTheCurrentExample() throws {
        for name in ["de-hoek", "cluster-kanaalzone"] {
            let dir = try scratch()
            let v1 = try String(contentsOfFile: "\(Self.upgrade)/\(name).v1.json", encoding: .utf8)
            XCTAssertTrue(v1.contains("\"format\": \"kvo-dossier/1\""), name)
            try v1.write(toFile: "\(dir)/\(name).json", atomically: true, encoding: .utf8)

            let look = try KVOBinary.run(["\(name).json", "--readonly", "--lang", "en", "-c", "count markUses"], directory: dir)
            XCTAssertEqual(look.code, 0, look.stderr)
            XCTAssertTrue(look.stderr.contains("this file is kvo-dossier/1; kvo upgraded it to kvo-dossier/2"), look.stderr)
            XCTAssertFalse(look.stdout.contains("kvo-dossier"), "the notice stays off standard output: \(look.stdout)")

            let save = try KVOBinary.run(["\(name).json", "--lang", "nl", "-c", "save"], directory: dir)
            XCTAssertEqual(save.code, 0, save.stderr)
            XCTAssertTrue(save.stderr.contains("bewaart het oude bestand als \(name).v1.json"), save.stderr)
            let kept = try String(contentsOfFile: "\(dir)/\(name).v1.json", encoding: .utf8)
            XCTAssertEqual(kept, v1, "the /1 file is kept as it was")
            let saved = try String(contentsOfFile: "\(dir)/\(name).json", encoding: .utf8)
            let example = try String(contentsOfFile: "\(Self.root)/examples/\(name).json", encoding: .utf8)
            XCTAssertEqual(saved, example, "\(name): the upgraded file is the /2 example")

            let again = try KVOBinary.run(["\(name).json", "--lang", "en", "-c", "save"], directory: dir)
            XCTAssertEqual(again.code, 0, again.stderr)
            XCTAssertFalse(again.stderr.contains("upgraded"), "a /2 file is not upgraded again: \(again.stderr)")
            XCTAssertEqual(try String(contentsOfFile: "\(dir)/\(name).v1.json", encoding: .utf8), v1, "the kept copy is never overwritten")
        }
    }

    func testAnErrorInARenamedSectionIsPlacedWhereTheFileHasIt() throws {
        let dir = try scratch()
        let text = """
        {
          "format": "kvo-dossier/1",
          "markuses": [
            {"id": "MU-1", "date": "2025-13-01"}
          ]
        }
        """
        try text.write(toFile: "\(dir)/old.json", atomically: true, encoding: .utf8)
        let r = try KVOBinary.run(["old.json", "--lang", "en", "-c", "count markUses"], directory: dir)
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stderr.contains("old.json:4:"), "the error points into the markuses section: \(r.stderr)")
    }
}
