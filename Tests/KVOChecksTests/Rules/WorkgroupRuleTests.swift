import XCTest
import KVOModel
@testable import KVOChecks

extension DossierBuilder {
    /// A park and a complete workgroup: association (PA-1, two entrepreneurs), municipality (PA-2),
    /// police (PA-3), fire brigade of the safety region (PA-4); chair and secretary entrepreneurs.
    static func workgroup() -> DossierBuilder {
        var b = DossierBuilder()
        b.add("parks", ["name": "De Hoek", "entrepreneurs": 120])
        b.add("parties", ["name": "Ondernemersvereniging De Hoek", "type": "association"])
        b.add("parties", ["name": "Gemeente Dommelrode", "type": "municipality"])
        b.add("parties", ["name": "Politie Dommelrode", "type": "police"])
        b.add("parties", ["name": "Brandweer Veiligheidsregio Dommeldal", "type": "fire-region"])
        b.add("members", ["name": "Hans van der Linden", "party": "PA-1", "roles": ["chair", "internal-communication"], "activeInArea": true,
                          "phone": "06-12345678", "email": "h.linden@example.nl"])
        b.add("members", ["name": "Marloes Verhoeven", "party": "PA-1", "roles": ["secretary"], "activeInArea": true])
        b.add("members", ["name": "Sandra de Wit", "party": "PA-2", "roles": ["external-communication"], "email": "s.dewit@example.nl"])
        b.add("members", ["name": "Youssef El Amrani", "party": "PA-3"])
        b.add("members", ["name": "Anouk Peters", "party": "PA-4"])
        return b
    }
}

final class WorkgroupRuleTests: XCTestCase {
    // MARK: KVO-3.2-ENTREPRENEURS

    func testEntrepreneursRepresentedByAssociation() {
        let r = DossierBuilder.workgroup().check("KVO-3.2-ENTREPRENEURS")
        XCTAssertEqual(r.status, .pass)
        XCTAssertEqual(r.message.en, "The entrepreneurs are represented in the workgroup by Hans van der Linden and Marloes Verhoeven for Ondernemersvereniging De Hoek (entrepreneurs' association).")
        XCTAssertTrue(r.message.nl.contains("namens Ondernemersvereniging De Hoek (ondernemersvereniging)"), r.message.nl)
    }

    func testEntrepreneursRepresentingOrganisationCounts() {
        var b = DossierBuilder()
        b.add("parties", ["name": "Stichting Parkmanagement", "type": "representative"])
        b.add("members", ["name": "Gert-Jan Mulder", "party": "PA-1"])
        XCTAssertEqual(b.check("KVO-3.2-ENTREPRENEURS").status, .pass)
    }

    func testEntrepreneursStartPhaseBeforeAndAfterDeadline() {
        var b = DossierBuilder()
        b.add("parties", ["name": "Gemeente Dommelrode", "type": "municipality"])
        b.add("parties", ["name": "Vastgoed BV", "type": "owner"])   // an owner alone does not represent the entrepreneurs
        b.add("members", ["name": "Ilse Dekker", "party": "PA-2"])
        XCTAssertEqual(b.check("KVO-3.2-ENTREPRENEURS").status, .notAssessable)   // no start date
        b.set("organisation", ["started": "2025-06-01"])
        let before = b.check("KVO-3.2-ENTREPRENEURS", asOf: "2026-01-01")
        XCTAssertEqual(before.status, .warn)
        XCTAssertTrue(before.message.en.contains("one must be founded by 2026-06-01, 151 days from 2026-01-01"), before.message.en)
        XCTAssertTrue(before.message.nl.contains("uiterlijk 2026-06-01"), before.message.nl)
        XCTAssertEqual(b.check("KVO-3.2-ENTREPRENEURS", asOf: "2026-06-01").status, .warn)   // the deadline day itself
        let after = b.check("KVO-3.2-ENTREPRENEURS", asOf: "2026-06-02")
        XCTAssertEqual(after.status, .fail)
        XCTAssertTrue(after.message.en.contains("deadline 2026-06-01 passed 1 day before 2026-06-02"), after.message.en)
        // A recorded deadline earlier than a year counts.
        b.set("organisation", ["startPhaseDeadline": "2026-03-01"])
        XCTAssertEqual(b.check("KVO-3.2-ENTREPRENEURS", asOf: "2026-04-01").status, .fail)
    }

