import XCTest
import Foundation

/// The reports as Word documents (issue 14): kvo converts them with pandoc, and python-docx (PyPI,
/// which scripts/test installs) opens each one and finds real headings, real tables whose cells
/// hold the dossier's records, the charts as pictures, and an A4 page.
final class ReportWordTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-report-word-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Copies: writing report files needs a session that may write (--readonly writes none).
        for name in ["de-hoek", "cluster-kanaalzone"] {
            try FileManager.default.copyItem(atPath: ReportBrowserTests.examples + "/\(name).json", toPath: folder + "/\(name).json")
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    /// Runs python3 with a script and arguments; its standard output, parsed as JSON.
    func python(_ script: String, _ arguments: [String]) throws -> [String: Any] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, problem)
        return (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    static let reader = """
        import sys, json, docx
        d = docx.Document(sys.argv[1])
        s = d.sections[0]
        print(json.dumps({
            "headings": [p.text for p in d.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"],
            "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
            "pictures": len(d.inline_shapes),
            "width_mm": round(s.page_width.mm), "height_mm": round(s.page_height.mm)}))
        """

    func write(_ report: String, _ example: String) throws -> String {
        let r = try KVOBinary.run([folder + "/" + example + ".json", "--as-of", "2026-11-29",
                                   "-c", "report \(report) --format docx --out \(folder!)/\(example)"], directory: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        let path = r.stdout.split(separator: " ").last.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        XCTAssertTrue(path.hasSuffix(".docx"), r.stdout)
        return path
    }

    func testTheSafetyAnalysisOpensInWordWithHeadingsTablesAndCharts() throws {
        let doc = try python(Self.reader, [try write("va", "de-hoek")])
        let headings = doc["headings"] as? [String] ?? []
        XCTAssertTrue(headings.contains("Veiligheidsanalyse"), "\(headings)")
        XCTAssertTrue(headings.contains("Samenvatting"), "\(headings)")
        XCTAssertTrue(headings.contains("Enquête (§4.1.1)"), "\(headings)")
        let tables = doc["tables"] as? [[[String]]] ?? []
        let parks = try XCTUnwrap(tables.first { $0.first?.first == "terrein" }, "no park table")
        XCTAssertTrue(parks.contains { $0.first == "Bedrijventerrein De Hoek" || $0.contains("120") }, "\(parks)")
        XCTAssertGreaterThan(doc["pictures"] as? Int ?? 0, 10, "the charts are not pictures in the document")
        XCTAssertEqual(doc["width_mm"] as? Int, 210)
        XCTAssertEqual(doc["height_mm"] as? Int, 297)
    }

    func testThePlanOfActionHoldsEveryMeasureInItsTables() throws {
        for example in ["de-hoek", "cluster-kanaalzone"] {
            let doc = try python(Self.reader, [try write("pva", example)])
            let cells = Set((doc["tables"] as? [[[String]]] ?? []).flatMap { $0.flatMap { $0 } })
            let dossier = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: ReportBrowserTests.examples + "/" + example + ".json"))) as? [String: Any]
            let measures = (dossier?["measures"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            XCTAssertFalse(measures.isEmpty)
            for id in measures { XCTAssertTrue(cells.contains(id), "\(example): \(id) is in no table of the Word document") }
        }
    }
}
