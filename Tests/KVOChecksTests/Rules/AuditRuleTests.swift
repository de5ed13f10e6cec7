import XCTest
import Foundation
import KVOModel
@testable import KVOChecks

/// The audit (§5, §6), certificate and mark (§7, annex 1) and version (§1.5) rules.
final class AuditRuleTests: XCTestCase {
    // MARK: Builders

    /// A first-certification dossier with an audit on 2025-06-10 (held as of the default 2026-01-01).
    func firstAudit(_ date: String = "2025-06-10", _ fields: [String: Any] = [:]) -> DossierBuilder {
        var b = DossierBuilder()
        b.set("organisation", ["certification": "first", "started": "2024-06-01"])
        b.add("audits", ["type": "first", "date": date].merging(fields) { _, new in new })
        return b
    }

    /// The five §5.2.1 documents of a first certification: D-1 ... D-5.
    func addDocumentSet(_ b: inout DossierBuilder) {
        for type in ["members", "analysis", "plan", "inspection-report", "minutes"] {
            b.add("documents", ["name": type, "type": type])
        }
    }

    func addMembers(_ b: inout DossierBuilder, _ n: Int) {
        for i in 1...n { b.add("members", ["name": "Lid \(i)", "party": "PA-1"]) }
    }

    /// A certificate with all §7.2 content.
    func fullCertificate(_ fields: [String: Any] = [:]) -> [String: Any] {
        let body = "VeiligKeur"
        let certificate: [String: Any] = [
            "number": "KVO-2025-001", "issued": "2025-07-01", "body": body, "bodyAddress": "Keurstraat 1, Utrecht",
            "collaboration": "KVO De Hoek", "collaborationAddress": "Hoekerweg 12, Dommelrode", "area": "De Hoek",
            "location": "Dommelrode", "covenant": "Convenant KVO De Hoek, 27 augustus 2024",
            "statement": "\(body) verklaart dat het KVO-samenwerkingsverband KVO De Hoek voldoet aan de eisen van het KVO Handboek Bedrijventerreinen, versie 4.0",
            "signatory": "J. Jansen", "signatoryFunction": "directeur",
            "statusTexts": ["De status van dit certificaat kan nagegaan worden bij \(body).", "Dit certificaat blijft eigendom van \(body)."],
        ]
        return certificate.merging(fields) { _, new in new }
    }

    // MARK: §5.1

    func testContact() {
        var b = firstAudit()
        addMembers(&b, 3)
        XCTAssertEqual(b.check("KVO-5.1-CONTACT").status, .fail)
        XCTAssertTrue(b.check("KVO-5.1-CONTACT").message.en.contains("None of the 3 members"))
        b.update("MB-2", ["roles": ["secretary", "certification-contact"]])
        let one = b.check("KVO-5.1-CONTACT")
        XCTAssertEqual(one.status, .pass)
        XCTAssertEqual(one.message.en, "Lid 2 (MB-2) is the one contact person for the certification body.")
        XCTAssertEqual(one.message.nl, "Lid 2 (MB-2) is de enige contactpersoon voor de certificatie-instelling.")
        b.update("MB-3", ["roles": ["certification-contact"]])
        let two = b.check("KVO-5.1-CONTACT")
        XCTAssertEqual(two.status, .fail)
        XCTAssertTrue(two.message.en.contains("2 members have the certification-contact role (Lid 2 (MB-2), Lid 3 (MB-3))"), two.message.en)
        XCTAssertEqual(two.shortfall?.en, "1 too many: keep the role for one member only.")
    }

    func testContactProcessFacilitator() {
        var b = firstAudit()
        addMembers(&b, 2)
        b.set("organisation", ["processFacilitator": "Ingrid Brouwer"])
        let r = b.check("KVO-5.1-CONTACT")
        XCTAssertEqual(r.status, .pass)
        XCTAssertTrue(r.message.en.contains("process facilitator Ingrid Brouwer"), r.message.en)
    }

    func testContactNotApplicableWithoutAudit() {
        var b = DossierBuilder()
        addMembers(&b, 2)
        XCTAssertEqual(b.check("KVO-5.1-CONTACT").status, .notApplicable)
    }

    // MARK: §5.2

    func testApplication() {
        var b = firstAudit()
        b.add("parks", ["name": "De Hoek", "streets": ["Hoekerweg"], "mapReference": "D-1"])
        b.add("documents", ["name": "Kaart", "type": "map", "date": "2024-06-25"])
        let undelivered = b.check("KVO-5.2-APPLICATION")
        XCTAssertEqual(undelivered.status, .fail)
        XCTAssertTrue(undelivered.message.en.contains("(D-1) is in no delivery"), undelivered.message.en)
        XCTAssertEqual(undelivered.shortfall?.en, "deliver it with the application: add delivery date=YYYY-MM-DD documents=D-1.")
        b.add("deliveries", ["date": "2025-01-15", "documents": ["D-1"]])
        let delivered = b.check("KVO-5.2-APPLICATION")
        XCTAssertEqual(delivered.status, .pass)
        XCTAssertTrue(delivered.message.en.contains("delivered on 2025-01-15 (DL-1, map D-1), before the audit on 2025-06-10"), delivered.message.en)
        XCTAssertTrue(delivered.message.nl.contains("aangeleverd op 2025-01-15"), delivered.message.nl)
        b.add("parks", ["name": "Zuid", "postcodes": ["5594AA-5594AZ"]])
        let incomplete = b.check("KVO-5.2-APPLICATION")
        XCTAssertEqual(incomplete.status, .fail)
        XCTAssertTrue(incomplete.message.en.contains("Zuid (no map reference)"), incomplete.message.en)
    }