    func testEntrepreneursAssociationWithoutMemberFails() {
        var b = DossierBuilder()
        b.set("organisation", ["started": "2025-06-01"])
        b.add("parties", ["name": "OV De Hoek", "type": "association"])
        let r = b.check("KVO-3.2-ENTREPRENEURS")
        XCTAssertEqual(r.status, .fail)   // no start-phase grace once the association exists
        XCTAssertTrue(r.message.en.contains("OV De Hoek (PA-1) has no member"), r.message.en)
        XCTAssertEqual(r.shortfall?.en, "Add its representative: add member \"NAME\" party=PA-1.")
    }

    // MARK: KVO-3.2-MUNICIPALITY, KVO-3.2-POLICE

    func testMunicipalityRepresented() {
        var b = DossierBuilder.workgroup()
        let ok = b.check("KVO-3.2-MUNICIPALITY")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "The municipality is represented in the workgroup by Sandra de Wit (Gemeente Dommelrode).")
        XCTAssertEqual(ok.message.nl, "De gemeente is in de werkgroep vertegenwoordigd door Sandra de Wit (Gemeente Dommelrode).")
        b.update("MB-3", ["party": "PA-1"])
        let empty = b.check("KVO-3.2-MUNICIPALITY")
        XCTAssertEqual(empty.status, .fail)
        XCTAssertEqual(empty.message.en, "The municipality is not represented: Gemeente Dommelrode (PA-2) has no member in the workgroup.")
        XCTAssertEqual(empty.shortfall?.en, "Add its representative: add member \"NAME\" party=PA-2.")
    }

    func testPoliceRepresented() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.2-POLICE").status, .notAssessable)
        b.add("parties", ["name": "Gemeente Dommelrode", "type": "municipality"])
        let none = b.check("KVO-3.2-POLICE")
        XCTAssertEqual(none.status, .fail)
        XCTAssertEqual(none.message.en, "The police are not represented: the only party is not of type police.")
        XCTAssertTrue(none.shortfall?.en.contains("add party \"NAME\" type=police") == true)
        XCTAssertEqual(none.message.nl, "De politie is niet vertegenwoordigd: de enige partij is niet van het type police.")
        let ok = DossierBuilder.workgroup().check("KVO-3.2-POLICE")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "The police are represented in the workgroup by Youssef El Amrani (Politie Dommelrode).")
    }

    // MARK: KVO-3.2-FIRE

    func testFireFromSafetyRegion() {
        let r = DossierBuilder.workgroup().check("KVO-3.2-FIRE")
        XCTAssertEqual(r.status, .pass)
        XCTAssertEqual(r.message.en, "The fire brigade is represented from the safety region by Anouk Peters (Brandweer Veiligheidsregio Dommeldal).")
    }

    func testFireMunicipalSpecialistIsTheFallback() {
        var b = DossierBuilder.workgroup()
        b.update("PA-4", ["type": "fire-municipal", "name": "Gemeente Dommelrode, brandpreventie"])
        let r = b.check("KVO-3.2-FIRE")
        XCTAssertEqual(r.status, .pass)
        XCTAssertTrue(r.message.en.contains("municipal fire-prevention specialist, the handbook's fallback"), r.message.en)
        XCTAssertTrue(r.message.nl.contains("gemeentelijk specialist brandpreventie"), r.message.nl)
    }

    func testFireMissing() {
        var b = DossierBuilder.workgroup()
        b.update("PA-4", ["type": "security"])
        let r = b.check("KVO-3.2-FIRE")
        XCTAssertEqual(r.status, .fail)
        XCTAssertEqual(r.message.en, "The fire brigade is not represented: none of the 4 parties is of type fire-region or fire-municipal.")
        XCTAssertTrue(r.shortfall?.en.contains("add party \"NAME\" type=fire-region") == true)
    }

    // MARK: KVO-3.2-MEMBER-LIST

    func testMemberList() {
        var b = DossierBuilder()
        let none = b.check("KVO-3.2-MEMBER-LIST")
        XCTAssertEqual(none.status, .fail)
        XCTAssertEqual(none.message.en, "No workgroup members are recorded, so there is no member list.")
        b = DossierBuilder.workgroup()
        b.add("documents", ["name": "Ledenlijst", "type": "members", "version": "1.0", "date": "2024-06-04", "superseded": true])
        b.add("documents", ["name": "Ledenlijst", "type": "members", "version": "1.1", "date": "2024-08-27"])
        let ok = b.check("KVO-3.2-MEMBER-LIST")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "The member list holds 5 members, each linked to the party they represent (4 parties); its document is Ledenlijst version 1.1 (D-2).")
        XCTAssertTrue(ok.message.nl.contains("De ledenlijst telt 5 leden"), ok.message.nl)
        b.update("MB-5", ["party": "PA-9"])
        let dangling = b.check("KVO-3.2-MEMBER-LIST")
        XCTAssertEqual(dangling.status, .fail)
        XCTAssertTrue(dangling.message.en.contains("1 of 5 members is not linked to the party they represent: Anouk Peters (MB-5) sits for PA-9, which is not a recorded party"), dangling.message.en)
    }

    // MARK: KVO-3.2-ACTIVE-ENTREPRENEURS

    func testActiveEntrepreneurs() {
        var b = DossierBuilder.workgroup()
        let ok = b.check("KVO-3.2-ACTIVE-ENTREPRENEURS")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "All 2 entrepreneur members are active in the area: Hans van der Linden (Ondernemersvereniging De Hoek) and Marloes Verhoeven (Ondernemersvereniging De Hoek).")
        // A property owner's member counts as an entrepreneur member.
        b.add("parties", ["name": "Havenbedrijf", "type": "owner"])
        b.add("members", ["name": "Ilse Dekker", "party": "PA-5"])
        let unknown = b.check("KVO-3.2-ACTIVE-ENTREPRENEURS")
        XCTAssertEqual(unknown.status, .notAssessable)
        XCTAssertTrue(unknown.message.en.contains("Ilse Dekker (Havenbedrijf) [MB-6]; set MB-6 activeInArea=true"), unknown.message.en)
        b.update("MB-2", ["activeInArea": false])
        let inactive = b.check("KVO-3.2-ACTIVE-ENTREPRENEURS")
        XCTAssertEqual(inactive.status, .warn)   // a should
        XCTAssertTrue(inactive.message.en.hasPrefix("1 of 3 entrepreneur members is not active in the area: Marloes Verhoeven (Ondernemersvereniging De Hoek); not recorded for Ilse Dekker"), inactive.message.en)
        XCTAssertTrue(inactive.message.nl.contains("1 van 3 ondernemers in de werkgroep is niet actief in het gebied"), inactive.message.nl)
    }

    func testActiveEntrepreneursWithoutEntrepreneurMembers() {
        var b = DossierBuilder()
        b.add("parties", ["name": "Gemeente", "type": "municipality"])
        b.add("members", ["name": "Sandra de Wit", "party": "PA-1"])
        let r = b.check("KVO-3.2-ACTIVE-ENTREPRENEURS")
        XCTAssertEqual(r.status, .notApplicable)
        XCTAssertTrue(r.message.en.contains("KVO-3.2-ENTREPRENEURS"), r.message.en)
    }

    // MARK: KVO-3.2-PRIVACY

    func testPrivacyPassesWithContactDataOnlyInPersonalFields() {
        var b = DossierBuilder.workgroup()
        b.add("publications", ["date": "2025-07-29", "title": "De Hoek behaalt het KVO 2025-2028", "medium": "website"])
        let r = b.check("KVO-3.2-PRIVACY")
        XCTAssertEqual(r.status, .pass)
        XCTAssertEqual(r.message.en, "Phone numbers and e-mail addresses (recorded for 2 of 5 members) are personal fields that exports for publication redact, and the one publication shows none.")
    }

    func testPrivacyFailsOnContactDataInAPublication() {
        var b = DossierBuilder.workgroup()
        b.add("publications", ["date": "2025-07-29", "title": "Vragen? Bel Hans op 06-12345678", "medium": "persbericht"])
        b.add("publications", ["date": "2025-08-01", "title": "Nieuwsbrief", "medium": "mail aan info@ovdehoek.nl"])
        let r = b.check("KVO-3.2-PRIVACY")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("PB-1 title \"Vragen? Bel Hans op 06-12345678\" shows 06-12345678"), r.message.en)
        XCTAssertTrue(r.message.en.contains("PB-2 medium \"mail aan info@ovdehoek.nl\" shows info@ovdehoek.nl"), r.message.en)
        XCTAssertTrue(r.shortfall?.en.contains("2 publication texts") == true)
        XCTAssertTrue(r.message.nl.contains("toont 06-12345678"), r.message.nl)
    }

    func testPhoneNumberPattern() {
        XCTAssertEqual(ContactPrivacy.phoneNumbers(in: "bel +31 6 1234 5678 of (040) 123 4567"), ["+31 6 1234 5678", "(040) 123 4567"])
        XCTAssertEqual(ContactPrivacy.phoneNumbers(in: "Plan van aanpak 2025-2028, versie 1.1"), [])
        XCTAssertEqual(ContactPrivacy.emailAddresses(in: "Mail: Jan@Example.nl."), [])   // trailing dot: not an address
        XCTAssertEqual(ContactPrivacy.emailAddresses(in: "mail jan@example.nl"), ["jan@example.nl"])
    }

    // MARK: KVO-3.3-CHAIR, KVO-3.3-SECRETARY

    func testChairEntrepreneurPasses() {
        let r = DossierBuilder.workgroup().check("KVO-3.3-CHAIR")
        XCTAssertEqual(r.status, .pass)
        XCTAssertEqual(r.message.en, "Hans van der Linden (Ondernemersvereniging De Hoek) is chair of the workgroup, an entrepreneur member as the handbook prefers.")
    }

    func testChairNotEntrepreneurWarns() {
        var b = DossierBuilder.workgroup()
        b.update("MB-1", ["roles": ["internal-communication"]])
        b.update("MB-3", ["roles": ["chair", "external-communication"]])
        let r = b.check("KVO-3.3-CHAIR")
        XCTAssertEqual(r.status, .warn)
        XCTAssertEqual(r.message.en, "Sandra de Wit (municipality) is chair of the workgroup, not an entrepreneur member; the handbook prefers an entrepreneur.")
        XCTAssertEqual(r.message.nl, "Sandra de Wit (gemeente) is voorzitter van de werkgroep, geen ondernemer; het handboek wil bij voorkeur een ondernemer.")
    }

    func testCoChairsOneEntrepreneurPasses() {
        var b = DossierBuilder.workgroup()
        b.update("MB-3", ["roles": ["chair", "external-communication"]])
        let r = b.check("KVO-3.3-CHAIR")
        XCTAssertEqual(r.status, .pass)
        XCTAssertTrue(r.message.en.contains("Hans van der Linden (Ondernemersvereniging De Hoek) and Sandra de Wit (Gemeente Dommelrode) are chair"), r.message.en)
    }

    func testChairOfUnknownPartyIsNotAssessable() {
        var b = DossierBuilder.workgroup()
        b.update("MB-1", ["roles": []])
        b.update("MB-4", ["roles": ["chair"], "party": "PA-9"])
        let r = b.check("KVO-3.3-CHAIR")
        XCTAssertEqual(r.status, .notAssessable)
        XCTAssertTrue(r.message.en.contains("Youssef El Amrani (MB-4) sits for no recorded party"), r.message.en)
    }

    func testChairMissingFails() {
        var b = DossierBuilder.workgroup()
        b.update("MB-1", ["roles": ["internal-communication"]])
        let r = b.check("KVO-3.3-CHAIR")
        XCTAssertEqual(r.status, .fail)
        XCTAssertEqual(r.message.en, "No chair is appointed: none of the 5 members has the role chair.")
        XCTAssertTrue(r.shortfall?.en.contains("roles=chair") == true)
    }

    func testSecretary() {
        var b = DossierBuilder.workgroup()
        let ok = b.check("KVO-3.3-SECRETARY")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.hasPrefix("Marloes Verhoeven (Ondernemersvereniging De Hoek) is secretary"), ok.message.en)
        XCTAssertTrue(ok.message.nl.hasPrefix("Marloes Verhoeven (Ondernemersvereniging De Hoek) is secretaris"), ok.message.nl)
        b.update("MB-2", ["roles": []])
        let none = b.check("KVO-3.3-SECRETARY")
        XCTAssertEqual(none.status, .fail)
        XCTAssertEqual(none.message.nl, "Er is geen secretaris benoemd: geen van de 5 leden heeft de rol secretary.")
        b.update("MB-4", ["roles": ["secretary"]])
        XCTAssertEqual(b.check("KVO-3.3-SECRETARY").status, .warn)   // the police officer is no entrepreneur
    }

    // MARK: KVO-3.3-COMMUNICATION-ROLES

    func testCommunicationRoles() {
        var b = DossierBuilder.workgroup()
        let ok = b.check("KVO-3.3-COMMUNICATION-ROLES")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "Fixed persons for communication, also during calamities, are appointed: internal Hans van der Linden, external Sandra de Wit.")
        b.update("MB-3", ["roles": []])
        let r = b.check("KVO-3.3-COMMUNICATION-ROLES")
        XCTAssertEqual(r.status, .fail)
        XCTAssertEqual(r.message.en, "No fixed person for external communication is appointed: none of the 5 members has the role external-communication; internal communication is Hans van der Linden.")
        XCTAssertTrue(r.message.nl.hasPrefix("Er is geen vaste persoon voor externe communicatie benoemd"), r.message.nl)
    }

    // MARK: KVO-3.3-ASSOCIATION-RELATION, KVO-3.3-FUND-RELATION

    func testAssociationRelation() {
        var b = DossierBuilder.workgroup()
        let none = b.check("KVO-3.3-ASSOCIATION-RELATION")
        XCTAssertEqual(none.status, .fail)
        XCTAssertEqual(none.message.en, "The relation between the entrepreneurs' association (Ondernemersvereniging De Hoek) and the workgroup is not described.")
        XCTAssertEqual(none.message.nl, "De relatie tussen de ondernemersvereniging (Ondernemersvereniging De Hoek) en de werkgroep is niet beschreven.")
        b.set("organisation", ["associationRelation": "De vereniging is trekker van de werkgroep."])
        let ok = b.check("KVO-3.3-ASSOCIATION-RELATION")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("\"De vereniging is trekker van de werkgroep.\""), ok.message.en)
    }

    func testFundRelation() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.3-FUND-RELATION").status, .notAssessable)
        b.set("organisation", ["fund": "none"])
        XCTAssertEqual(b.check("KVO-3.3-FUND-RELATION").status, .notApplicable)
        b.set("organisation", ["fund": "biz"])
        let undescribed = b.check("KVO-3.3-FUND-RELATION")
        XCTAssertEqual(undescribed.status, .fail)
        XCTAssertEqual(undescribed.message.en, "The area has a BIZ (business investment zone), but its relation to the workgroup is not described.")
        XCTAssertEqual(undescribed.message.nl, "Het gebied heeft een BIZ (bedrijveninvesteringszone), maar de relatie met de werkgroep is niet beschreven.")
        b.set("organisation", ["fund": "advertising-tax", "fundRelation": "De gemeente draagt de opbrengst over aan de stichting."])
        let ok = b.check("KVO-3.3-FUND-RELATION")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.hasPrefix("The area has an advertising tax, and its relation"), ok.message.en)
    }

    // MARK: KVO-3.3-ADDRESS

    func testAddress() {
        var b = DossierBuilder()
        b.set("organisation", ["name": "KVO-werkgroep De Hoek", "address": "Hoekerweg 12"])
        let r = b.check("KVO-3.3-ADDRESS")
        XCTAssertEqual(r.status, .fail)
        XCTAssertEqual(r.message.en, "The collaboration's correspondence address lacks the place.")
        XCTAssertEqual(r.shortfall?.en, "Fill it in: set organisation place=\"PLACE\".")
        XCTAssertEqual(r.message.nl, "Het correspondentieadres van het samenwerkingsverband mist plaats.")
        b.set("organisation", ["place": "Dommelrode", "postcode": "5594 AB"])
        let ok = b.check("KVO-3.3-ADDRESS")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertEqual(ok.message.en, "The collaboration's correspondence address is KVO-werkgroep De Hoek, Hoekerweg 12, 5594 AB Dommelrode.")
    }

    // MARK: KVO-3.4-AGREEMENTS, KVO-3.4-MEETINGS-AGREED

    func testAgreementsNameEachMissingTopic() {
        var b = DossierBuilder()
        b.set("organisation", ["agreements": ["meetings", "membership", "area-changes", "internal-communication", "external-communication"]])
        let r = b.check("KVO-3.4-AGREEMENTS")
        XCTAssertEqual(r.status, .fail)
        XCTAssertEqual(r.message.en, "Written agreements cover 5 of the 7 topics of §3.4; missing: decision making and finances.")
        XCTAssertEqual(r.message.nl, "De schriftelijke afspraken dekken 5 van de 7 onderwerpen van §3.4; ontbreekt: besluitvorming en financiële middelen en geldstromen.")
        XCTAssertTrue(r.shortfall?.en.hasSuffix("set organisation agreements=meetings,membership,area-changes,decisions,internal-communication,external-communication,finances.") == true,
                      r.shortfall?.en ?? "")
        b.set("organisation", ["agreements": ["meetings", "membership", "area-changes", "decisions", "internal-communication", "external-communication", "finances"]])
        let ok = b.check("KVO-3.4-AGREEMENTS")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.hasPrefix("Written agreements cover all 7 topics of §3.4"), ok.message.en)
    }

    func testMeetingsAgreed() {
        var b = DossierBuilder()
        let missing = b.check("KVO-3.4-MEETINGS-AGREED")
        XCTAssertEqual(missing.status, .notAssessable)
        XCTAssertTrue(missing.message.en.contains("set organisation meetingsPerYear=4"), missing.message.en)
        b.set("organisation", ["meetingsPerYear": 2])
        let two = b.check("KVO-3.4-MEETINGS-AGREED")
        XCTAssertEqual(two.status, .fail)
        XCTAssertEqual(two.message.en, "The workgroup agreed on 2 meetings per year; at least 3 are required.")
        XCTAssertEqual(two.shortfall?.en, "1 meeting per year short: agree on at least 3, then set organisation meetingsPerYear=3.")
        XCTAssertEqual(two.message.nl, "De werkgroep heeft 2 bijeenkomsten per jaar afgesproken; minimaal 3 vereist.")
        b.set("organisation", ["meetingsPerYear": 3])
        let three = b.check("KVO-3.4-MEETINGS-AGREED")
        XCTAssertEqual(three.status, .pass)
        XCTAssertEqual(three.message.en, "The workgroup agreed on 3 meetings per year, at least 3 required.")
    }

    // MARK: members as of the check date (members.joined/left)

    /// A member who left before the check date, or joins after it, is no member: the police's only
    /// representative having left, the police are not represented.
    func testFormerMemberIsNoMember() {
        var b = DossierBuilder.workgroup()
        b.update("MB-4", ["left": "2025-12-31"])
        let police = b.check("KVO-3.2-POLICE", asOf: "2026-01-01")
        XCTAssertEqual(police.status, .fail)
        XCTAssertTrue(police.message.en.contains("Politie Dommelrode (PA-3) has no member in the workgroup"), police.message.en)
        // Still a member on the day they leave, and before.
        XCTAssertEqual(b.check("KVO-3.2-POLICE", asOf: "2025-12-31").status, .pass)
        // A chair who joins later is no chair yet.
        b.update("MB-1", ["joined": "2026-02-01"])
        let chair = b.check("KVO-3.3-CHAIR", asOf: "2026-01-01")
        XCTAssertEqual(chair.status, .fail)
        XCTAssertEqual(b.check("KVO-3.3-CHAIR", asOf: "2026-02-01").status, .pass)
        let list = b.check("KVO-3.2-MEMBER-LIST", asOf: "2026-01-01")
        XCTAssertTrue(list.message.en.hasPrefix("The member list holds 3 members"), list.message.en)
    }

    // MARK: the example dossiers

    func testExampleDossiers() throws {
        let ids = ["KVO-3.2-ENTREPRENEURS", "KVO-3.2-MUNICIPALITY", "KVO-3.2-POLICE", "KVO-3.2-FIRE", "KVO-3.2-MEMBER-LIST",
                   "KVO-3.2-PRIVACY", "KVO-3.3-CHAIR", "KVO-3.3-SECRETARY", "KVO-3.3-COMMUNICATION-ROLES",
                   "KVO-3.3-ASSOCIATION-RELATION", "KVO-3.3-FUND-RELATION", "KVO-3.3-ADDRESS", "KVO-3.4-AGREEMENTS", "KVO-3.4-MEETINGS-AGREED"]
        let hoek = try AreaWorkgroupExample.load("de-hoek.json")
        for id in ids + ["KVO-3.2-ACTIVE-ENTREPRENEURS"] {
            XCTAssertEqual(hoek.check(id).status, .pass, "\(id): \(hoek.check(id).message.en)")
        }
        XCTAssertTrue(hoek.check("KVO-3.2-PRIVACY").message.en.contains("recorded for 8 of 8 members"))
        let cluster = try AreaWorkgroupExample.load("cluster-kanaalzone.json")
        for id in ids {
            XCTAssertEqual(cluster.check(id).status, .pass, "\(id): \(cluster.check(id).message.en)")
        }
        // The park manager of the representing organisation has no activeInArea recorded.
        let active = cluster.check("KVO-3.2-ACTIVE-ENTREPRENEURS")
        XCTAssertEqual(active.status, .notAssessable)
        XCTAssertTrue(active.message.en.contains("Gert-Jan Mulder (Stichting Parkmanagement Kanaalzone) [MB-4]"), active.message.en)
    }
}
