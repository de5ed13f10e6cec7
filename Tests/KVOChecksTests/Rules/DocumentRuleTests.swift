import XCTest
import KVOModel
@testable import KVOChecks

extension DossierBuilder {
    @discardableResult
    mutating func document(_ name: String, _ type: String, _ version: String, _ date: String, superseded: Bool = false) -> String {
        var f: [String: Any] = ["name": name, "type": type, "version": version, "date": date]
        if superseded { f["superseded"] = true }
        return add("documents", f)
    }

    /// The first certification's document set, complete.
    mutating func firstDocumentSet() {
        document("Veiligheidsanalyse", "analysis", "1.0", "2025-02-11")
        document("Enquêterapport", "survey-report", "1.0", "2024-10-22")
        document("Schouwrapport", "inspection-report", "1.0", "2024-11-26")
        document("Plan van aanpak", "plan", "1.0", "2025-03-04")
        for source in ["police", "fire", "municipality"] { add("incidents", ["source": source, "category": "x", "count": 3]) }
        add("goals", ["theme": "T02", "description": "Minder inbraken"])
        add("measures", ["title": "Surveillance", "goal": "G-1"])
    }
}

final class DocumentRuleTests: XCTestCase {
    // MARK: §3.6.1, §3.6.2

    func testDocsetFirst() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.6-DOCSET-FIRST").status, .notAssessable)
        XCTAssertEqual(b.check("KVO-3.6-DOCSET-FIRST", audit: .renewal).status, .notApplicable)
        b.document("Veiligheidsanalyse (concept)", "analysis", "0.9", "2025-01-21", superseded: true)
        b.document("Veiligheidsanalyse", "analysis", "1.0", "2025-02-11")
        b.document("Plan van aanpak", "plan", "1.0", "2025-03-04")
        b.add("incidents", ["source": "police", "category": "Inbraak", "count": 9])
        b.add("goals", ["theme": "T02", "description": "Minder inbraken"])
        let partial = b.check("KVO-3.6-DOCSET-FIRST")
        XCTAssertEqual(partial.status, .fail)
        XCTAssertEqual(partial.message.en,
                       "The document set lacks survey results (document type=survey-report or result records), incident figures of the fire brigade and municipality, an inspection report (document type=inspection-report) and a measures matrix (no measures).")
        XCTAssertTrue(partial.message.nl.contains("incidentcijfers van de brandweer en gemeente"), partial.message.nl)
        XCTAssertEqual(partial.shortfall?.en, "4 of the 7 parts of the §3.6.1 set are missing.")

