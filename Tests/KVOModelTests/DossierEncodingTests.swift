import XCTest
@testable import KVOModel

/// A dossier is written from its records (JSONWriter.write(members:)), with the bytes of the
/// whole dossier built as one JSONValue and written by `JSONWriter.write` (issue 15).
final class DossierEncodingTests: XCTestCase {
    private func example(_ name: String) throws -> Dossier {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        return try Dossier.load(FileSystem.read(root + "/examples/" + name))
    }

    private func assertSameBytes(_ dossier: Dossier, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try dossier.encoded(), try JSONWriter.write(dossier.json), file: file, line: line)
    }

    func testTheExamplesAsTheWholeValueWouldBeWritten() throws {
        for name in ["de-hoek.json", "cluster-kanaalzone.json"] {
            let dossier = try example(name)
            try assertSameBytes(dossier)
            XCTAssertEqual(try Dossier.load(dossier.encoded()), dossier)
        }
    }

    /// Fields kvo does not know, with names whose String order is not their byte order (a
    /// decomposed é sorts as é by String, but its bytes come before "f"), amended records with
    /// shapes of their own, nested values, an empty record, header fields.
    func testUnknownNamesAmendedRecordsAndNestedValues() throws {
        var dossier = try example("de-hoek.json")
        dossier.header["zz-extra"] = .object(["b": .array([.number(1.5), .null, .bool(true)]), "a": .string("x\"\n\u{1}")])
        var measure = dossier.records(.measures)[0]
        measure["ze\u{301}"] = .string("decomposed")
        measure["zf"] = .number(-0.0)
        measure["z\u{e9}t"] = .string("composed")
        measure["Zeta"] = .object([:])
        dossier.put(measure, kind: .measures)
        var other = dossier.records(.measures)[1]
        other["nested"] = .object(["list": .array([.object(["k": .number(1e300)])]), "empty": .array([])])
        dossier.put(other, kind: .measures)
        try assertSameBytes(dossier)
        XCTAssertEqual(try Dossier.load(dossier.encoded()), dossier)
    }

    /// A number JSON cannot hold is refused as `JSONWriter.write` refuses it, at the same place,
    /// and nothing is written.
    func testANonFiniteNumberIsRefusedAtTheSamePlace() throws {
        var dossier = try example("cluster-kanaalzone.json")
        var measure = dossier.records(.measures)[2]
        measure["hours"] = .number(.infinity)
        dossier.put(measure, kind: .measures)
        var expected: JSONWriter.Refusal?
        do { _ = try JSONWriter.write(dossier.json) } catch { expected = error }
        XCTAssertNotNil(expected)
        XCTAssertThrowsError(try dossier.encoded()) { error in
            XCTAssertEqual((error as? Diagnostic)?.message.en, expected?.message.en)
        }
    }
}
