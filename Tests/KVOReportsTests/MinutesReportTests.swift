import XCTest
import KVOModel
@testable import KVOReports

/// The minutes of a session (issue 14): written from the session's amendments, redacted, in the
/// report's language, and storable as a meeting record.
final class MinutesReportTests: XCTestCase {
    /// A workshop on De Hoek, amendment by amendment as the shell makes them.
    struct Workshop {
        var dossier = BilingualReportTests.hoek
        var steps: [SessionRecord.Step] = []

        mutating func amend(_ command: String, _ origin: SessionRecord.Origin = .other, _ edit: (inout ChangeSet, Dossier) -> Void) throws {
            var changes = ChangeSet(dossier)
            edit(&changes, dossier)
            let (amendment, next) = try changes.applied(to: dossier, command: command, at: "2026-11-29T20:00:00", by: "test")
            dossier = next
            steps.append(.init(amendment, origin: origin))
        }

        /// Takes the last amendment back, as `undo` does.
        mutating func undo() throws {
            let inverse = steps.last!.amendment.inverse(command: "undo", at: "2026-11-29T20:30:00", by: "test")
            try inverse.apply(to: &dossier)
            steps.append(.init(inverse, origin: .other))
        }

        func measure(_ id: String) -> MeasureRecord { dossier.record(id, as: MeasureRecord.self)! }
    }

    static func workshop() throws -> Workshop {
        var w = Workshop()
        try w.amend("vote politie T05 urgency=3 means=2", .vote) { c, d in
            var v = d.votes.first { $0.party == "PA-3" && $0.theme == "T05" }!
            let before = v.record
            v.urgency = 3
            v.means = 2
            c.change(before, to: v.record, kind: .votes)
        }
        try w.amend("set M-10 status=done done=2026-11-20") { c, d in
            var m = d.record("M-10", as: MeasureRecord.self)!
            let before = m.record
            m.status = .done
            m.done = Day("2026-11-20")
            c.change(before, to: m.record, kind: .measures)
        }
        try w.amend("set MB-3 phone=06-99999999") { c, d in
            var m = d.record("MB-3", as: MemberRecord.self)!
            let before = m.record
            m.phone = "06-99999999"
            c.change(before, to: m.record, kind: .members)
        }
        try w.amend("set M-17 title=tijdelijk") { c, d in
            var m = d.record("M-17", as: MeasureRecord.self)!
            let before = m.record
            m.title = "tijdelijk"
            c.change(before, to: m.record, kind: .measures)
        }
        try w.undo()
        return w
    }

    func session(_ w: Workshop, present: [String]? = ["MB-1", "MB-2"]) -> SessionRecord {
        SessionRecord(date: Day("2026-11-29")!, present: present, steps: w.steps)
    }

    func testNetChangesLeaveOutWhatWasUndone() throws {
        let w = try Self.workshop()
        XCTAssertEqual(session(w).netChanges.map(\.id), ["V-25", "M-10", "MB-3"])
        XCTAssertEqual(session(w).netChanges(of: .votes).count, 1)
    }

    func testTheMinutesTellTheSession() throws {
        let w = try Self.workshop()
        let doc = MinutesReport.make(BilingualReportTests.context(w.dossier, .nl), session: session(w))
        let md = BilingualReportTests.markdown(doc)
        XCTAssertTrue(md.hasPrefix("# Notulen werkgroepoverleg van 29 november 2026"), md)
        XCTAssertTrue(md.contains("**Aanwezig:** Hans van der Linden (Ondernemersvereniging De Hoek), Marloes Verhoeven (Ondernemersvereniging De Hoek)"))
        XCTAssertTrue(md.contains("**Afwezig:** Kees Bakermans"))
        XCTAssertTrue(md.contains("| Politie, basisteam Dommelrode | Overlast | 3 | 2 |  |"), md)
        XCTAssertTrue(md.contains("### Consensus"))
        XCTAssertTrue(md.contains("| M-10 Avondschouw planjaar 2 | status | lopend | gereed |"), md)
        XCTAssertTrue(md.contains("|  | afgerond | — | 20 november 2026 |"), md)
        XCTAssertFalse(md.contains("tijdelijk"), "an undone amendment is no part of the minutes")
        XCTAssertEqual(doc.fileName, "notulen-2026-11-29")
    }

