import XCTest
import Foundation
@testable import KVOModel

final class StorageTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-storage-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    func testAtomicWriteReplacesAndLeavesNoTemporaryFile() throws {
        let path = folder + "/d.json"
        try FileStore.writeAtomically(Array("one".utf8), to: path)
        try FileStore.writeAtomically(Array("two".utf8), to: path)
        XCTAssertEqual(try FileStore.read(path), Array("two".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["d.json"])
    }

    func testFailuresInBothLanguages() {
        let path = folder + "/missing.json"
        XCTAssertThrowsError(try FileStore.read(path)) { error in
            let failure = error as? FileStore.Failure
            XCTAssertEqual(failure?.message.en, "cannot open \(path): no such file or folder")
            XCTAssertEqual(failure?.message.nl, "kan \(path) niet openen: bestand of map bestaat niet")
        }
        XCTAssertThrowsError(try FileStore.read(folder)) { error in
            XCTAssertEqual((error as? FileStore.Failure)?.message.nl, "kan \(self.folder!) niet lezen: het is een map")
        }
    }

    func testJournalSkipsATornLastLine() throws {
        let journal = Journal(dossierPath: folder + "/d.json")
        let a = Amendment(command: "set M-1 status=done", at: "t", by: "u", changes: [])
        try journal.append(a)
        try journal.append(a)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"command\":\"set M-2".utf8))
        handle.closeFile()
        XCTAssertEqual(try journal.read().count, 2)
        journal.discard()
        XCTAssertFalse(journal.exists)
    }

    /// A damaged journal trapped --recover (issue 12): a position that is no index (1e300, -5,
    /// 0.5) trapped in Amendment.init(json:) or apply; such a line is damage, never kvo's writing.
    func testAJournalLineWithAnImpossiblePositionIsDamagedNotATrap() throws {
        let dossier = try Dossier.load(Array(#"{"format": "kvo-dossier/1", "name": "T", "parks": [{"id": "P-1", "name": "Noord"}]}"#.utf8))
        for position in ["1e300", "-1e300", "1e400", "-5", "0.5"] {
            let line = #"{"command": "add parks", "at": "t", "by": "u", "changes": [{"kind": "parks", "id": "P-2", "before": null, "after": {"id": "P-2", "name": "Zuid"}, "position": "# + position + "}]}"
            let amendment = Amendment(json: try JSONParser.parse(line))
            XCTAssertNil(amendment, position)
            var d = dossier
            try amendment?.apply(to: &d)
        }
    }

    func testLockKeepsASecondWriterOutAndStaleLocksAreTaken() throws {
        let lock = LockFile(dossierPath: folder + "/d.json")
        try lock.acquire(user: "anna", at: "now")
        XCTAssertThrowsError(try lock.acquire(user: "bert", at: "later")) { error in
            let held = error as? LockFile.Held
            XCTAssertTrue(held?.owner.en.contains("of anna") == true, "\(error)")
            XCTAssertTrue(held?.owner.nl.contains("van anna") == true, "\(error)")
        }
        lock.release()
        // A lock of a process that is gone (pid 0 is never a user process) is stale.
        try "999999999 ghost host then\n".write(toFile: lock.path, atomically: true, encoding: .utf8)
        XCTAssertNoThrow(try lock.acquire(user: "anna", at: "now"))
        lock.release()
    }
}
