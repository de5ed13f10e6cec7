import XCTest
import Foundation
import KVOModel
@testable import KVOImport

/// The messy files under Fixtures/ and small dossiers to import them into.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
    }

    static func table(_ name: String) throws -> CSVTable {
        if name.hasSuffix(".xlsx") { return try CSVTable(name: name, workbook: bytes(name)) }
        return try CSVTable(name: name, bytes: bytes(name), shortRowsAllowed: name.hasSuffix(".tsv"))
    }

    /// A dossier from JSON text (checked as `open` checks it).
    static func dossier(_ json: String) throws -> Dossier { try Dossier.load(Array(json.utf8)) }

    /// One park, De Hoek, as in examples/de-hoek.json but without survey figures.
    static func dehoek() throws -> Dossier {
        try dossier("""
            {"format": "kvo-dossier/2", "name": "De Hoek",
             "parks": [{"id": "P-1", "name": "De Hoek", "entrepreneurs": 120, "streets": ["Hoekerweg", "Ambachtsweg"]}],
             "survey": {"subjects": [5, 8, 12, 16, 23]}}
            """)
    }

    /// Two parks with streets and postcode ranges.
    static func cluster() throws -> Dossier {
        try dossier("""
            {"format": "kvo-dossier/2", "name": "Cluster",
             "parks": [
               {"id": "P-1", "name": "Noord", "formalName": "Bedrijventerrein Noord", "entrepreneurs": 60,
                "streets": ["Hoogstraat", "Sint-Jozefstraat", "Industrieweg", "Rue de l’Eglise"], "postcodes": ["5651AA-5651AZ"]},
               {"id": "P-2", "name": "Zuid", "formalName": "Bedrijventerrein Zuid", "entrepreneurs": 40, "surveyResponses": 10,
                "streets": ["Kanaaldijk-Noord", "Havenstraat"], "postcodes": ["5652 BA - 5652 BZ"]}]}
            """)
    }

    /// `dossier` after the changes of one import.
    static func applying(_ changes: [Change], to dossier: Dossier) throws -> Dossier {
        var d = dossier
        try Amendment(command: "import", at: "2026-01-01T00:00:00", by: "test", changes: changes).apply(to: &d)
        return d
    }

    static let today = Day("2026-01-01")!
}

extension Dossier {
    func all(_ kind: String) -> [Record] { records(schema.kind(named: kind)!) }
}

extension Record {
    var int: (String) -> Int? { { name in self[name]?.numberValue.map { Int($0) } } }
    func text(_ name: String) -> String? { self[name]?.stringValue }
}

/// Runs `body`, which must throw an import's Diagnostic, and returns it.
func importError<T>(_ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
    do {
        _ = try body()
        XCTFail("expected an import error", file: file, line: line)
        return nil
    } catch let e as Diagnostic {
        return e
    } catch {
        XCTFail("expected an import error, got \(error)", file: file, line: line)
        return nil
    }
}

/// Where an import's diagnostic points, read as the tests compare it.
extension Diagnostic {
    var line: Int? { location?.line }
    var column: Int? { location?.column }
    var file: String? { source?.name }
    /// The file's text the diagnostic quotes, nil when it quotes none.
    var text: String? { source.flatMap { $0.text.isEmpty ? nil : $0.text } }
}