    /// §5.2: the final delineation is there "bij de aanvraag": with the application date recorded
    /// (kvo-dossier/2), a map delivered after it and before the audit is too late (issue 11).
    func testApplicationByTheApplicationDate() {
        var b = firstAudit()
        b.add("parks", ["name": "De Hoek", "streets": ["Hoekerweg"], "mapReference": "D-1"])
        b.add("documents", ["name": "Kaart", "type": "map", "date": "2024-06-25"])
        b.add("deliveries", ["date": "2025-03-15", "documents": ["D-1"]])
        XCTAssertEqual(b.check("KVO-5.2-APPLICATION").status, .pass)
        b.update("AU-1", ["applied": "2025-01-10"])
        let late = b.check("KVO-5.2-APPLICATION")
        XCTAssertEqual(late.status, .fail)
        XCTAssertTrue(late.message.en.contains("(D-1) is in no delivery to the certification body on or before the application of AU-1 on 2025-01-10 (it was delivered only on 2025-03-15, DL-1)"), late.message.en)
        XCTAssertTrue(late.message.nl.contains("op of voor de aanvraag van AU-1 op 2025-01-10"), late.message.nl)
        XCTAssertTrue(late.shortfall!.en.contains("set AU-1 applied=YYYY-MM-DD"), late.shortfall!.en)
        b.add("deliveries", ["date": "2025-01-10", "documents": ["D-1"]])
        let inTime = b.check("KVO-5.2-APPLICATION")
        XCTAssertEqual(inTime.status, .pass)
        XCTAssertTrue(inTime.message.en.contains("delivered on 2025-01-10 (DL-2, map D-1), by the application on 2025-01-10 for the audit on 2025-06-10"), inTime.message.en)
        XCTAssertTrue(inTime.message.nl.contains("uiterlijk bij de aanvraag op 2025-01-10"), inTime.message.nl)
    }