    /// Phone numbers and e-mail addresses: that the field changed, never what it holds, unless
    /// the minutes are made with personal data.
    func testPersonalFieldsAreLeftOut() throws {
        let w = try Self.workshop()
        let published = BilingualReportTests.markdown(MinutesReport.make(BilingualReportTests.context(w.dossier, .en), session: session(w)))
        XCTAssertTrue(published.contains("| MB-3 Kees Bakermans | phone | (left out, §3.2) | (left out, §3.2) |"), published)
        XCTAssertFalse(published.contains("06-99999999"))
        XCTAssertFalse(published.contains("06-34567812"))
        let c = ReportContext(dossier: w.dossier, asOf: Day("2026-11-29")!, language: .en, includesPersonalData: true)
        let forWorkgroup = BilingualReportTests.markdown(MinutesReport.make(c, session: session(w)))
        XCTAssertTrue(forWorkgroup.contains("| MB-3 Kees Bakermans | phone | 06-34567812 | 06-99999999 |"), forWorkgroup)
    }

    func testWithoutAttendanceItSaysSo() throws {
        let w = try Self.workshop()
        let md = BilingualReportTests.markdown(MinutesReport.make(BilingualReportTests.context(w.dossier, .en), session: session(w, present: nil)))
        XCTAssertTrue(md.contains("**Present:** not recorded"), md)
        XCTAssertFalse(md.contains("Absent"))
    }

    func testAnEmptySessionHasNothingToReport() {
        let d = BilingualReportTests.hoek
        let md = BilingualReportTests.markdown(MinutesReport.make(BilingualReportTests.context(d, .en),
                                                                  session: SessionRecord(date: Day("2026-11-29")!, present: [], steps: [])))
        XCTAssertTrue(md.contains("No votes were recorded in this session."))
        XCTAssertTrue(md.contains("No decisions were taken in this session."))
        XCTAssertTrue(md.contains("No records were changed in this session."))
    }

    /// The stored meeting: the session's date, those present, its decisions, and an account that
    /// names the changed records but not the meeting itself.
    func testTheMeetingRecord() throws {
        var w = try Self.workshop()
        try w.amend("set M-16 status=dropped") { c, d in
            var m = d.record("M-16", as: MeasureRecord.self)!
            let before = m.record
            m.status = .dropped
            m.reason = "vervangen"
            c.change(before, to: m.record, kind: .measures)
        }
        let c = BilingualReportTests.context(w.dossier, .nl)
        let meeting = MinutesReport.meeting(c, session: session(w), updating: nil)
        XCTAssertEqual(meeting.date, Day("2026-11-29"))
        XCTAssertEqual(meeting.attendees, ["MB-1", "MB-2"])
        XCTAssertEqual(meeting.decisions, ["Maatregel M-16 vervalt: Jaarevaluatie planjaar 2 (vervangen)"])
        XCTAssertEqual(meeting.minutes, "Notulen van de sessie van 29 november 2026, opgesteld door kvo: 1 stem vastgelegd, 4 gegevens gewijzigd (V-25, M-10, MB-3, M-16). Geen openstaande punten.")
        // Stored through a change set (the one amendment path), and then no part of the minutes.
        var changes = ChangeSet(w.dossier)
        let id = changes.add(meeting.record, kind: .meetings)
        let (stored, _) = try changes.applied(to: w.dossier, command: "minutes --store", at: "", by: "test")
        w.steps.append(.init(stored, origin: .minutes))
        XCTAssertFalse(session(w).netChanges.map(\.id).contains(id))
    }
}
