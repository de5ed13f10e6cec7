import XCTest
import Foundation

/// The reports as PDF (issue 14): kvo prints every HTML report of both examples with headless
/// Chromium; pdfinfo and pdftotext (poppler-utils, which scripts/test installs) check that every
/// page is A4 and that the measures matrix printed whole: every measure ID, every quarter heading
/// and the progress text of every matrix row are in the PDF's text. In a browser window the
/// matrix fits its page without a horizontal scrollbar.
final class ReportPDFTests: XCTestCase {
    static let examples = ReportBrowserTests.examples
    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-report-pdf-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Copies: writing report files needs a session that may write (--readonly writes none).
        for name in ["de-hoek", "cluster-kanaalzone"] {
            try FileManager.default.copyItem(atPath: ReportBrowserTests.examples + "/\(name).json", toPath: folder + "/\(name).json")
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    func tool(_ name: String) throws -> String {
        for dir in ["/usr/bin", "/usr/local/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) { return dir + "/" + name }
        XCTFail("\(name) is not installed; scripts/test installs poppler-utils")
        throw ReportBrowserTests.Missing()
    }

    func output(_ program: String, _ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes REPORT of EXAMPLE as HTML and as PDF into the test's folder; returns both paths.
    func write(_ report: String, of example: String, file: String) throws -> (html: String, pdf: String) {
        _ = try ReportBrowserTests.chromium()
        let out = folder + "/" + example
        let r = try KVOBinary.run([folder + "/" + example + ".json", "--as-of", "2026-11-29",
                                   "-c", "report \(report) --format html --out \(out)", "-c", "report \(report) --format pdf --out \(out)"],
                                  directory: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        return (out + "/" + file + ".html", out + "/" + file + ".pdf")
    }

    static let reports = [("va", "veiligheidsanalyse"), ("pva", "plan-van-aanpak"), ("inspection", "schouwrapport"), ("survey", "enquete")]

    func testEveryReportPrintsOnA4() throws {
        let pdfinfo = try tool("pdfinfo")
        for example in ["de-hoek", "cluster-kanaalzone"] {
            for (report, _) in Self.reports {
                let r = try KVOBinary.run([folder + "/" + example + ".json", "--as-of", "2026-11-29",
                                           "-c", "report \(report) --format pdf --out \(folder!)/\(example)"], directory: folder)
                XCTAssertEqual(r.code, 0, r.stderr)
                guard let written = r.stdout.split(separator: " ").last.map({ String($0).trimmingCharacters(in: .whitespacesAndNewlines) }) else { continue }
                let info = try output(pdfinfo, ["-f", "1", "-l", "999", written])
                let sizes = info.split(separator: "\n").filter { $0.contains(" size:") && $0.hasPrefix("Page") }
                XCTAssertFalse(sizes.isEmpty, "\(example) \(report): no pages in \(written)")
                for s in sizes { XCTAssertTrue(s.hasSuffix("(A4)"), "\(example) \(report): \(s)") }
            }
        }
    }

    func testTheMatrixPrintsWhole() throws {
        let pdftotext = try tool("pdftotext")
        for example in ["de-hoek", "cluster-kanaalzone"] {
            let (html, pdf) = try write("pva", of: example, file: "plan-van-aanpak")
            let page = try String(contentsOfFile: html, encoding: .utf8)
            let text = Self.normalised(try output(pdftotext, [pdf, "-"]))
            let rows = Self.matrixRows(page)
            XCTAssertGreaterThan(rows.count, 10, "\(example): no matrix rows found")
            let words = text.split(separator: " ").map(String.init)
            for row in rows {
                XCTAssertTrue(words.contains(row.id), "\(example): \(row.id) is not in the PDF")
                // pdftotext interleaves the lines of neighbouring cells: the progress text's words
                // must follow the measure's ID in order, within its table row.
                XCTAssertTrue(Self.follows(Self.normalised(row.progress).split(separator: " ").map(String.init), row.id, in: words),
                              "\(example): the progress of \(row.id) is cut: \(row.progress)")
            }
            for q in Self.quarterHeadings(page) { XCTAssertTrue(text.contains(q), "\(example): quarter \(q) is not in the PDF") }
        }
    }

    /// `matrix as pdf` prints the handbook's matrix on A4 landscape with every measure.
    func testMatrixAsPDF() throws {
        _ = try ReportBrowserTests.chromium()
        try FileManager.default.copyItem(atPath: folder + "/de-hoek.json", toPath: folder + "/d.json")
        let r = try KVOBinary.run(["d.json", "--lang", "nl", "-c", "matrix als pdf"], directory: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        let pdf = folder + "/maatregelmatrix.pdf"
        let info = try output(try tool("pdfinfo"), [pdf])
        XCTAssertTrue(info.contains("841.92 x 594.96 pts (A4)"), info)
        let words = Set(Self.normalised(try output(try tool("pdftotext"), [pdf, "-"])).split(separator: " ").map(String.init))
        let dossier = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/d.json"))) as? [String: Any]
        for id in (dossier?["measures"] as? [[String: Any]] ?? []).compactMap({ $0["id"] as? String }) {
            XCTAssertTrue(words.contains(id), "\(id) is not in the matrix PDF")
        }
    }

    /// In a 1200-pixel browser window no matrix table is wider than its page.
    func testTheMatrixHasNoHorizontalOverflowOnScreen() throws {
        let chromium = try ReportBrowserTests.chromium()
        let (html, _) = try write("pva", of: "de-hoek", file: "plan-van-aanpak")
        let probe = folder + "/probe.html"
        let script = "<script>document.title = 'overflow:' + [...document.querySelectorAll('table.matrix')]"
            + ".filter(t => t.scrollWidth > t.parentElement.clientWidth + 1 || t.getBoundingClientRect().right > window.innerWidth).length;</script>"
        try (try String(contentsOfFile: html, encoding: .utf8)).replacingOccurrences(of: "</body>", with: script + "</body>")
            .write(toFile: probe, atomically: true, encoding: .utf8)
        let dom = try output(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder!)/profile",
                                        "--window-size=1200,1600", "--dump-dom", "file://" + probe])
        XCTAssertTrue(dom.contains("<title>overflow:0</title>"), String(dom.prefix(300)))
    }

    /// Whether `part` is a subsequence of the words after some occurrence of `id` (within 150 words).
    static func follows(_ part: [String], _ id: String, in words: [String]) -> Bool {
        for start in words.indices where words[start] == id {
            var i = part.startIndex
            for w in words[(start + 1)..<min(words.count, start + 151)] where i < part.endIndex && w == part[i] { i += 1 }
            if i == part.endIndex { return true }
        }
        return false
    }

    static func normalised(_ s: String) -> String {
        s.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&quot;", with: "\"").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The measure ID and the progress text (the last cell) of every row of the matrix tables.
    static func matrixRows(_ page: String) -> [(id: String, progress: String)] {
        var rows: [(String, String)] = []
        for table in page.components(separatedBy: "<table class=\"matrix\">").dropFirst() {
            let body = table.components(separatedBy: "</table>")[0]
            for tr in body.components(separatedBy: "<tr>").dropFirst() {
                let cells = tr.components(separatedBy: "<td").dropFirst().map { cell -> String in
                    let inner = cell.drop { $0 != ">" }.dropFirst()
                    return String(inner.prefix { $0 != "<" })
                }
                guard cells.count > 4, cells[0].hasPrefix("M-") else { continue }
                rows.append((cells[0], cells[cells.count - 1]))
            }
        }
        return rows
    }

    static func quarterHeadings(_ page: String) -> Set<String> {
        Set(page.components(separatedBy: "<th class=\"compact\">").dropFirst().map { String($0.prefix { $0 != "<" }) })
    }
}
