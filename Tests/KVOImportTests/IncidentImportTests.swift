import XCTest
import KVOModel
@testable import KVOImport

final class IncidentImportTests: XCTestCase {
    private func run(_ name: String, source: IncidentImport.Source, into dossier: Dossier) throws -> IncidentImport.Report {
        try IncidentImport.run(Fixture.table(name), bytes: Fixture.bytes(name), file: name, dossier: dossier, source: source, today: Fixture.today)
    }

    func testMunicipalReports() throws {
        let dossier = try Fixture.cluster()
        let r = try run("incidents-gemeente.csv", source: .municipality, into: dossier)
        XCTAssertEqual(r.rows, 10)
        XCTAssertEqual(r.emptyRows, 1)
        XCTAssertEqual(r.parks, [IncidentImport.ParkCount(id: "P-1", name: "Noord", rows: 4, incidents: 4),
                                 IncidentImport.ParkCount(id: "P-2", name: "Zuid", rows: 2, incidents: 2)])
        XCTAssertEqual(r.overigRows, 4)
        XCTAssertEqual(r.withoutAddress, 1)
        XCTAssertEqual(r.unmatchedStreets.map(\.street), ["Stationsstraat", "Markt"])
        XCTAssertEqual(r.unmatchedStreets.map(\.rows), [2, 1])
        XCTAssertEqual(r.unusedColumns, ["Omschrijving", "Melder"])
        XCTAssertEqual(r.handledColumn, "Afgehandeld")
        XCTAssertEqual(r.added, (1...10).map { "I-\($0)" })

        let after = try Fixture.applying(r.changes, to: dossier)
        let incidents = after.all("incidents")
        XCTAssertEqual(incidents.count, 10)
        XCTAssertEqual(incidents.filter { $0.text("area") == "bedrijventerrein" }.count, 6)
        XCTAssertEqual(incidents.filter { $0.text("area") == "overig" }.count, 4)
        XCTAssertTrue(incidents.allSatisfy { $0.text("source") == "municipality" && $0.int("count") == 1 })
        XCTAssertEqual(incidents.filter { $0["handled"] == .bool(true) }.count, 5)
        XCTAssertEqual(incidents.filter { $0["handled"] == .bool(false) }.count, 4)
        XCTAssertEqual(incidents.filter { $0["handled"] == nil }.count, 1)
        XCTAssertEqual(incidents.map { $0.text("date") ?? "" },
                       ["2025-01-03", "2025-01-05", "2025-01-07", "2025-01-12", "2025-01-15", "2025-01-16", "2025-01-20", "2025-01-21", "2025-01-22", "2025-01-23"])
        XCTAssertEqual(incidents.map { $0.text("park") ?? "-" }, ["P-1", "P-1", "P-1", "P-2", "-", "-", "-", "P-1", "P-2", "-"])
        XCTAssertEqual(incidents[1].text("street"), "HOOGSTRAAT", "the street as written, without its blanks")
        XCTAssertNil(incidents[9].text("street"))
        let ledger = after.record("analysis")?.record["imports"]?.strings ?? []
        XCTAssertEqual(ledger.count, 1)
        XCTAssertTrue(ledger[0].hasPrefix("2026-01-01 incidents-gemeente.csv: municipality, 10 rows, sha256:"))
        // Nothing of the reporter or the description is stored.
        let stored = String(decoding: try after.encoded(), as: UTF8.self)
        XCTAssertFalse(stored.contains("J. Jansen"))
        XCTAssertFalse(stored.contains("Vuilniszakken"))
    }

    func testPoliceFiguresWithAddresses() throws {
        let r = try run("incidents-politie.csv", source: .police, into: try Fixture.cluster())
        XCTAssertEqual(r.rows, 4)
        XCTAssertEqual(r.parks.map(\.rows), [2, 1])
        XCTAssertEqual(r.overigRows, 1)
        XCTAssertEqual(r.unmatchedStreets.map(\.street), ["Brugweg"])
        XCTAssertEqual(r.unusedColumns, ["Registratienummer"])
        XCTAssertNil(r.handledColumn)
        let incidents = try Fixture.applying(r.changes, to: try Fixture.cluster()).all("incidents")
        XCTAssertEqual(incidents.map { $0.text("street") ?? "" }, ["Industrieweg", "Brugweg", "Rue de l'Église", "Havenstraat"])
        XCTAssertEqual(incidents.map { $0.text("category") ?? "" }, ["Inbraak bedrijfspand", "Diefstal uit auto", "Vernieling", "Inbraak bedrijfspand"])
        XCTAssertTrue(incidents.allSatisfy { $0["handled"] == nil }, "only municipal reports keep handled")
    }

