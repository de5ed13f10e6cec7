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
        try FileSystem.writeAtomically(Array("one".utf8), to: path)
        try FileSystem.writeAtomically(Array("two".utf8), to: path)
        XCTAssertEqual(try FileSystem.read(path), Array("two".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["d.json"])
    }

    func testFailuresInBothLanguages() {
        let path = folder + "/missing.json"
        XCTAssertThrowsError(try FileSystem.read(path)) { error in
            let failure = error as? IOError
            XCTAssertEqual(failure?.message.en, "cannot open \(path): no such file or folder")
            XCTAssertEqual(failure?.message.nl, "kan \(path) niet openen: bestand of map bestaat niet")
        }
        XCTAssertThrowsError(try FileSystem.read(folder)) { error in
            XCTAssertEqual((error as? IOError)?.message.nl, "kan \(self.folder!) niet lezen: het is een map")
        }
    }

    /// A file that does not load comes back with its bytes, so that the caller shows the line
    /// with a caret without reading the file a second time (which another program may have changed).
    func testAnOpenFailureInsideTheFileCarriesItsBytes() throws {
        let path = folder + "/broken.json"
        let bytes = Array("{\n  \"format\": \"kvo-dossier/1\",\n  oops\n}\n".utf8)
        try FileSystem.writeAtomically(bytes, to: path)
        XCTAssertThrowsError(try Workspace.open(path, readOnly: true, user: "t", now: "2026-01-01T00:00:00") { _ in .refuse }) { error in
            let failure = error as? Workspace.OpenFailure
            XCTAssertNotNil(failure?.line, "\(error)")
            XCTAssertEqual(failure?.bytes, bytes)
        }
    }

    func testJournalSkipsATornLastLine() throws {
        let journal = Journal(dossierPath: folder + "/d.json")
        let a = Amendment(command: "set M-1 status=done", at: "t", by: "u", changes: [])
        try journal.append(a, base: FileHash(of: []))
        try journal.append(a, base: FileHash(of: []))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"command\":\"set M-2".utf8))
        handle.closeFile()
        let contents = try journal.read()
        XCTAssertEqual(contents.amendments.count, 2)
        XCTAssertEqual(contents.base, FileHash(of: []))
        journal.discard()
        XCTAssertFalse(journal.exists)
    }

    func testJournalReportsADamagedLineWithItsNumber() throws {
        let journal = Journal(dossierPath: folder + "/d.json")
        let a = Amendment(command: "set M-1 status=done", at: "t", by: "u", changes: [])
        try journal.append(a, base: FileHash(of: []))
        for bad in ["{not json", "{\"command\":\"x\",\"at\":\"t\",\"by\":\"u\",\"changes\":[{\"kind\":\"measures\",\"id\":\"M-1\",\"position\":-5}]}",
                    "{\"command\":\"x\",\"at\":\"t\",\"by\":\"u\",\"changes\":[{\"kind\":\"measures\",\"id\":\"M-1\",\"position\":1e300}]}",
                    "{\"command\":\"x\",\"at\":\"t\",\"by\":\"u\",\"changes\":[{\"kind\":\"rockets\",\"id\":\"M-1\"}]}"] {
            let copy = Journal(dossierPath: folder + "/e.json")
            try FileManager.default.copyItem(atPath: journal.path, toPath: copy.path)
            try FileSystem.appendDurably(bad, to: copy.path)
            try FileSystem.appendDurably(JSONWriter.compact(a.json), to: copy.path)
            XCTAssertThrowsError(try copy.read(), bad) { error in
                XCTAssertEqual((error as? Journal.Damage)?.line, 3, "\(bad): \(error)")
            }
            copy.discard()
        }
    }

    func testAJournalRefusesAnAmendmentItCouldNotReadBack() {
        let journal = Journal(dossierPath: folder + "/d.json")
        let record = Record(fields: ["id": .string("M-1"), "hours": .number(.nan)])
        let a = Amendment(command: "set M-1 hours=nan", at: "t", by: "u", changes: [Change(kind: "measures", id: "M-1", before: nil, after: record)])
        XCTAssertThrowsError(try journal.append(a, base: FileHash(of: [])))
        XCTAssertFalse(journal.exists)
    }

    func testAnAmendmentOutsideTheDossierThrowsInsteadOfTrapping() throws {
        var dossier = try Dossier.load(Array("{\"format\": \"kvo-dossier/2\"}".utf8))
        let record = Record(fields: ["id": .string("M-1"), "title": .string("x")])
        for position in [-5, 1_000_000] {
            let a = Amendment(command: "x", at: "t", by: "u", changes: [Change(kind: "measures", id: "M-1", before: nil, after: record, position: position)])
            XCTAssertThrowsError(try a.apply(to: &dossier))
        }
        XCTAssertThrowsError(try Amendment(parsing: .object(["command": .string("x"), "at": .string("t"), "by": .string("u"),
                                                             "changes": .array([.object(["kind": .string("measures"), "id": .string("M-1"), "position": .number(1e300)])])])))
    }

    func testAFIFOIsRefusedWithoutBlockingAndSoIsAFileAboveTheLimit() throws {
        let fifo = folder + "/f.json"
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        XCTAssertThrowsError(try FileSystem.read(fifo)) { error in
            XCTAssertTrue((error as? IOError)?.message.en.contains("FIFO") == true, "\(error)")
        }
        let big = folder + "/big.json"
        try String(repeating: " ", count: 2048).write(toFile: big, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try FileSystem.read(big, limit: 1024)) { error in
            XCTAssertTrue((error as? IOError)?.message.en.contains("larger than") == true, "\(error)")
        }
    }

    func testAPlantedLinkAtTheTemporaryNameIsNeverFollowed() throws {
        let path = folder + "/d.json"
        let outside = folder + "/outside.txt"
        try "precious".write(toFile: outside, atomically: true, encoding: .utf8)
        try FileSystem.writeAtomically(Array("one".utf8), to: path)
        try FileManager.default.createSymbolicLink(atPath: FileSystem.temporaryName(of: path, pid: getpid()), withDestinationPath: outside)
        try FileSystem.writeAtomically(Array("two".utf8), to: path)
        XCTAssertEqual(try String(contentsOfFile: outside, encoding: .utf8), "precious")
        XCTAssertEqual(try FileSystem.read(path), Array("two".utf8))
    }

    func testLockKeepsASecondWriterOutUntilTheFirstLetsGo() throws {
        let first = LockFile(dossierPath: folder + "/d.json")
        try first.acquire(user: "anna", at: "now")
        let second = LockFile(dossierPath: folder + "/d.json")
        XCTAssertThrowsError(try second.acquire(user: "bert", at: "later")) { error in
            let held = error as? LockFile.Held
            XCTAssertTrue(held?.owner.en.contains("of anna") == true, "\(error)")
            XCTAssertTrue(held?.owner.nl.contains("van anna") == true, "\(error)")
        }
        first.release()
        XCTAssertFalse(FileManager.default.fileExists(atPath: first.path))
        // A lock file left by a process that died holds no lock: nothing to take over.
        try "999999999 ghost host then\n".write(toFile: first.path, atomically: true, encoding: .utf8)
        XCTAssertNoThrow(try second.acquire(user: "bert", at: "later"))
        XCTAssertTrue(try String(contentsOfFile: second.path, encoding: .utf8).contains(" bert "))
        second.release()
    }

    /// A damaged journal trapped --recover (issue 12): a position that is no index (1e300, -5,
    /// 0.5) trapped in Amendment.init(json:) or apply; such a line is damage, never kvo's writing.
    func testAJournalLineWithAnImpossiblePositionIsDamagedNotATrap() throws {
        let dossier = try Dossier.load(Array(#"{"format": "kvo-dossier/2", "name": "T", "parks": [{"id": "P-1", "name": "Noord"}]}"#.utf8))
        for position in ["1e300", "-1e300", "-5", "0.5"] {
            let line = #"{"command": "add parks", "at": "t", "by": "u", "changes": [{"kind": "parks", "id": "P-2", "before": null, "after": {"id": "P-2", "name": "Zuid"}, "position": "# + position + "}]}"
            let amendment = Amendment(json: try JSONParser.parse(Array(line.utf8)))
            XCTAssertNil(amendment, position)
            var d = dossier
            try amendment?.apply(to: &d)
        }
    }

    /// Journals name their file by this hash: a faster loop must give the very same values, or
    /// the journals of earlier sessions would no longer open (issue 15).
    func testFileHashIsFNV1aOfEveryLength() {
        XCTAssertEqual(FileHash(of: []).text, "00000000cbf29ce484222325")
        XCTAssertEqual(FileHash(of: Array("a".utf8)).text, "00000001af63dc4c8601ec8c")
        XCTAssertEqual(FileHash(of: Array("foobar".utf8)).text, "0000000685944171f73967e8")
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            let hex = String(hash, radix: 16)
            XCTAssertTrue(FileHash(of: bytes).text.hasSuffix(String(repeating: "0", count: 16 - hex.count) + hex), "length \(length)")
        }
    }
}
