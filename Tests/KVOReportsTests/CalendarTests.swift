import XCTest
import KVOModel
@testable import KVOReports

/// `calendar` (issue 14): the dates of a dossier come from the handbook's deadlines, and the
/// iCalendar file keeps to RFC 5545 (line ends, folding, escaping, all-day dates, stable UIDs).
final class CalendarTests: XCTestCase {
    let hoek = BilingualReportTests.hoek
    let cluster = BilingualReportTests.cluster

    func events(_ d: Dossier, _ language: Language = .nl) -> [CalendarEvent] {
        DossierCalendar.events(BilingualReportTests.context(d, language))
    }

    func event(_ kind: CalendarEvent.Kind, _ key: String, in events: [CalendarEvent]) throws -> CalendarEvent {
        try XCTUnwrap(events.first { $0.kind == kind && $0.key == key }, "no \(kind) \(key)")
    }

    /// De Hoek: audit on 10 June 2025, certificate issued 1 July 2025, plan adopted 4 March 2025.
    func testTheDatesAreTheHandbooksDeadlines() throws {
        let all = events(hoek)
        let audit = Day("2025-06-10")!, issued = Day("2025-07-01")!, adopted = Day("2025-03-04")!
        XCTAssertEqual(try event(.audit, "AU-1", in: all).day, audit)
        XCTAssertEqual(try event(.documentsDue, "AU-1", in: all).day, Handbook.Audit.documentsDue(audit: audit))
        XCTAssertEqual(try event(.documentsDue, "AU-1", in: all).day, Day("2025-05-27"))
        XCTAssertEqual(try event(.documentsDue, "AU-1", in: all).state, .done, "the set went on 20 May (DL-1)")
        XCTAssertEqual(try event(.auditReportDue, "AU-1", in: all).day, Handbook.Audit.reportDue(audit: audit))
        XCTAssertEqual(try event(.supplementsDue, "AU-1", in: all).day, Handbook.Audit.supplementsDue(audit: audit))
        XCTAssertEqual(try event(.assessmentDue, "AU-1", in: all).day, Handbook.Audit.assessmentDue(delivered: Day("2025-07-01")!))
        XCTAssertEqual(try event(.certificateExpiry, "CE-1", in: all).day, Handbook.Certificate.expiry(issued: issued))
        XCTAssertEqual(try event(.certificateExpiry, "CE-1", in: all).day, Day("2028-07-01"))
        XCTAssertEqual(try event(.nextAuditBy, "CE-1", in: all).day, Handbook.Certificate.nextAuditBy(issued: issued))
        XCTAssertLessThan(try event(.nextAuditBy, "CE-1", in: all).day, try event(.certificateExpiry, "CE-1", in: all).day)
        let ends = all.filter { $0.kind == .planYearEnd }
        XCTAssertEqual(ends.map(\.day), Handbook.Plan.yearNumbers.map { Handbook.Plan.year($0, adopted: adopted).last })
        XCTAssertEqual(ends.first?.day, Day("2026-03-03"))
        XCTAssertEqual(all.map(\.day), all.map(\.day).sorted(), "by date")
    }

    /// A fixed measure: by the end of its quarter while planned, on its done date once done.
    func testFixedMeasuresByQuarter() throws {
        let all = events(hoek)
        let planned = try event(.evaluation, "M-16-2027Q1", in: all)
        XCTAssertEqual(planned.day, Quarter("2027Q1")!.lastDay)
        XCTAssertEqual(planned.state, .due)
        let done = try event(.inspection, "M-1-2025Q4", in: all)
        XCTAssertEqual(done.day, Day("2025-10-07"))
        XCTAssertEqual(done.state, .done)
        XCTAssertEqual(try event(.fixedMeasure, "M-4-2025Q1", in: all).title.nl, "Communicatie naar de achterban (M-4)")
        XCTAssertEqual(try event(.inspection, "IN-2", in: all).title.en, "Evening inspection (IN-2)")
    }

    /// Every UID is different within a calendar, the same in every export and in both languages.
    func testUIDsAreUniqueAndStable() {
        for d in [hoek, cluster] {
            let name = d.name!
            let nl = events(d, .nl).map { $0.uid(dossier: name) }, en = events(d, .en).map { $0.uid(dossier: name) }
            XCTAssertEqual(Set(nl).count, nl.count, "\(name): duplicate UIDs")
            XCTAssertEqual(nl, en)
            XCTAssertEqual(nl, events(d, .nl).map { $0.uid(dossier: name) })
        }
        XCTAssertEqual(CalendarEvent.slug("KVO Bedrijventerrein De Hoek"), "kvo-bedrijventerrein-de-hoek")
        XCTAssertEqual(CalendarEvent.slug("  Één -- twee "), "n-twee")
    }

    func testTextIsEscaped() {
        XCTAssertEqual(ICSWriter.escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne")
        XCTAssertEqual(ICSWriter.escape("regel\r\nvolgende"), "regel\\nvolgende")
    }

    /// Lines of at most 75 octets, never split inside a character, and unfolded they are whole.
    func testLongLinesAreFoldedAt75Octets() {
        let value = String(repeating: "é€a", count: 60)
        let folded = ICSWriter.fold("DESCRIPTION:" + value)
        XCTAssertTrue(folded.hasSuffix("\r\n"))
        let lines = folded.dropLast().components(separatedBy: "\r\n")  // "\r\n" is one Character
        XCTAssertGreaterThan(lines.count, 2)
        for (i, line) in lines.enumerated() {
            XCTAssertLessThanOrEqual(line.utf8.count, 75, "line \(i)")
            if i > 0 { XCTAssertTrue(line.hasPrefix(" ")) }
        }
        XCTAssertEqual(lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined(), "DESCRIPTION:" + value)
        XCTAssertEqual(ICSWriter.fold("SHORT:x"), "SHORT:x\r\n")
    }

    func testTheFileIsAnICalendarOfAllDayEvents() {
        let all = events(hoek)
        let text = ICSWriter(dossierName: hoek.name!, language: .nl, stamp: Day("2026-11-29")!).write(all)
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() where b == 10 { XCTAssertEqual(bytes[i - 1], 13, "a bare LF at \(i)") }
        let lines = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertEqual(lines.first, "BEGIN:VCALENDAR")
        XCTAssertEqual(lines.last, "END:VCALENDAR")
        XCTAssertTrue(lines.contains("VERSION:2.0"))
        XCTAssertEqual(lines.filter { $0 == "BEGIN:VEVENT" }.count, all.count)
        XCTAssertEqual(lines.filter { $0.hasPrefix("DTSTAMP:20261129T000000Z") }.count, all.count)
        XCTAssertTrue(lines.contains("DTSTART;VALUE=DATE:20280701"))
        XCTAssertTrue(lines.contains("DTEND;VALUE=DATE:20280702"))
        XCTAssertTrue(lines.contains("UID:kvo-bedrijventerrein-de-hoek-certificate-expiry-ce-1@kvo"))
        XCTAssertTrue(lines.allSatisfy { $0.utf8.count <= 75 })
    }
}
