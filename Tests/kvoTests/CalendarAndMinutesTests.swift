import XCTest
import Foundation

/// `calendar as ics` read back by a real iCalendar parser (the `icalendar` package of PyPI, which
/// scripts/test installs; skipped when it is missing), with the same UIDs from one export to the
/// next; and `minutes --store` saved into a dossier as a meeting.
final class CalendarAndMinutesTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-calendar-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["de-hoek", "cluster-kanaalzone"] {
            try FileManager.default.copyItem(atPath: ReportBrowserTests.examples + "/\(name).json", toPath: folder + "/\(name).json")
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    func calendar(_ example: String, asOf: String, language: String = "nl") throws -> String {
        let r = try KVOBinary.run([folder + "/" + example + ".json", "--readonly", "--as-of", asOf, "--lang", language, "-c", "calendar as ics"], directory: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        return r.stdout
    }

    /// Parses an iCalendar file with `icalendar` and prints its events as JSON; nil without the package.
    func parse(_ ics: String) throws -> [[String: String]]? {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import icalendar"]
        check.standardError = Pipe()
        guard (try? check.run()) != nil else { return nil }
        check.waitUntilExit()
        guard check.terminationStatus == 0 else { return nil }
        let file = folder + "/calendar-\(UUID().uuidString).ics"
        try Data(ics.utf8).write(to: URL(fileURLWithPath: file))
        let script = """
            import sys, json, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
            assert cal.get("VERSION") == "2.0" and cal.get("PRODID")
            events = []
            for e in cal.walk("VEVENT"):
                start, end = e.decoded("DTSTART"), e.decoded("DTEND")
                assert type(start).__name__ == "date" and type(end).__name__ == "date", (start, end)
                assert (end - start).days == 1
                events.append({"uid": str(e["UID"]), "start": start.isoformat(), "summary": str(e["SUMMARY"]),
                               "description": str(e["DESCRIPTION"]), "stamp": e.decoded("DTSTAMP").isoformat()})
            print(json.dumps(events))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, file]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, problem)
        return (try JSONSerialization.jsonObject(with: data) as? [[String: String]]) ?? []
    }

    func testTheCalendarIsValidICalendarWithStableUIDs() throws {
        for example in ["de-hoek", "cluster-kanaalzone"] {
            let first = try calendar(example, asOf: "2026-11-29")
            guard let events = try parse(first) else { throw XCTSkip("python3 with icalendar (PyPI) is not installed") }
            XCTAssertGreaterThan(events.count, 10, example)
            XCTAssertEqual(Set(events.map { $0["uid"]! }).count, events.count, "\(example): UIDs are unique")
            XCTAssertTrue(events.allSatisfy { $0["stamp"]!.hasPrefix("2026-11-29") })
            // Made again, on another day and in another language: the same events by UID.
            let again = try XCTUnwrap(try parse(try calendar(example, asOf: "2027-01-15", language: "en")))
            XCTAssertEqual(again.map { $0["uid"]! }, events.map { $0["uid"]! }, "\(example): a re-import updates, never duplicates")
            XCTAssertEqual(again.map { $0["start"]! }, events.map { $0["start"]! })
            XCTAssertEqual(try calendar(example, asOf: "2026-11-29"), first, "\(example): the same day gives the same file")
        }
        let hoek = try XCTUnwrap(try parse(try calendar("de-hoek", asOf: "2026-11-29")))
        let expiry = try XCTUnwrap(hoek.first { $0["uid"] == "kvo-bedrijventerrein-de-hoek-certificate-expiry-ce-1@kvo" })
        XCTAssertEqual(expiry["start"], "2028-07-01")
        // Commas and semicolons come back as written.
        XCTAssertTrue(hoek.contains { $0["description"]!.contains("Documentenset §5.2.1 voor de eerste audit op 10 juni 2025, verzonden door de secretaris") })
    }

    /// `calendar --out FILE` writes the file; in --readonly mode it is refused.
    func testTheCalendarIsWrittenToAFile() throws {
        let r = try KVOBinary.run([folder + "/de-hoek.json", "--as-of", "2026-11-29", "-c", "calendar as ics --out hoek.ics"], directory: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        let written = try String(contentsOfFile: folder + "/hoek.ics", encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("BEGIN:VCALENDAR\r\n"))
        let refused = try KVOBinary.run([folder + "/de-hoek.json", "--readonly", "-c", "calendar as ics --out other.ics"], directory: folder)
        XCTAssertNotEqual(refused.code, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/other.ics"))
    }

    /// A workshop on a copy of De Hoek: the minutes stored as a meeting and saved, and written
    /// as an HTML page and a Word document like every report.
    func testTheMinutesAreStoredAsAMeeting() throws {
        let script = """
            vote politie T05 urgency=3 means=2
            set M-10 status="done" done=2026-11-20
            minutes --present "MB-1, Marloes Verhoeven" --store
            report minutes --format html --out verslag
            save
            """
        let r = try KVOBinary.run([folder + "/de-hoek.json", "--as-of", "2026-11-29", "--lang", "nl"], input: script, directory: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("# Notulen werkgroepoverleg van 29 november 2026"), r.stdout)
        XCTAssertTrue(r.stdout.contains("vastgelegd als overleg MT-"), r.stdout)
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/de-hoek.json"))) as! [String: Any]
        let meetings = saved["meetings"] as! [[String: Any]]
        let meeting = try XCTUnwrap(meetings.first { $0["date"] as? String == "2026-11-29" })
        XCTAssertEqual(meeting["attendees"] as? [String], ["MB-1", "MB-2"])
        XCTAssertTrue((meeting["minutes"] as? String ?? "").contains("1 stem vastgelegd, 2 gegevens gewijzigd (V-25, M-10)"), "\(meeting)")
        let html = try String(contentsOfFile: folder + "/verslag/notulen-2026-11-29.html", encoding: .utf8)
        XCTAssertTrue(html.contains("Notulen werkgroepoverleg van 29 november 2026"))
        XCTAssertTrue(html.contains("Avondschouw planjaar 2"))
    }
}
