import XCTest
import Foundation

/// `as xlsx` (issue 14): kvo writes Excel workbooks through kvo-xlsx (libxlsxwriter), and
/// openpyxl (PyPI, which scripts/test installs) opens them: the cells hold the dossier's records,
/// numbers are numbers, the matrix has its years merged over their quarters, frozen header rows
/// and WHO column, and an A4 landscape page.
final class WorkbookTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-xlsx-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ReportBrowserTests.examples + "/de-hoek.json", toPath: folder + "/d.json")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    static let reader = """
        import sys, json, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
        print(json.dumps({"title": ws.title, "rows": [[c for c in r] for r in ws.iter_rows(values_only=True)],
            "merged": sorted(str(m) for m in ws.merged_cells.ranges), "freeze": ws.freeze_panes,
            "orientation": ws.page_setup.orientation, "paper": ws.page_setup.paperSize}, default=str))
        """

    func read(_ file: String) throws -> [String: Any] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", Self.reader, folder + "/" + file]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    func testAListIsASheetOfItsRecords() throws {
        let r = try KVOBinary.run(["d.json", "--lang", "nl", "-c", "lijst maatregelen velden id,titel,uren als xlsx"], directory: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertEqual(r.stdout, "geschreven: measures.xlsx\n")
        let book = try read("measures.xlsx")
        let rows = book["rows"] as? [[Any]] ?? []
        XCTAssertEqual(rows.first as? [String], ["id", "title", "hours"])
        let m30 = try XCTUnwrap(rows.first { ($0.first as? String) == "M-30" })
        XCTAssertEqual(m30[1] as? String, "Handhavingsacties fout parkeren vrachtwagens Industrieweg door BOA's")
        XCTAssertNotNil(m30[2] as? Int, "hours are a number, not text: \(m30)")
        XCTAssertEqual(book["freeze"] as? String, "A2")
        XCTAssertEqual("\(book["paper"] ?? "")", "9", "A4")
    }

    func testTheMatrixSheetHasTheHandbooksLayout() throws {
        let r = try KVOBinary.run(["d.json", "--lang", "nl", "-c", "matrix als xlsx"], directory: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        let book = try read("maatregelmatrix.xlsx")
        let merged = book["merged"] as? [String] ?? []
        for range in ["A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:K1", "L1:O1"] { XCTAssertTrue(merged.contains(range), "\(range) not merged: \(merged)") }
        let rows = book["rows"] as? [[Any]] ?? []
        XCTAssertEqual(rows[0][3] as? String, "2025")
        XCTAssertEqual(rows[1][3] as? String, "Q1")
        XCTAssertEqual(book["freeze"] as? String, "D3", "header rows and the columns up to WHO frozen")
        XCTAssertEqual(book["orientation"] as? String, "landscape")
        let ids = Set(rows.compactMap { $0.first as? String }.filter { $0.hasPrefix("M-") })
        XCTAssertGreaterThan(ids.count, 40)
    }

    func testReadOnlyWritesNoWorkbook() throws {
        let r = try KVOBinary.run(["d.json", "--readonly", "--lang", "en", "-c", "list measures as xlsx"], directory: folder)
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stderr.contains("read-only mode: no files are written"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/measures.xlsx"))
    }
}