        var full = DossierBuilder()
        full.firstDocumentSet()
        let ok = full.check("KVO-3.6-DOCSET-FIRST")
        XCTAssertEqual(ok.status, .pass, ok.message.en)
        XCTAssertTrue(ok.message.en.contains("a safety analysis (D-1), survey results (D-2)"), ok.message.en)
        XCTAssertTrue(ok.message.en.contains("a measures matrix (1 of 1 measures linked to a goal)"), ok.message.en)
        // A document dated after the as-of date is not yet part of the set.
        XCTAssertEqual(full.check("KVO-3.6-DOCSET-FIRST", asOf: "2025-03-01").status, .fail)
    }

    func testDocsetRenewal() {
        var b = DossierBuilder()
        b.add("certificates", ["number": "KVO-1", "issued": "2022-06-01"])
        XCTAssertEqual(b.check("KVO-3.6-DOCSET-RENEWAL").status, .notAssessable)
        XCTAssertEqual(b.check("KVO-3.6-DOCSET-RENEWAL", audit: .first).status, .notApplicable)
        b.document("Veiligheidsanalyse 2021", "analysis", "1.0", "2021-11-01")
        b.document("Plan van aanpak 2025", "plan", "1.0", "2025-04-01")
        b.add("evaluations", ["year": 1, "collaboration": "good"])
        let short = b.check("KVO-3.6-DOCSET-RENEWAL")
        XCTAssertEqual(short.status, .fail)
        XCTAssertTrue(short.message.en.contains("lacks a new safety analysis (document type=analysis dated after the certificate of 2022-06-01; D-1 is older)"), short.message.en)
        XCTAssertTrue(short.message.en.contains("an evaluation report on the effect of the measures"), short.message.en)
        XCTAssertTrue(short.message.nl.contains("een nieuwe veiligheidsanalyse"), short.message.nl)
        XCTAssertEqual(short.shortfall?.en, "2 of the 4 parts of the §3.6.2 set are missing.")
        b.document("Veiligheidsanalyse 2025", "analysis", "1.0", "2025-02-01")
        b.update("E-1", ["executed": "21 of 28"])
        let ok = b.check("KVO-3.6-DOCSET-RENEWAL")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("a new safety analysis (D-3), a renewed plan of action (D-2)"), ok.message.en)
    }

    // MARK: §3.6

    func testRetention() {
        var b = DossierBuilder()
        let missing = b.check("KVO-3.6-RETENTION")
        XCTAssertEqual(missing.status, .notAssessable)
        XCTAssertTrue(missing.message.en.contains("set organisation retentionYears=6"), missing.message.en)
        b.set("organisation", ["retentionYears": 5])
        let short = b.check("KVO-3.6-RETENTION")
        XCTAssertEqual(short.status, .fail)
        XCTAssertEqual(short.message.en, "The recorded retention period is 5 years; at least 6 are required.")
        XCTAssertEqual(short.shortfall?.nl, "1 jaar te kort: spreek 6 jaar af en wijzig organisation retentionYears=6.")
        b.set("organisation", ["retentionYears": 6])
        XCTAssertEqual(b.check("KVO-3.6-RETENTION").status, .pass)
    }

    func testMinutes() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.6-MINUTES").status, .notAssessable)
        b.add("meetings", ["date": "2025-02-11", "agenda": "1. Analyse", "minutes": "Notulen"])
        b.add("meetings", ["date": "2025-05-13", "agenda": "1. Voortgang"])
        b.add("meetings", ["date": "2026-03-01"])   // after the as-of date: not held yet
        let gap = b.check("KVO-3.6-MINUTES")
        XCTAssertEqual(gap.status, .fail)
        XCTAssertEqual(gap.message.en, "1 of 2 meetings held by 2026-01-01 lack an agenda or minutes: MT-2 (2025-05-13) has no minutes.")
        XCTAssertTrue(gap.message.nl.contains("MT-2 (2025-05-13) heeft geen notulen"), gap.message.nl)
        b.update("MT-2", ["minutes": "Notulen"])
        let ok = b.check("KVO-3.6-MINUTES")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "All 2 meetings held by 2026-01-01 have an agenda and minutes.")
        XCTAssertEqual(b.check("KVO-3.6-MINUTES", asOf: "2026-03-01").status, .fail)
    }

    func testCurrentVersions() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.6-CURRENT-VERSIONS").status, .notAssessable)
        b.document("Plan van aanpak", "plan", "1.0", "2025-03-04")
        b.document("Plan van aanpak", "plan", "1.1", "2026-03-03")
        b.add("documents", ["name": "Ledenlijst", "type": "members", "date": "2024-06-04"])
        let r = b.check("KVO-3.6-CURRENT-VERSIONS")
        XCTAssertEqual(r.status, .warn)
        XCTAssertEqual(r.message.en,
                       "2 of 3 documents are not kept as current versions: D-3 has no version; D-1 (2025-03-04) is an older version of D-2 (2026-03-03) but is not marked superseded.")
        XCTAssertTrue(r.message.nl.contains("D-1 (2025-03-04) is een oudere versie van D-2 (2026-03-03)"), r.message.nl)
        b.update("D-1", ["superseded": true])
        b.update("D-3", ["version": "1.0"])
        let ok = b.check("KVO-3.6-CURRENT-VERSIONS")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "All 3 documents have a version and a date, and 1 superseded version is marked as such.")
    }

    // MARK: §3.7

    func testSpokesperson() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.7-SPOKESPERSON").status, .notAssessable)
        b.add("members", ["name": "Hans van der Linden", "party": "PA-1", "roles": ["chair"]])
        let none = b.check("KVO-3.7-SPOKESPERSON")
        XCTAssertEqual(none.status, .fail)
        XCTAssertTrue(none.message.en.contains("None of the 1 workgroup members has the role spokesperson"), none.message.en)
        b.update("MB-1", ["roles": ["chair", "spokesperson"]])
        let ok = b.check("KVO-3.7-SPOKESPERSON")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "Hans van der Linden (MB-1) is the spokesperson for incidents in the area.")
        XCTAssertEqual(ok.message.nl, "Hans van der Linden (MB-1) is de woordvoerder bij incidenten in het gebied.")
    }

    func testUpdates() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.7-UPDATES").status, .notAssessable)
        b.set("plan", ["adopted": "2025-03-04"])
        let running = b.check("KVO-3.7-UPDATES")
        XCTAssertEqual(running.status, .notApplicable)
        XCTAssertEqual(running.message.en, "No plan year has ended by 2026-01-01: plan year 1 (2025-03-04 to 2026-03-03) is still running.")
        b.add("communications", ["date": "2025-03-18", "audience": "all-entrepreneurs", "progress": true])
        b.add("communications", ["date": "2025-06-30", "audience": "association-members", "progress": true])
        b.add("communications", ["date": "2024-12-01", "audience": "all-entrepreneurs"])   // before plan year 1
        let short = b.check("KVO-3.7-UPDATES", asOf: "2026-06-01")
        XCTAssertEqual(short.status, .fail)
        XCTAssertTrue(short.message.en.contains("plan year 1 (2025-03-04 to 2026-03-03): 1 progress update to all entrepreneurs (C-1)"), short.message.en)
        XCTAssertEqual(short.shortfall?.en,
                       "plan year 1 needs 1 more progress update to all entrepreneurs (a message only to the association's members, or one that reports no progress such as an invitation, does not count).")
        XCTAssertTrue(short.shortfall!.nl.hasPrefix("planjaar 1 mist nog 1 voortgangsbericht aan alle ondernemers"), short.shortfall!.nl)
        b.add("communications", ["date": "2025-10-20", "progress": true])
        let unknown = b.check("KVO-3.7-UPDATES", asOf: "2026-06-01")
        XCTAssertEqual(unknown.status, .notAssessable)
        XCTAssertTrue(unknown.message.en.contains("C-4 has no audience; set it with: set C-4 audience=all-entrepreneurs"), unknown.message.en)
        b.update("C-4", ["audience": "all-entrepreneurs"])
        let ok = b.check("KVO-3.7-UPDATES", asOf: "2026-06-01")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("2 progress updates to all entrepreneurs (C-1, C-4)"), ok.message.en)
    }

    func testUpdatesPerParkInACluster() {
        var b = DossierBuilder()
        b.add("parks", ["name": "Noord"])
        b.add("parks", ["name": "Haven"])
        b.set("plan", ["adopted": "2025-03-04"])
        b.add("communications", ["date": "2025-04-01", "audience": "all-entrepreneurs", "progress": true])
        b.add("communications", ["date": "2025-09-01", "audience": "all-entrepreneurs", "progress": true, "park": "P-1"])
        let r = b.check("KVO-3.7-UPDATES", asOf: "2026-06-01")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("plan year 1 (2025-03-04 to 2026-03-03) for Haven (P-2): 1 progress update to all entrepreneurs (C-1)"), r.message.en)
        XCTAssertTrue(r.message.en.contains("for Noord (P-1): 2 progress updates to all entrepreneurs (C-1, C-2)"), r.message.en)
        b.add("communications", ["date": "2025-11-01", "audience": "all-entrepreneurs", "progress": true, "park": "P-2"])
        XCTAssertEqual(b.check("KVO-3.7-UPDATES", asOf: "2026-06-01").status, .pass)
    }

    /// §3.7 asks for "updates over de voortgang": an invitation to all entrepreneurs
    /// (`progress=false`) is no progress update, however many entrepreneurs it reached (issue 11).
    func testUpdatesCountOnlyProgressUpdates() {
        var b = DossierBuilder()
        b.set("plan", ["adopted": "2025-03-04"])
        b.add("communications", ["date": "2025-03-18", "audience": "all-entrepreneurs", "progress": true, "subject": "Voortgang"])
        b.add("communications", ["date": "2025-09-10", "audience": "all-entrepreneurs", "progress": false, "subject": "Uitnodiging schouw"])
        let invitation = b.check("KVO-3.7-UPDATES", asOf: "2026-06-01")
        XCTAssertEqual(invitation.status, .fail)
        XCTAssertTrue(invitation.message.en.contains("1 progress update to all entrepreneurs (C-1)"), invitation.message.en)
        XCTAssertTrue(invitation.message.nl.contains("1 voortgangsbericht aan alle ondernemers (C-1)"), invitation.message.nl)
        // A message to all entrepreneurs that does not say whether it reported progress is asked
        // about, not counted.
        b.add("communications", ["date": "2025-11-01", "audience": "all-entrepreneurs", "subject": "Nieuwsbrief"])
        let unknown = b.check("KVO-3.7-UPDATES", asOf: "2026-06-01")
        XCTAssertEqual(unknown.status, .notAssessable)
        XCTAssertTrue(unknown.message.en.contains("C-3 does not say whether it reported progress; set it with: set C-3 progress=true"), unknown.message.en)
        XCTAssertTrue(unknown.message.nl.contains("wijzig C-3 progress=true"), unknown.message.nl)
        b.update("C-3", ["progress": true])
        let ok = b.check("KVO-3.7-UPDATES", asOf: "2026-06-01")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("2 progress updates to all entrepreneurs (C-1, C-3)"), ok.message.en)
    }

    func testAppAdministrator() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.7-APP-ADMIN").status, .notAssessable)
        b.set("organisation", ["communicationApp": false])
        XCTAssertEqual(b.check("KVO-3.7-APP-ADMIN").status, .notApplicable)
        b.set("organisation", ["communicationApp": true])
        b.add("members", ["name": "Kees Bakermans", "party": "PA-1", "roles": ["internal-communication"]])
        let none = b.check("KVO-3.7-APP-ADMIN")
        XCTAssertEqual(none.status, .fail)
        XCTAssertTrue(none.message.en.contains("no workgroup member has the role app-administrator"), none.message.en)
        XCTAssertTrue(none.message.nl.contains("geen werkgroeplid heeft de rol app-administrator"), none.message.nl)
        b.update("MB-1", ["roles": ["internal-communication", "app-administrator"]])
        let ok = b.check("KVO-3.7-APP-ADMIN")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "The app group with the entrepreneurs has an administrator: Kees Bakermans (MB-1).")
    }
}