    func testStatusOfPoliceFiguresIsNotKept() throws {
        let text = "datum;categorie;straat;status\n2025-01-01;Inbraak;Hoogstraat;afgehandeld\n"
        let r = try IncidentImport.run(CSVTable(name: "p.csv", bytes: Array(text.utf8)), bytes: Array(text.utf8), file: "p.csv",
                                       dossier: Fixture.cluster(), source: .police, today: Fixture.today)
        XCTAssertEqual(r.unusedColumns, ["status"])
        XCTAssertNil(r.changes.first?.after?["handled"])
    }

    func testCountsPerRow() throws {
        let text = "Datum;Soort;Straat;Aantal\n2025-01-01;Loze melding;Havenstraat;3\n2025-02-01;Loze melding;Elders;2\n"
        let r = try IncidentImport.run(CSVTable(name: "f.csv", bytes: Array(text.utf8)), bytes: Array(text.utf8), file: "f.csv",
                                       dossier: Fixture.cluster(), source: .fire, today: Fixture.today)
        XCTAssertEqual(r.parks[1], IncidentImport.ParkCount(id: "P-2", name: "Zuid", rows: 1, incidents: 3))
        XCTAssertEqual(r.overigIncidents, 2)
        XCTAssertEqual(r.changes.compactMap { $0.after?["count"]?.numberValue }, [3, 2])
    }

    func testTheSameFileTwiceCountsOnce() throws {
        let dossier = try Fixture.cluster()
        let once = try Fixture.applying(try run("incidents-gemeente.csv", source: .municipality, into: dossier).changes, to: dossier)
        let again = try run("incidents-gemeente.csv", source: .municipality, into: once)
        XCTAssertTrue(again.changes.isEmpty)
        XCTAssertNotNil(again.previous)
        XCTAssertEqual(try Fixture.applying(again.changes, to: once).all("incidents").count, 10)
        // Another file is imported beside it, with the next IDs.
        let other = try run("incidents-politie.csv", source: .police, into: once)
        XCTAssertEqual(other.added, ["I-11", "I-12", "I-13", "I-14"])
    }

    func testUndoingAnImportRestoresTheDossier() throws {
        let dossier = try Fixture.cluster()
        let changes = try run("incidents-gemeente.csv", source: .municipality, into: dossier).changes
        var d = try Fixture.applying(changes, to: dossier)
        try Amendment(command: "undo", at: "2026-01-01T00:00:00", by: "test", changes: changes).inverse(command: "undo", at: "", by: "").apply(to: &d)
        XCTAssertEqual(d, dossier)
        XCTAssertEqual(d.all("incidents").count, 0)
        XCTAssertNil(d.record("I-1"))
        XCTAssertEqual(d.record("P-2")?.record.text("name"), "Zuid")
    }

    func testABadDateGivesItsLineAndNothingIsImported() throws {
        let e = importError { try self.run("incidents-bad-date.csv", source: .police, into: try Fixture.cluster()) }
        XCTAssertEqual(e?.message.en, "'2025-02-30' is not a date kvo can read")
        XCTAssertEqual(e?.file, "incidents-bad-date.csv")
        XCTAssertEqual(e?.line, 3)
        XCTAssertEqual(e?.column, 1)
        XCTAssertEqual(e?.length, 10)
        XCTAssertTrue(e?.hint?.en.contains("14-03-2024") == true)
    }

    func testBadValuesGiveTheirPlace() throws {
        func error(_ text: String, _ source: IncidentImport.Source = .municipality) -> Diagnostic? {
            importError { try IncidentImport.run(CSVTable(name: "b.csv", bytes: Array(text.utf8)), bytes: Array(text.utf8), file: "b.csv",
                                                 dossier: try Fixture.cluster(), source: source, today: Fixture.today) }
        }
        let postcode = error("datum;categorie;straat;postcode\n2025-01-01;x;Hoogstraat;5651 AB\n2025-01-02;x;Hoogstraat;onbekend\n")
        XCTAssertEqual(postcode?.message.en, "'onbekend' is not a postcode")
        XCTAssertEqual(postcode?.line, 3)
        XCTAssertEqual(postcode?.column, 25)
        // A status outside the known vocabularies no longer aborts the file (issue 17): it is named.
        let text = "datum;categorie;straat;afgehandeld\n2025-01-01;x;Hoogstraat;misschien\n2025-01-02;x;Hoogstraat;ja\n"
        let r = try IncidentImport.run(CSVTable(name: "b.csv", bytes: Array(text.utf8)), bytes: Array(text.utf8), file: "b.csv",
                                       dossier: try Fixture.cluster(), source: .municipality, today: Fixture.today)
        XCTAssertEqual(r.added.count, 2)
        XCTAssertEqual(r.unknownStatuses.map(\.status), ["misschien"])
        let category = error("datum;categorie;straat\n2025-01-01;;Hoogstraat\n")
        XCTAssertEqual(category?.message.en, "this row has no category")
        XCTAssertEqual(category?.column, 12)
        let count = error("datum;categorie;straat;aantal\n2025-01-01;x;Hoogstraat;drie\n")
        XCTAssertEqual(count?.message.en, "a count is a whole number from 0 to 1,000,000, not 'drie'")
        XCTAssertEqual(error("categorie;straat\nx;Hoogstraat\n")?.message.en, "b.csv has no date column")
        XCTAssertEqual(error("datum;straat\n2025-01-01;Hoogstraat\n")?.message.en, "b.csv has no category column")
        XCTAssertEqual(error("datum;categorie\n2025-01-01;x\n")?.message.en, "b.csv has no street, address or postcode column, so no row can be placed in a park")
    }