    func testApplicationSupersededMapOnly() {
        var b = firstAudit()
        b.add("parks", ["name": "De Hoek", "streets": ["Hoekerweg"], "mapReference": "D-1"])
        b.add("documents", ["name": "Kaart", "type": "map", "superseded": true])
        b.add("deliveries", ["date": "2025-01-15", "documents": ["D-1"]])
        let r = b.check("KVO-5.2-APPLICATION")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("No current map"), r.message.en)
    }

    // MARK: §5.2.1

    func testDocumentsThirteenDaysBeforeFails() {
        var b = firstAudit()
        addDocumentSet(&b)
        b.add("deliveries", ["date": "2025-05-28", "documents": ["D-1", "D-2", "D-3", "D-4", "D-5"]])
        let r = b.check("KVO-5.2.1-DOCS-TWO-WEEKS")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("delivered 13 days before the audit on 2025-06-10; needs 14: deliver by 2025-05-27"), r.message.en)
        XCTAssertEqual(r.shortfall?.en, "1 day late: the set had to be delivered by 2025-05-27.")
        XCTAssertTrue(r.message.nl.contains("aangeleverd 13 dagen voor de audit"), r.message.nl)
    }

    func testDocumentsFourteenDaysBeforePasses() {
        var b = firstAudit()
        addDocumentSet(&b)
        b.add("deliveries", ["date": "2025-05-27", "documents": ["D-1", "D-2", "D-3", "D-4", "D-5"]])
        let r = b.check("KVO-5.2.1-DOCS-TWO-WEEKS")
        XCTAssertEqual(r.status, .pass)
        XCTAssertTrue(r.message.en.contains("complete with DL-1 on 2025-05-27, 14 days before the audit on 2025-06-10"), r.message.en)
        XCTAssertTrue(r.message.en.contains("The last delivery before the audit was DL-1 on 2025-05-27."), r.message.en)
    }

    func testDocumentsCompletedByALateDelivery() {
        var b = firstAudit()
        addDocumentSet(&b)
        b.add("deliveries", ["date": "2025-05-01", "documents": ["D-1", "D-2", "D-3", "D-4"]])
        b.add("deliveries", ["date": "2025-06-01", "documents": ["D-5"]])
        let r = b.check("KVO-5.2.1-DOCS-TWO-WEEKS")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("complete only with DL-2 on 2025-06-01: delivered 9 days before"), r.message.en)
        XCTAssertEqual(r.shortfall?.en, "5 days late: the set had to be delivered by 2025-05-27.")
    }

    func testDocumentsLackingAPart() {
        var b = firstAudit()
        addDocumentSet(&b)
        b.add("deliveries", ["date": "2025-05-01", "documents": ["D-1", "D-2", "D-3", "D-4"]])
        let r = b.check("KVO-5.2.1-DOCS-TWO-WEEKS")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("lack 1 part of the §5.2.1 document set, due by 2025-05-27: the meeting records with the progress report."), r.message.en)
        XCTAssertEqual(r.shortfall?.en, "1 part not delivered by 2025-05-27: add delivery date=YYYY-MM-DD documents=D-5.")
        // Before the deadline it is advice with the days left.
        let early = b.check("KVO-5.2.1-DOCS-TWO-WEEKS", asOf: "2025-05-20")
        XCTAssertEqual(early.status, .warn)
        XCTAssertTrue(early.shortfall!.en.contains("(7 days left)"), early.shortfall!.en)
    }

    func testDocumentsRenewalNeedsEvaluation() {
        var b = firstAudit("2028-03-01", ["type": "renewal"])
        b.set("organisation", ["certification": "renewal"])
        addDocumentSet(&b)
        b.add("deliveries", ["date": "2028-02-01", "documents": ["D-1", "D-2", "D-3", "D-4", "D-5"]])
        let r = b.check("KVO-5.2.1-DOCS-TWO-WEEKS", asOf: "2028-06-01")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("the evaluation results"), r.message.en)
        b.add("documents", ["name": "Evaluatie", "type": "evaluation"])
        b.update("DL-1", ["documents": ["D-1", "D-2", "D-3", "D-4", "D-5", "D-6"]])
        XCTAssertEqual(b.check("KVO-5.2.1-DOCS-TWO-WEEKS", asOf: "2028-06-01").status, .pass)
    }

    func testDocumentsOfAnEarlierAuditDoNotCount() {
        var b = firstAudit()
        addDocumentSet(&b)
        b.add("deliveries", ["date": "2025-05-01", "documents": ["D-1", "D-2", "D-3", "D-4", "D-5"]])
        b.add("audits", ["type": "renewal", "date": "2028-03-01"])
        b.set("organisation", ["certification": "first"])
        let r = b.check("KVO-5.2.1-DOCS-TWO-WEEKS", asOf: "2028-06-01")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("By the audit on 2028-03-01 the deliveries lack"), r.message.en)
    }

    func testDocumentsWithoutTypeAreNotAssessable() {
        var b = firstAudit()
        b.add("documents", ["name": "Bundel"])
        b.add("deliveries", ["date": "2025-05-01", "documents": ["D-1"]])
        let r = b.check("KVO-5.2.1-DOCS-TWO-WEEKS")
        XCTAssertEqual(r.status, .notAssessable)
        XCTAssertTrue(r.message.en.contains("set D-1 type=plan"), r.message.en)
    }

    func testWaiverOnDocumentsRule() {
        var b = firstAudit()
        addDocumentSet(&b)
        b.add("deliveries", ["date": "2025-05-28", "documents": ["D-1", "D-2", "D-3", "D-4", "D-5"]])
        b.add("waivers", ["rule": "KVO-5.2.1-DOCS-TWO-WEEKS", "justification": "Body accepted the set one day late", "until": "2025-12-31", "by": "PA-1"])
        let expired = b.check("KVO-5.2.1-DOCS-TWO-WEEKS", asOf: "2026-01-01")
        XCTAssertEqual(expired.status, .fail)
        XCTAssertNil(expired.waiver)
        let live = b.check("KVO-5.2.1-DOCS-TWO-WEEKS", asOf: "2025-12-31")
        XCTAssertEqual(live.status, .waived)
        XCTAssertEqual(live.waiver?.en, "waived until 2025-12-31 by PA-1: Body accepted the set one day late")
        XCTAssertEqual(live.shortfall?.en, "1 day late: the set had to be delivered by 2025-05-27.")
    }

    // MARK: §5.2.2

    /// `inspection` done measures from findings and optionally one done communication measure, all before the audit.
    func fourMeasures(inspection: Int, communication: Bool) -> DossierBuilder {
        var b = firstAudit()
        for i in 0..<inspection {
            b.add("measures", ["title": "Schouwpunt \(i + 1)", "status": "done", "done": "2025-0\(i % 5 + 1)-15", "finding": "F-\(i + 1)"])
        }
        if communication {
            b.add("measures", ["title": "Nieuwsbrief", "status": "done", "done": "2025-03-18", "fixed": "communication"])
        }
        return b
    }

    func testFourMeasuresThreePlusCommunicationPasses() {
        let r = fourMeasures(inspection: 3, communication: true).check("KVO-5.2.2-FOUR-MEASURES")
        XCTAssertEqual(r.status, .pass)
        XCTAssertEqual(r.message.en, "By the first audit on 2025-06-10, 3 measures from the inspection (M-1, M-2, M-3) and 1 communication to the entrepreneurs (M-4 on 2025-03-18) were executed: 4 executed, at least 4 needed (3 from the inspection, 1 communication).")
        XCTAssertTrue(r.message.nl.contains("4 uitgevoerd, minimaal 4 nodig"), r.message.nl)
    }

    func testFourMeasuresTwoPlusCommunicationFails() {
        let r = fourMeasures(inspection: 2, communication: true).check("KVO-5.2.2-FOUR-MEASURES")
        XCTAssertEqual(r.status, .fail)
        XCTAssertEqual(r.shortfall?.en, "needs 1 more executed measure from the inspection.")
    }

    func testFourMeasuresFourWithoutCommunicationFails() {
        let r = fourMeasures(inspection: 4, communication: false).check("KVO-5.2.2-FOUR-MEASURES")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("4 measures from the inspection (M-1, M-2, M-3, M-4) and no communication"), r.message.en)
        XCTAssertEqual(r.shortfall?.en, "needs 1 executed communication to the entrepreneurs.")
    }

    func testFourMeasuresThreeWithoutCommunicationFails() {
        let r = fourMeasures(inspection: 3, communication: false).check("KVO-5.2.2-FOUR-MEASURES")
        XCTAssertEqual(r.status, .fail)
        XCTAssertEqual(r.shortfall?.en, "needs 1 executed communication to the entrepreneurs.")
    }

    func testFourMeasuresCommunicationRecordCounts() {
        var b = fourMeasures(inspection: 3, communication: false)
        b.add("communications", ["date": "2025-04-01", "audience": "association-members"])
        XCTAssertEqual(b.check("KVO-5.2.2-FOUR-MEASURES").status, .fail)
        b.add("communications", ["date": "2025-04-02", "audience": "all-entrepreneurs"])
        let r = b.check("KVO-5.2.2-FOUR-MEASURES")
        XCTAssertEqual(r.status, .pass)
        XCTAssertTrue(r.message.en.contains("1 communication to the entrepreneurs (C-2 on 2025-04-02)"), r.message.en)
    }

    func testFourMeasuresAfterTheAuditDoNotCount() {
        var b = fourMeasures(inspection: 3, communication: true)
        b.update("M-3", ["done": "2025-06-11"])
        let r = b.check("KVO-5.2.2-FOUR-MEASURES")
        XCTAssertEqual(r.status, .fail)
        XCTAssertEqual(r.shortfall?.en, "needs 1 more executed measure from the inspection.")
        // The fixed inspections are the inspection itself, not actions from it.
        b.add("measures", ["title": "Dagschouw", "status": "done", "done": "2025-05-01", "fixed": "day-inspection"])
        XCTAssertEqual(b.check("KVO-5.2.2-FOUR-MEASURES").status, .fail)
    }

    func testFourMeasuresUndatedAreNotAssessable() {
        var b = fourMeasures(inspection: 2, communication: true)
        b.add("measures", ["title": "Schouwpunt", "status": "done", "finding": "F-9"])
        let r = b.check("KVO-5.2.2-FOUR-MEASURES")
        XCTAssertEqual(r.status, .notAssessable)
        XCTAssertTrue(r.message.en.contains("set M-4 done=YYYY-MM-DD"), r.message.en)
    }

    func testFourMeasuresBeforeTheAuditIsAdvice() {
        let r = fourMeasures(inspection: 2, communication: true).check("KVO-5.2.2-FOUR-MEASURES", asOf: "2025-06-01")
        XCTAssertEqual(r.status, .warn)
        XCTAssertEqual(r.shortfall?.en, "needs 1 more executed measure from the inspection before the audit on 2025-06-10 (9 days left).")
    }

    func testFourMeasuresNotApplicableAtRenewal() {
        let b = fourMeasures(inspection: 0, communication: false)
        XCTAssertEqual(b.check("KVO-5.2.2-FOUR-MEASURES", audit: .renewal).status, .notApplicable)
    }

    // MARK: §5.3

    func testNoEarlyClaim() {
        var b = firstAudit("2025-06-10", ["decision": "positive", "decisionDate": "2025-07-10"])
        XCTAssertEqual(b.check("KVO-5.3-NO-EARLY-CLAIM").status, .pass)
        b.add("publications", ["date": "2025-07-01", "medium": "website", "claimsCertified": true])
        let early = b.check("KVO-5.3-NO-EARLY-CLAIM")
        XCTAssertEqual(early.status, .fail)
        XCTAssertEqual(early.message.en, "PB-1 (2025-07-01, website) claims the audit was passed, but the first positive decision dates from 2025-07-10.")
        XCTAssertEqual(early.shortfall?.en, "published 9 days before the positive decision; withdraw or correct it.")
        XCTAssertTrue(early.message.nl.contains("meldt dat de audit is gehaald"), early.message.nl)
        b.update("PB-1", ["date": "2025-07-10"])
        let onTime = b.check("KVO-5.3-NO-EARLY-CLAIM")
        XCTAssertEqual(onTime.status, .pass)
        XCTAssertTrue(onTime.message.en.contains("none before the positive decision of 2025-07-10"), onTime.message.en)
    }

    func testClaimWithoutDecisionFails() {
        var b = firstAudit("2025-06-10", ["decision": "pending"])
        b.add("publications", ["date": "2025-07-01", "claimsCertified": true])
        let r = b.check("KVO-5.3-NO-EARLY-CLAIM")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("no positive decision is recorded"), r.message.en)
    }

    func testClaimUsesTheReportDateWhenTheDecisionIsUndated() {
        var b = firstAudit("2025-06-10", ["decision": "positive", "reportDate": "2025-06-20"])
        b.add("publications", ["date": "2025-06-19", "claimsCertified": true])
        XCTAssertEqual(b.check("KVO-5.3-NO-EARLY-CLAIM").shortfall?.en, "published 1 day before the positive decision; withdraw or correct it.")
        b.add("publications", ["date": "2025-06-01"])
        b.update("PB-1", ["date": "2025-06-25"])
        let unknown = b.check("KVO-5.3-NO-EARLY-CLAIM")
        XCTAssertEqual(unknown.status, .notAssessable)
        XCTAssertTrue(unknown.message.en.contains("set PB-2 claimsCertified=true|false"), unknown.message.en)
    }

    // MARK: §6.3

    func testAllPresent() {
        var b = firstAudit()
        addMembers(&b, 3)
        XCTAssertEqual(b.check("KVO-6.3-ALL-PRESENT").status, .notAssessable)
        b.update("AU-1", ["attendees": ["MB-1", "MB-3"]])
        let r = b.check("KVO-6.3-ALL-PRESENT")
        XCTAssertEqual(r.status, .fail)
        XCTAssertEqual(r.message.en, "2 of 3 workgroup members attended the audit on 2025-06-10; absent: Lid 2 (MB-2).")
        XCTAssertEqual(r.shortfall?.en, "1 member was absent; all must be present.")
        b.update("AU-1", ["attendees": ["MB-1", "MB-2", "MB-3"]])
        let all = b.check("KVO-6.3-ALL-PRESENT")
        XCTAssertEqual(all.status, .pass)
        XCTAssertEqual(all.message.nl, "Alle 3 werkgroepleden waren aanwezig bij de audit van 2025-06-10.")
        XCTAssertEqual(b.check("KVO-6.3-ALL-PRESENT", asOf: "2025-06-01").status, .notApplicable)
    }

    func testRenewalMeasures() {
        var b = firstAudit("2028-03-01", ["type": "renewal"])
        b.set("organisation", ["certification": "renewal"])
        b.add("measures", ["title": "A", "quarters": ["2025Q2"], "status": "done", "done": "2025-06-01"])
        b.add("measures", ["title": "B", "quarters": ["2026Q1", "2027Q4"], "status": "dropped", "reason": "Replaced by camera project"])
        b.add("measures", ["title": "C", "quarters": ["2027Q3"], "status": "in-progress"])
        b.add("measures", ["title": "D", "quarters": ["2028Q3"], "status": "planned"])
        let r = b.check("KVO-6.3-RENEWAL-MEASURES", asOf: "2028-06-01")
        XCTAssertEqual(r.status, .fail)
        XCTAssertEqual(r.message.en, "1 of 3 measures due by the renewal audit on 2028-03-01 are neither executed nor explained: M-3 (in-progress).")
        XCTAssertTrue(r.message.nl.contains("zijn niet uitgevoerd en niet toegelicht"), r.message.nl)
        XCTAssertEqual(b.check("KVO-6.3-RENEWAL-MEASURES", asOf: "2028-01-01").status, .warn)
        b.update("M-3", ["reason": "Postponed to the new plan: no budget"])
        let ok = b.check("KVO-6.3-RENEWAL-MEASURES", asOf: "2028-06-01")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "All 3 measures due by the renewal audit on 2028-03-01 are executed (1) or their change is explained (2: M-2, M-3).")
        XCTAssertEqual(b.check("KVO-6.3-RENEWAL-MEASURES", audit: .first).status, .notApplicable)
    }

    func testSupplements() {
        var b = firstAudit("2025-06-10", ["deviations": ["Notulen ontbraken"], "supplementsDelivered": "2025-07-01", "decisionDate": "2025-07-20"])
        let r = b.check("KVO-6.3-SUPPLEMENTS")
        XCTAssertEqual(r.status, .pass)
        XCTAssertEqual(r.message.en, "The audit on 2025-06-10 found 1 deviation; the supplements were delivered on 2025-07-01, within the deadline of 2025-08-10, and the certification body decided on 2025-07-20, within its deadline of 2025-08-01.")
        b.update("AU-1", ["decisionDate": "2025-08-04"])
        XCTAssertTrue(b.check("KVO-6.3-SUPPLEMENTS").message.en.hasSuffix("the certification body decided only on 2025-08-04, 3 days after its deadline of 2025-08-01."))
        XCTAssertEqual(b.check("KVO-6.3-SUPPLEMENTS").status, .pass)
        XCTAssertTrue(r.message.nl.contains("binnen de termijn van 2025-08-10"), r.message.nl)
        b.update("AU-1", ["supplementsDelivered": "2025-08-12"])
        let late = b.check("KVO-6.3-SUPPLEMENTS")
        XCTAssertEqual(late.status, .fail)
        XCTAssertEqual(late.shortfall?.en, "delivered 2 days late; the limit is 2 months after the audit.")
        b.update("AU-1", ["supplementsDelivered": JSONValue.null])
        XCTAssertEqual(b.check("KVO-6.3-SUPPLEMENTS").status, .fail)
        let pending = b.check("KVO-6.3-SUPPLEMENTS", asOf: "2025-07-01")
        XCTAssertEqual(pending.status, .warn)
        XCTAssertTrue(pending.shortfall!.en.contains("by 2025-08-10 (40 days left)"), pending.shortfall!.en)
    }

    func testSupplementsWithoutDeviations() {
        var b = firstAudit()
        XCTAssertEqual(b.check("KVO-6.3-SUPPLEMENTS").status, .notAssessable)
        b.update("AU-1", ["decision": "positive"])
        let r = b.check("KVO-6.3-SUPPLEMENTS")
        XCTAssertEqual(r.status, .pass)
        XCTAssertTrue(r.message.en.contains("recorded no deviations"), r.message.en)
    }

    /// An info rule: it cannot fail, it shows the figure.
    func testAuditHours() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-6.3.1-AUDIT-HOURS").status, .notAssessable)
        b.add("parks", ["name": "De Hoek"])
        let one = b.check("KVO-6.3.1-AUDIT-HOURS")
        XCTAssertEqual(one.status, .info)
        XCTAssertEqual(one.message.en, "For 1 park the audit takes at least 8 hours, about 4 of them on site.")
        b.add("parks", ["name": "Noord"])
        b.add("parks", ["name": "Zuid"])
        let three = b.check("KVO-6.3.1-AUDIT-HOURS")
        XCTAssertEqual(three.message.en, "For a cluster of 3 parks the audit takes at least 11 hours, about 5.5 of them on site.")
        XCTAssertEqual(three.message.nl, "Voor een cluster van 3 terreinen duurt de audit minimaal 11 uur, waarvan ongeveer 5,5 op locatie.")
        b.add("parks", ["name": "Oost"])
        XCTAssertTrue(b.check("KVO-6.3.1-AUDIT-HOURS").message.en.contains("at least 12 hours, about 6"))
    }

    // MARK: §6.4

    func testReportTwoWeeks() {
        var b = firstAudit("2025-06-10", ["reportDate": "2025-06-24"])
        let r = b.check("KVO-6.4-REPORT-TWO-WEEKS")
        XCTAssertEqual(r.status, .pass)
        XCTAssertEqual(r.message.en, "The report of the audit on 2025-06-10 arrived on 2025-06-24, 14 days after the audit (at most 14).")
        b.update("AU-1", ["reportDate": "2025-06-25"])
        let late = b.check("KVO-6.4-REPORT-TWO-WEEKS")
        XCTAssertEqual(late.status, .fail)
        XCTAssertEqual(late.shortfall?.en, "1 day late; at most 14 days are allowed.")
        XCTAssertTrue(late.message.nl.contains("15 dagen na de audit"), late.message.nl)
        b.update("AU-1", ["reportDate": JSONValue.null])
        XCTAssertEqual(b.check("KVO-6.4-REPORT-TWO-WEEKS").status, .notAssessable)
        XCTAssertEqual(b.check("KVO-6.4-REPORT-TWO-WEEKS", asOf: "2025-06-20").status, .notApplicable)
    }

    // MARK: §7.2

    /// An info rule: it cannot fail, it shows the figure.
    func testValidity() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-7.2-VALIDITY").status, .notApplicable)
        b.add("audits", ["type": "first", "date": "2025-06-10", "decision": "positive"])
        let noCertificate = b.check("KVO-7.2-VALIDITY")
        XCTAssertEqual(noCertificate.status, .notAssessable)
        XCTAssertTrue(noCertificate.message.en.contains("add certificate number=NUMBER issued=YYYY-MM-DD"), noCertificate.message.en)
        b.add("certificates", ["number": "KVO-2025-001", "issued": "2025-07-01"])
        let live = b.check("KVO-7.2-VALIDITY")
        XCTAssertEqual(live.status, .info)
        XCTAssertTrue(live.message.en.contains("issued on 2025-07-01, is valid until 2028-07-01: 912 days left as of 2026-01-01; plan the next audit by 2028-04-01"), live.message.en)
        XCTAssertTrue(live.message.nl.contains("geldig tot 2028-07-01: nog 912 dagen"), live.message.nl)
        let expired = b.check("KVO-7.2-VALIDITY", asOf: "2028-07-11")
        XCTAssertTrue(expired.message.en.contains("expired on 2028-07-01, 10 days before 2028-07-11"), expired.message.en)
        b.add("audits", ["type": "renewal", "date": "2028-05-15"])
        XCTAssertTrue(b.check("KVO-7.2-VALIDITY").message.en.contains("the next audit is set for 2028-05-15, later than the advised 2028-04-01"))
    }

    func testCertificateContent() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-7.2-CONTENT").status, .notApplicable)
        b.add("certificates", fullCertificate())
        let r = b.check("KVO-7.2-CONTENT")
        XCTAssertEqual(r.status, .pass, r.message.en)
        XCTAssertTrue(r.message.nl.hasPrefix("Certificaat CE-1 bevat alle inhoud van §7.2"), r.message.nl)
        b.update("CE-1", ["covenant": "", "statusTexts": ["Dit certificaat blijft eigendom van VeiligKeur."]])
        let lacking = b.check("KVO-7.2-CONTENT")
        XCTAssertEqual(lacking.status, .fail)
        XCTAssertEqual(lacking.message.en, "The certificate content is incomplete: CE-1 lacks covenant reference; lacks the status text \"De status van dit certificaat kan nagegaan worden bij VeiligKeur\".")
        XCTAssertEqual(lacking.shortfall?.en, "2 items to fix, starting with: set CE-1 covenant=....")
    }

    func testCertificateStatementAndNumber() {
        var b = DossierBuilder()
        b.add("certificates", fullCertificate(["statement": "VeiligKeur verklaart dat KVO De Hoek voldoet aan versie 3.1"]))
        b.add("certificates", fullCertificate(["issued": "2028-06-01"]))
        let r = b.check("KVO-7.2-CONTENT")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("CE-1 its statement does not read \"VeiligKeur verklaart dat het KVO-samenwerkingsverband KVO De Hoek voldoet aan de eisen van het KVO Handboek Bedrijventerreinen, versie 4.0\""), r.message.en)
        XCTAssertTrue(r.message.en.contains("CE-1, CE-2 share the number KVO-2025-001"), r.message.en)
    }

    // MARK: §7.3

    func testNamingOnePark() {
        var b = DossierBuilder()
        b.add("parks", ["name": "De Hoek", "formalName": "Bedrijventerrein De Hoek"])
        b.add("certificates", fullCertificate(["area": "Bedrijventerrein De Hoek"]))
        let r = b.check("KVO-7.3-NAMING")
        XCTAssertEqual(r.status, .pass)
        XCTAssertEqual(r.message.en, "Certificate CE-1 is made out to \"Bedrijventerrein De Hoek\", the park's own name.")
        b.update("CE-1", ["area": "Dommelrode-Zuid"])
        let wrong = b.check("KVO-7.3-NAMING")
        XCTAssertEqual(wrong.status, .fail)
        XCTAssertEqual(wrong.shortfall?.en, "make it out to the park's name: set CE-1 area=\"De Hoek\".")
        XCTAssertTrue(wrong.message.nl.contains("niet op de eigen naam van het terrein \"De Hoek\""), wrong.message.nl)
    }

    func testNamingCluster() {
        var b = DossierBuilder()
        for name in ["Kanaalzone Noord", "Havenkwartier", "Sluisweide"] { b.add("parks", ["name": name]) }
        b.add("certificates", fullCertificate(["area": "KVO-cluster Kanaalzone"]))
        let generic = b.check("KVO-7.3-NAMING")
        XCTAssertEqual(generic.status, .pass)
        XCTAssertTrue(generic.message.en.contains("under the generic name \"KVO-cluster Kanaalzone\""), generic.message.en)
        b.update("CE-1", ["area": "Kanaalzone Noord, Havenkwartier, Sluisweide"])
        XCTAssertTrue(b.check("KVO-7.3-NAMING").message.en.contains("names all 3 parks"))
        b.update("CE-1", ["area": "Kanaalzone Noord"])
        let partial = b.check("KVO-7.3-NAMING")
        XCTAssertEqual(partial.status, .fail)
        XCTAssertTrue(partial.message.en.contains("names Kanaalzone Noord but not Havenkwartier, Sluisweide"), partial.message.en)
        b.add("certificates", fullCertificate(["area": "Havenkwartier", "number": "KVO-2025-002"]))
        let separate = b.check("KVO-7.3-NAMING")
        XCTAssertEqual(separate.status, .fail)
        XCTAssertTrue(separate.message.en.contains("has 2 separate certificates issued on 2025-07-01"), separate.message.en)
    }

    // MARK: Annex 1

    func testMarkUse() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-B1-MARK-USE").status, .pass)
        b.add("markUses", ["date": "2025-06-01", "medium": "website"])
        let noCertificate = b.check("KVO-B1-MARK-USE")
        XCTAssertEqual(noCertificate.status, .fail)
        XCTAssertEqual(noCertificate.message.en, "The KVO mark was used without a valid certificate: MU-1 (2025-06-01, website); no certificate is recorded.")
        b.add("certificates", ["number": "1", "issued": "2025-07-01"])
        XCTAssertTrue(b.check("KVO-B1-MARK-USE").message.en.contains("; certificate validity: CE-1 from 2025-07-01 until 2028-07-01."))
        b.update("MU-1", ["date": "2025-07-01"])
        b.add("markUses", ["date": "2028-06-30", "medium": "sign"])
        let within = b.check("KVO-B1-MARK-USE")
        XCTAssertEqual(within.status, .pass)
        XCTAssertEqual(within.message.en, "2 uses of the KVO mark are recorded (2025-07-01 to 2028-06-30), each while a certificate was valid.")
        XCTAssertTrue(within.message.nl.contains("telkens terwijl een certificaat geldig was"), within.message.nl)
        b.update("MU-2", ["date": "2028-07-01"])
        XCTAssertEqual(b.check("KVO-B1-MARK-USE").status, .fail)
    }

    func testMarkUseNotRecorded() {
        var b = DossierBuilder()
        b.add("certificates", ["number": "1", "issued": "2025-07-01"])
        let r = b.check("KVO-B1-MARK-USE")
        XCTAssertEqual(r.status, .notAssessable)
        XCTAssertTrue(r.message.en.contains("although a certificate is valid until 2028-07-01"), r.message.en)
    }

    // MARK: §1.5

    /// An info rule: it cannot fail, it shows which version applies.
    func testVersion() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-1.5-VERSION").status, .notAssessable)
        b.set("organisation", ["started": "2024-03-01"])
        let new = b.check("KVO-1.5-VERSION")
        XCTAssertEqual(new.status, .info)
        XCTAssertEqual(new.message.en, "The trajectory started on 2024-03-01, on or after 1 March 2024: handbook version 4.0 applies.")
        XCTAssertEqual(new.message.nl, "Het traject is gestart op 2024-03-01, op of na 1 maart 2024: versie 4.0 van het handboek geldt.")
        b.set("organisation", ["started": "2024-02-29"])
        XCTAssertTrue(b.check("KVO-1.5-VERSION", asOf: "2025-01-01").message.en.contains("if audited by 28 February 2025 (58 days left as of 2025-01-01)"))
        XCTAssertTrue(b.check("KVO-1.5-VERSION").message.en.contains("no audit was held by 28 February 2025"))
        b.add("audits", ["type": "first", "date": "2025-02-28"])
        XCTAssertTrue(b.check("KVO-1.5-VERSION").message.en.contains("may still be assessed under version 3.1"))
        b.update("AU-1", ["date": "2025-03-01"])
        XCTAssertTrue(b.check("KVO-1.5-VERSION").message.en.contains("is after 28 February 2025: version 4.0 applies"))
    }

    // MARK: The example dossiers

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized.path

    func example(_ name: String) throws -> Dossier {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: Self.root + "/examples/" + name))
        return try Dossier.load(Array(data))
    }

    func testDeHoek() throws {
        let context = CheckContext(dossier: try example("de-hoek.json"), asOf: Day("2026-01-01")!)
        let expected: [String: CheckStatus] = [
            "KVO-5.1-CONTACT": .pass, "KVO-5.2-APPLICATION": .pass, "KVO-5.2.1-DOCS-TWO-WEEKS": .pass,
            "KVO-5.2.2-FOUR-MEASURES": .pass, "KVO-5.3-NO-EARLY-CLAIM": .pass, "KVO-6.3-ALL-PRESENT": .pass,
            "KVO-6.3-RENEWAL-MEASURES": .notApplicable, "KVO-6.3-SUPPLEMENTS": .pass, "KVO-6.3.1-AUDIT-HOURS": .info,
            "KVO-6.4-REPORT-TWO-WEEKS": .pass, "KVO-7.2-VALIDITY": .info, "KVO-7.2-CONTENT": .pass,
            "KVO-7.3-NAMING": .pass, "KVO-B1-MARK-USE": .pass, "KVO-1.5-VERSION": .info,
        ]
        for (id, status) in expected {
            let r = Checker.check(RuleCatalogue.handbook.rule(id)!, context)
            XCTAssertEqual(r.status, status, "\(id): \(r.message.en)")
        }
        let docs = Checker.check(RuleCatalogue.handbook.rule("KVO-5.2.1-DOCS-TWO-WEEKS")!, context)
        XCTAssertTrue(docs.message.en.contains("complete with DL-1 on 2025-05-20, 21 days before the audit on 2025-06-10"), docs.message.en)
        let measures = Checker.check(RuleCatalogue.handbook.rule("KVO-5.2.2-FOUR-MEASURES")!, context)
        XCTAssertTrue(measures.message.en.contains("5 measures from the inspection (M-25, M-26, M-27, M-28, M-29)"), measures.message.en)
    }

    func testKanaalzone() throws {
        let context = CheckContext(dossier: try example("cluster-kanaalzone.json"), asOf: Day("2026-11-01")!)
        let hours = Checker.check(RuleCatalogue.handbook.rule("KVO-6.3.1-AUDIT-HOURS")!, context)
        XCTAssertEqual(hours.message.en, "For a cluster of 3 parks the audit takes at least 11 hours, about 5.5 of them on site.")
        // The first audit is set for 2027-03-16: the documents are still to be delivered (a warning
        // while there is time), the four measures are already there.
        let docs = Checker.check(RuleCatalogue.handbook.rule("KVO-5.2.1-DOCS-TWO-WEEKS")!, context)
        XCTAssertEqual(docs.status, .warn, docs.message.en)
        let measures = Checker.check(RuleCatalogue.handbook.rule("KVO-5.2.2-FOUR-MEASURES")!, context)
        XCTAssertEqual(measures.status, .pass, measures.message.en)
        XCTAssertTrue(measures.message.en.hasPrefix("By the first audit on 2027-03-16, 6 measures from the inspection"), measures.message.en)
        // Without the audit date the documents rule does not apply yet.
        var undated = context.dossier
        try Amendment(command: "", at: "", by: "", changes: [Change(kind: "audits", id: "AU-1", before: undated.record("AU-1")!.record, after: nil, position: 0)]).apply(to: &undated)
        XCTAssertEqual(Checker.check(RuleCatalogue.handbook.rule("KVO-5.2.1-DOCS-TWO-WEEKS")!, CheckContext(dossier: undated, asOf: Day("2026-11-01")!)).status, .notApplicable)
    }

    /// Every rule of this section has its evaluator registered.
    func testAllRegistered() {
        let ids = RuleCatalogue.handbook.rules.filter { ["Audit", "Certificate and mark", "Version in force"].contains($0.section) }.map(\.id)
        XCTAssertEqual(ids.count, 15)
        for id in ids { XCTAssertNotNil(RuleRegistry.evaluator(id), id) }
    }
}
