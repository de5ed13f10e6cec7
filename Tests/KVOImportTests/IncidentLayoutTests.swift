import XCTest
import Foundation
import KVOModel
@testable import KVOImport

/// Incident exports as the police and municipalities deliver them (Fixtures/incidents-*, built
/// from BVH's and Signalen's documented layouts), imported unchanged and checked against what
/// pandas reads in the same files (Fixtures/expected_counts.py).
final class IncidentLayoutTests: XCTestCase {
    private func pandas() throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixture.folder + "/expected_counts.py"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "expected_counts.py needs pandas and openpyxl (scripts/test installs them)")
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func imported(_ name: String, source: IncidentImport.Source) throws -> (IncidentImport.Report, Dossier) {
        let dossier = try Fixture.cluster()
        let r = try IncidentImport.run(Fixture.table(name), bytes: Fixture.bytes(name), file: name, dossier: dossier, source: source, today: Fixture.today)
        return (r, try Fixture.applying(r.changes, to: dossier))
    }

    func testEveryShapeOfTheBVHExportImportsUnchanged() throws {
        let expected = try pandas()
        var shapes: [[String]] = []
        for name in ["incidents-bvh.csv", "incidents-bvh-excel.csv", "incidents-bvh.xlsx", "incidents-signalen.csv"] {
            let want = try XCTUnwrap(expected[name] as? [String: Any], name)
            let (r, after) = try imported(name, source: name.contains("signalen") ? .municipality : .police)
            XCTAssertEqual(r.added.count, want["rows"] as? Int, name)
            XCTAssertEqual(r.parks.first { $0.id == "P-1" }?.rows, want["noord"] as? Int, name)
            var categories: [String: Int] = [:]
            for i in after.incidents { categories[i.category ?? "", default: 0] += i.count ?? 1 }
            XCTAssertEqual(categories, want["categories"] as? [String: Int], name)
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: r.categories.map { ($0.category, $0.incidents) }), categories, name)
            let days = after.incidents.compactMap(\.date).sorted()
            XCTAssertEqual(days.first?.description, want["first"] as? String, name)
            XCTAssertEqual(days.last?.description, want["last"] as? String, name)
            if name.contains("bvh") { shapes.append(after.incidents.map { "\($0.date!) \($0.category!) \($0.street ?? "") \($0.park ?? "")" }) }
        }
        XCTAssertEqual(shapes[0], shapes[1], "as BVH writes it and as Excel saved it: the same incidents")
        XCTAssertEqual(shapes[0], shapes[2], "the CSV and the workbook: the same incidents")
    }

    func testUnknownStatusIsKeptAsANoticeNotAnAbort() throws {
        let (r, after) = try imported("incidents-signalen.csv", source: .municipality)
        XCTAssertEqual(r.unknownStatuses.map(\.status), ["Wacht op aannemer"])
        let rows = try Fixture.table("incidents-signalen.csv").rows
        XCTAssertEqual(r.unknownStatuses.first?.rows, rows.filter { $0[4] == "Wacht op aannemer" }.count)
        XCTAssertEqual(after.incidents.filter { $0.statusText == "Wacht op aannemer" }.count, r.unknownStatuses.first?.rows,
                       "an unknown status is kept as the source wrote it")
        XCTAssertEqual(after.incidents.filter { $0.statusText != nil }.count, r.unknownStatuses.first?.rows, "a known status is not repeated as text")
        XCTAssertEqual(after.incidents.filter { $0.handled == true }.count, rows.filter { ["Afgehandeld", "Geannuleerd"].contains($0[4]) }.count)
        XCTAssertEqual(after.incidents.filter { $0.handled == false }.count,
                       rows.filter { ["In afwachting van behandeling", "Heropend", "Ingepland", "Reactie gevraagd"].contains($0[4]) }.count)
    }

    func testDatesAsExcelAndPeopleWriteThem() {
        XCTAssertEqual(DateText.day("20-9-2017 17:30", excelForms: true), Day("2017-09-20"))
        XCTAssertEqual(DateText.day("20-09-17 17:30", excelForms: true), Day("2017-09-20"))
        XCTAssertEqual(DateText.day("20-sep-17", excelForms: true), Day("2017-09-20"))
        XCTAssertEqual(DateText.day("3 maart 2024", excelForms: true), Day("2024-03-03"))
        XCTAssertEqual(DateText.day("01-01-69", excelForms: true), Day("1969-01-01"), "the POSIX century rule: 69 to 99 are the 1900s")
        XCTAssertEqual(DateText.day("01-01-68", excelForms: true), Day("2068-01-01"))
        XCTAssertEqual(DateText.day("42998", excelForms: true), Day("2017-09-20"), "an Excel date serial")
        XCTAssertEqual(DateText.day("42998,72917", excelForms: true), Day("2017-09-20"))
        XCTAssertNil(DateText.day("20-09-17"), "outside exports a two-digit year is still refused")
        XCTAssertNil(DateText.day("42998"))
        XCTAssertNil(DateText.day("123", excelForms: true))
    }

    func testBVHHeadersAreRecognised() {
        let c = IncidentColumns(header: ["Registratienummer", "Begin-pleegdatum/tijd", "Eind-pleegdatum/tijd", "Incidentsoort", "Pleegstraatnaam",
                                         "Pleeghuisnummer met toev.", "Pleegpostcode"])
        XCTAssertEqual([c.date, c.category, c.street, c.houseNumber, c.postcode], [1, 3, 4, 5, 6])
        let signalen = IncidentColumns(header: ["id", "created_at", "main_category", "sub_category", "state_display", "address_street", "address_postalcode"])
        XCTAssertEqual([signalen.date, signalen.category, signalen.handled, signalen.street, signalen.postcode], [1, 3, 4, 5, 6])
        let regional = IncidentColumns(header: ["gem.datum", "MK omschrijving", "straat"])
        XCTAssertEqual([regional.date, regional.category], [0, 1])
    }

    func testAMappingSaysWhatTheColumnsAre() throws {
        let mapping = try IncidentMapping(table: Fixture.table("incidents-eigen-mapping.tsv"))
        let table = try Fixture.table("incidents-eigen.csv")
        XCTAssertEqual(importError { try IncidentImport.run(table, bytes: [1], file: "e.csv", dossier: Fixture.cluster(), source: .police, today: Fixture.today) }?
            .message.en, "incidents-eigen.csv has no date column", "without the mapping")
        let r = try IncidentImport.run(table, bytes: [1], file: "e.csv", dossier: Fixture.cluster(), source: .police, mapping: mapping, today: Fixture.today)
        let after = try Fixture.applying(r.changes, to: Fixture.cluster())
        XCTAssertEqual(after.incidents.map(\.category), ["Inbraak bedrijfspand", "Diefstal fiets", "Vernieling"])
        XCTAssertEqual(after.incidents.map(\.date?.description), ["2025-02-03", "2025-02-04", "2025-02-05"])
        XCTAssertEqual(r.parks.first { $0.id == "P-1" }?.rows, 2)
        XCTAssertEqual(r.unusedColumns, [])
        let bad = CSVTable.self
        let wrong = importError { try IncidentMapping(table: bad.init(name: "m.tsv", bytes: Array("column\trole\nDatum feit\tquestion\n".utf8), shortRowsAllowed: true)) }
        XCTAssertEqual(wrong?.message.en, "unknown role 'question'")
        XCTAssertEqual(wrong?.line, 2)
    }

    /// Aggregated police open data (CBS StatLine / data.politie.nl), labelled and as codes: counts
    /// per period and category, totals and figures without data skipped, placed by buurt.
    func testAggregatedOpenDataIsCountedPerPeriodAndPlacedByBuurt() throws {
        let expected = try pandas()
        let dossier = try Fixture.dossier("""
            {"format": "kvo-dossier/2", "name": "Eindhoven", "parks": [
              {"id": "P-1", "name": "Noord", "municipality": "Eindhoven", "buurten": ["Industriegebied Noord", "BU07721001"]},
              {"id": "P-2", "name": "Zuid", "municipality": "Eindhoven", "buurten": ["Haven Zuid", "BU07721002"]}]}
            """)
        var froms: [[String]] = []
        for name in ["incidents-politie-buurten.csv", "incidents-politie-buurten-codes.csv"] {
            let want = try XCTUnwrap(expected[name] as? [String: Any], name)
            let r = try IncidentImport.run(Fixture.table(name), bytes: Fixture.bytes(name), file: name, dossier: dossier, source: .police, today: Fixture.today)
            let after = try Fixture.applying(r.changes, to: dossier)
            XCTAssertEqual(r.added.count, want["rows"] as? Int, name)
            XCTAssertEqual(r.parks.first { $0.id == "P-1" }?.incidents, want["noord"] as? Int, name)
            var categories: [String: Int] = [:]
            for i in after.incidents { categories[i.category ?? "", default: 0] += i.count ?? 0 }
            XCTAssertEqual(categories, want["categories"] as? [String: Int], name)
            XCTAssertTrue(after.incidents.allSatisfy { $0.date == nil && $0.from != nil && $0.to != nil }, name)
            XCTAssertEqual(Set(after.incidents.map { "\($0.from!)" }).count, (want["periods"] as? [String])?.count, name)
            XCTAssertGreaterThan(r.totalRows, 0, name)
            XCTAssertGreaterThan(r.rowsWithoutFigure, 0, name)
            froms.append(after.incidents.map { "\($0.from!) \($0.to!) \($0.count!) \($0.park ?? "overig")" })
        }
        XCTAssertEqual(froms[0], froms[1], "labels and codes: the same figures")
        XCTAssertEqual(CountPeriod("2024MM02"), CountPeriod("2024 februari*"))
        XCTAssertEqual(CountPeriod("2024MM02")?.to, Day("2024-02-29"))
        XCTAssertEqual(CountPeriod("2024JJ00")?.to, Day("2024-12-31"))
        XCTAssertEqual(CountPeriod("2024KW02")?.from, Day("2024-04-01"))
        XCTAssertEqual(CountPeriod("2024 2e kwartaal")?.to, Day("2024-06-30"))
        XCTAssertNil(CountPeriod("2024MM13"))
        XCTAssertNil(CountPeriod("24"))
    }

    func testTotalsOfAnAggregatedTableAreKnownByTheirCodes() {
        let totals = IncidentRows.totals(["Totaal misdrijven", "0.0.0 Totaal misdrijven", "1 Vermogensmisdrijven", "1.1 Diefstal/verduistering en inbraak",
                                          "1.1.1 Diefstal/inbraak woning", "2.2.1 Vernieling cq. zaakbeschadiging", "Vernieling", "1.4.5 Mishandeling"])
        XCTAssertEqual(totals, ["Totaal misdrijven", "0.0.0 Totaal misdrijven", "1 Vermogensmisdrijven", "1.1 Diefstal/verduistering en inbraak"],
                       "a category heading others (1 over 1.1 over 1.1.1) totals them; a leaf or an unnumbered category does not")
    }
}
