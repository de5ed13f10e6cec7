import XCTest
import Foundation

/// The HTML reports in a real browser: headless Chromium (the Debian package `chromium`, which
/// scripts/test installs) loads the safety analysis kvo wrote, its DOM must hold the charts' SVG
/// bars, and a screenshot of it must show a page, not a blank or single-coloured picture.
final class ReportBrowserTests: XCTestCase {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples").standardized.path

    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-report-browser-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    static func chromium() throws -> String {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"] {
            for name in ["chromium", "chromium-browser"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) {
                return dir + "/" + name
            }
        }
        XCTFail("chromium is not installed; the report browser tests need it: scripts/test installs it (apt-get install chromium)")
        throw Missing()
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "chromium is not installed" }
    }

    /// Runs a program to its end (at most two minutes) and returns its standard output.
    func run(_ program: String, _ arguments: [String]) throws -> (out: String, code: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder
        process.environment = environment
        try process.run()
        let timer = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: timer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    func chromiumArguments() -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder!)/profile", "--hide-scrollbars"]
    }

    /// kvo writes the safety analysis of De Hoek as one HTML page.
    func writeReport() throws -> String {
        let r = try KVOBinary.run([Self.examples + "/de-hoek.json", "--as-of", "2026-11-29", "-c",
                                   "report va --format html --out \(folder!)/out"], directory: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        let page = folder + "/out/veiligheidsanalyse.html"
        XCTAssertTrue(FileManager.default.fileExists(atPath: page), r.stdout)
        return page
    }

    func testTheDOMHoldsTheChartsBarsAndLabels() throws {
        let chromium = try Self.chromium()
        let page = try writeReport()
        let source = try String(contentsOfFile: page, encoding: .utf8)
        let dom = try run(chromium, chromiumArguments() + ["--dump-dom", "file://" + page])
        XCTAssertEqual(dom.code, 0)
        XCTAssertTrue(dom.out.contains("<h1>Veiligheidsanalyse</h1>"), String(dom.out.prefix(500)))
        let bars = source.components(separatedBy: "<rect class=\"bar\"").count - 1
        XCTAssertGreaterThan(bars, 100)
        // The browser parsed every chart as SVG: the same bars, with their sizes, inside <svg> elements.
        XCTAssertEqual(dom.out.components(separatedBy: "<rect class=\"bar\"").count - 1, bars)
        XCTAssertEqual(dom.out.components(separatedBy: "<svg ").count - 1, source.components(separatedBy: "<svg ").count - 1)
        XCTAssertTrue(dom.out.contains("<text class=\"chart-title\""))
        XCTAssertTrue(dom.out.contains(">Antwoorden die een probleem melden, per thema</text>"))
        XCTAssertTrue(dom.out.contains("<text class=\"category\""))
        XCTAssertTrue(dom.out.contains("<text class=\"value\""))
        XCTAssertFalse(dom.out.contains("parsererror"))
    }

    func testTheScreenshotShowsThePage() throws {
        let chromium = try Self.chromium()
        let page = try writeReport()
        let png = folder + "/va.png"
        let shot = try run(chromium, chromiumArguments() + ["--screenshot=\(png)", "--window-size=1200,1600", "file://" + page])
        XCTAssertEqual(shot.code, 0)
        let size = (try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
        XCTAssertGreaterThan(size, 20_000, "the screenshot is suspiciously small")
        let stats = try pixelStatistics(png)
        XCTAssertEqual(stats.width, 1200)
        XCTAssertEqual(stats.height, 1600)
        XCTAssertGreaterThan(stats.colours, 16, "the screenshot is (nearly) one colour")
        XCTAssertGreaterThan(stats.nonWhite, 0.02, "the screenshot is nearly blank")
        // The headings' rule is drawn in the page's blue.
        XCTAssertGreaterThan(stats.count(of: "1d4f76"), 500)

        // A taller window, drawn at a quarter of the size, shows the charts: the bars' blue and the
        // problem answers' orange.
        let tall = folder + "/va-tall.png"
        _ = try run(chromium, chromiumArguments() + ["--screenshot=\(tall)", "--window-size=1200,9000", "--force-device-scale-factor=0.25",
                                                     "file://" + page])
        let tallStats = try pixelStatistics(tall)
        XCTAssertGreaterThan(tallStats.count(of: "2f6b9a"), 1_000, "no bars drawn")
        XCTAssertGreaterThan(tallStats.count(of: "d9622b"), 200, "no highlighted bars drawn")
    }

    struct PixelStatistics {
        let width: Int
        let height: Int
        let colours: Int
        let nonWhite: Double
        let counts: [String: Int]
        func count(of colour: String) -> Int { counts[colour] ?? 0 }
    }

    /// Decodes the PNG with Python's standard library (zlib, no extra packages) and counts colours.
    func pixelStatistics(_ png: String) throws -> PixelStatistics {
        let script = """
            import sys, zlib, struct, json, collections
            data = open(sys.argv[1], 'rb').read()
            assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'not a PNG'
            pos, idat = 8, b''
            while pos < len(data):
                n, kind = struct.unpack('>I4s', data[pos:pos+8]); body = data[pos+8:pos+8+n]; pos += 12 + n
                if kind == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
                elif kind == b'IDAT': idat += body
            assert depth == 8 and ctype in (2, 6), 'unexpected PNG type %d/%d' % (depth, ctype)
            bpp = 3 if ctype == 2 else 4
            raw = zlib.decompress(idat); stride = w * bpp
            # Rows filtered "Up" (most of a screenshot) are added to the row above byte by byte in
            # one big-integer step; the other filters go byte by byte.
            low = int.from_bytes(b'\\x7f' * stride, 'big'); high = int.from_bytes(b'\\x80' * stride, 'big')
            prev = bytearray(stride); counts = collections.Counter(); i = 0
            for y in range(h):
                f = raw[i]; line = bytearray(raw[i+1:i+1+stride]); i += 1 + stride
                if f == 2:
                    a, b = int.from_bytes(line, 'big'), int.from_bytes(prev, 'big')
                    line = bytearray((((a & low) + (b & low)) ^ ((a ^ b) & high)).to_bytes(stride, 'big'))
                elif f in (1, 3, 4):
                    for x in range(stride):
                        a = line[x-bpp] if x >= bpp else 0; b = prev[x]; c = prev[x-bpp] if x >= bpp else 0
                        if f == 1: line[x] = (line[x] + a) & 255
                        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
                        else:
                            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                            line[x] = (line[x] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 255
                counts.update(zip(line[0::bpp], line[1::bpp], line[2::bpp]))
                prev = line
            counts = collections.Counter({'%02x%02x%02x' % k: v for k, v in counts.items()})
            total = w * h
            print(json.dumps({'width': w, 'height': h, 'colours': len(counts),
                              'nonWhite': 1 - counts.get('ffffff', 0) / total,
                              'counts': {k: v for k, v in counts.items() if v >= 50}}))
            """
        let scriptPath = folder + "/png.py"
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let r = try run("/usr/bin/python3", [scriptPath, png])
        XCTAssertEqual(r.code, 0, "python3 could not read \(png)")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        return PixelStatistics(width: json["width"] as? Int ?? 0, height: json["height"] as? Int ?? 0, colours: json["colours"] as? Int ?? 0,
                               nonWhite: json["nonWhite"] as? Double ?? 0, counts: json["counts"] as? [String: Int] ?? [:])
    }
}
