import XCTest
@testable import KVOModel

/// Opening a dossier from pages given back as they are parsed (Dossier.load(releasing:),
/// FileBuffer; issue 15) gives the dossier `load(_:)` gives, and every error is still `load(_:)`'s,
/// at its place.
final class ReleasingLoadTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = try FileSystem.makeTemporaryFolder("kvo-releasing-test")
    }

    override func tearDown() {
        _ = Subprocess.run("/bin/rm", ["-rf", folder], seconds: 30)
    }

    /// The example De Hoek with `extra` incidents more: large enough (~1 MB for 5,000) that pages
    /// are given back while it is read.
    private func largeDossier(extra: Int) throws -> [UInt8] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        var dossier = try Dossier.load(FileSystem.read(root + "/examples/de-hoek.json"))
        let park = dossier.records(.parks)[0].id
        let sources = ["police", "municipality", "fire", "other"]
        for n in 1...extra {
            dossier.put(Record(fields: [
                Record.idField: .string("I-\(9000 + n)"), IncidentRecord.Field.source: .string(sources[n % 4]),
                IncidentRecord.Field.category: .string(n % 3 == 0 ? "Inbraak bedrijfspand" : "Diefstal uit auto \(n % 7)"),
                IncidentRecord.Field.date: .string("2024-0\(n % 9 + 1)-1\(n % 9)"), IncidentRecord.Field.count: .number(Double(n % 5 + 1)),
                IncidentRecord.Field.park: .string(park), IncidentRecord.Field.street: .string("Straat \(n % 40)"),
            ]), kind: .incidents)
        }
        return try dossier.encoded()
    }

    private func write(_ bytes: [UInt8]) throws -> FileBuffer {
        let path = folder + "/d\(bytes.count).json"
        try FileSystem.writeAtomically(bytes, to: path)
        return try XCTUnwrap(FileBuffer.read(path))
    }

    func testGivesTheSameDossierWhileGivingPagesBack() throws {
        let bytes = try largeDossier(extra: 5_000)
        let buffer = try write(bytes)
        let loaded = try XCTUnwrap(Dossier.load(releasing: buffer))
        XCTAssertGreaterThan(buffer.released, bytes.count / 2, "pages were given back while reading")
        XCTAssertEqual(loaded, try Dossier.load(bytes))
        XCTAssertEqual(try loaded.encoded(), bytes, "saved unchanged, the same bytes")
    }

    /// An error anywhere (here far past the pages given back) is no dossier; `load(_:)` on the
    /// bytes read again says what and where.
    func testAnErrorIsLeftToLoadWithItsPlace() throws {
        var text = String(decoding: try largeDossier(extra: 5_000), as: UTF8.self)
        let last = try XCTUnwrap(text.range(of: "\"Straat 39\"", options: .backwards))
        text.replaceSubrange(last, with: "Straat 39\"")
        let bytes = Array(text.utf8)
        XCTAssertNil(Dossier.load(releasing: try write(bytes)))
        XCTAssertThrowsError(try Dossier.load(bytes)) { error in
            XCTAssertGreaterThan((error as? DossierError)?.line ?? 0, 1000)
        }
    }

    /// A known field name is matched against the bytes where it was seen last, the name that
    /// followed the previous one first. Here "zz" followed "a1" once, at the start, in pages since
    /// given back (which read as zeros): two NUL bytes after "a1" at the end must not match it,
    /// and are an error, as in `parseDocument(_:)`.
    func testANameIsNotMatchedAgainstPagesGivenBack() throws {
        var text = "{\"x\": [{\"a1\": 1, \"zz\": 2}"
        for _ in 0..<60_000 { text += ", {\"a1\": 1}" }
        let bytes = Array(text.utf8) + Array(", {\"a1\": 1, \"".utf8) + [0, 0] + Array("\": 2}]}".utf8)
        XCTAssertThrowsError(try JSONParser.parseDocument(bytes)) { error in
            XCTAssertEqual((error as? JSONError)?.message.en, "a control character inside a string must be escaped")
        }
        let buffer = try write(bytes)
        XCTAssertThrowsError(try JSONParser.parseDocument(releasing: buffer))
        XCTAssertGreaterThan(buffer.released, bytes.count / 2, "pages were given back while reading")
    }
}