    func testColumnsByDutchAndEnglishHeaders() {
        let c = IncidentColumns(header: ["Datum melding", "Soort melding", "Straatnaam", "Huisnr.", "Post-code", "Status", "Omschrijving"])
        XCTAssertEqual(c.date, 0)
        XCTAssertEqual(c.category, 1, "soort wins over omschrijving")
        XCTAssertEqual(c.street, 2)
        XCTAssertEqual(c.houseNumber, 3)
        XCTAssertEqual(c.postcode, 4)
        XCTAssertEqual(c.handled, 5)
        let english = IncidentColumns(header: ["Date", "Category", "Address", "Zip code", "Handled", "Count"])
        XCTAssertEqual([english.date, english.category, english.address, english.postcode, english.handled, english.count], [0, 1, 2, 3, 4, 5])
        XCTAssertNil(english.street)
    }

    func testSourceWords() {
        XCTAssertEqual(IncidentImport.Source(word: "politie"), .police)
        XCTAssertEqual(IncidentImport.Source(word: "Brandweer"), .fire)
        XCTAssertEqual(IncidentImport.Source(word: "gemeente"), .municipality)
        XCTAssertNil(IncidentImport.Source(word: "buurtapp"))
    }
}

/// Counts beyond the schema's range are refused at their row, so no sum can overflow (issue 12):
/// 9,300 rows of 999999999999999 once trapped in `IncidentImport.run`.
final class IncidentCountRangeTests: XCTestCase {
    private func table(_ counts: [String]) throws -> (CSVTable, [UInt8]) {
        var text = "Pleegdatum,Maatschappelijke klasse,Pleegadres,Aantal\n"
        for c in counts { text += "2025-03-01,Inbraak bedrijfspand,Industrieweg 12,\(c)\n" }
        let bytes = Array(text.utf8)
        return (try CSVTable(name: "huge.csv", bytes: bytes, shortRowsAllowed: false), bytes)
    }

    private func refusal(_ counts: [String]) throws -> Diagnostic? {
        let (t, bytes) = try table(counts)
        do {
            _ = try IncidentImport.run(t, bytes: bytes, file: "huge.csv", dossier: try Fixture.cluster(), source: .police, today: Fixture.today)
            return nil
        } catch let e as Diagnostic { return e }
    }

    func testHugeCountsAreRefusedAtTheirRow() throws {
        let e = try refusal(Array(repeating: "999999999999999", count: 9_300))
        XCTAssertEqual(e?.line, 2)
        XCTAssertEqual(e?.message.en, "a count is a whole number from 0 to 1,000,000, not '999999999999999'")
        XCTAssertEqual(e?.message.nl, "een aantal is een geheel getal van 0 tot en met 1.000.000, niet '999999999999999'")
        XCTAssertEqual(try refusal(["1", "2", "-1"])?.line, 4)
        XCTAssertNotNil(try refusal(["99999999999999999999999999999"]))
    }

    func testImplausibleYearsAreRefusedAtTheirRow() throws {
        let text = "Pleegdatum,Maatschappelijke klasse,Pleegadres\n2025-03-01,Inbraak,Industrieweg 1\n0000-03-01,Inbraak,Industrieweg 1\n"
        let bytes = Array(text.utf8)
        let t = try CSVTable(name: "y.csv", bytes: bytes, shortRowsAllowed: false)
        XCTAssertThrowsError(try IncidentImport.run(t, bytes: bytes, file: "y.csv", dossier: try Fixture.cluster(), source: .police, today: Fixture.today)) {
            let e = $0 as? Diagnostic
            XCTAssertEqual(e?.line, 3)
            XCTAssertEqual(e?.message.en, "the year of '0000-03-01' is not between 1900 and 2200")
            XCTAssertEqual(e?.message.nl, "het jaar van '0000-03-01' ligt niet tussen 1900 en 2200")
        }
    }

    func testCountsWithinTheRangeAreSummed() throws {
        let (t, bytes) = try table(Array(repeating: "1000000", count: 300))
        let r = try IncidentImport.run(t, bytes: bytes, file: "huge.csv", dossier: try Fixture.cluster(), source: .police, today: Fixture.today)
        XCTAssertEqual(r.parks.map(\.incidents).reduce(0, +) + r.overigIncidents, 300_000_000)
    }
}
