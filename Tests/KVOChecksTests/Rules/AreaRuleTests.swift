import XCTest
import KVOModel
@testable import KVOChecks

final class AreaRuleTests: XCTestCase {
    func testMaxEntrepreneurs() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.1-MAX-ENTREPRENEURS").status, .notAssessable)
        b.add("parks", ["name": "Noord", "entrepreneurs": 300])
        b.add("parks", ["name": "Zuid", "entrepreneurs": 300])
        let at = b.check("KVO-3.1-MAX-ENTREPRENEURS")
        XCTAssertEqual(at.status, .pass)
        XCTAssertTrue(at.message.en.contains("600 entrepreneurs (summed over 2 parks)"), at.message.en)
        b.update("P-2", ["entrepreneurs": 301])
        let over = b.check("KVO-3.1-MAX-ENTREPRENEURS")
        XCTAssertEqual(over.status, .fail)
        XCTAssertEqual(over.shortfall?.en, "1 too many: split the area or leave out a park.")
        XCTAssertTrue(over.message.nl.contains("601 ondernemers"))
    }

    // MARK: KVO-3.1-AREA-DELINEATED

    func testAreaDelineatedPassesWithStreetsOrPostcodesAndMap() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.1-AREA-DELINEATED").status, .notAssessable)
        b.add("parks", ["name": "Noord", "streets": ["Havenweg", "Kade"], "mapReference": "D-4 blad 1"])
        b.add("parks", ["name": "Zuid", "postcodes": ["5651AA-5651ZZ"], "mapReference": "D-4 blad 2"])
        let r = b.check("KVO-3.1-AREA-DELINEATED")
        XCTAssertEqual(r.status, .pass)
        XCTAssertTrue(r.message.en.contains("Noord (2 streets, 0 postcode ranges), Zuid (0 streets, 1 postcode range)"), r.message.en)
        XCTAssertTrue(r.message.nl.contains("Noord (2 straten, 0 postcodereeksen)"), r.message.nl)
    }

    func testAreaDelineatedNamesEachGapPerPark() {
        var b = DossierBuilder()
        b.add("parks", ["name": "Noord", "streets": ["Havenweg"], "mapReference": "D-4"])
        b.add("parks", ["name": "Zuid", "streets": ["Dijk"]])
        b.add("parks", ["name": "Oost"])
        let r = b.check("KVO-3.1-AREA-DELINEATED")
        XCTAssertEqual(r.status, .fail)
        XCTAssertTrue(r.message.en.contains("2 of 3 parks"), r.message.en)
        XCTAssertTrue(r.message.en.contains("Zuid lacks a map reference; Oost lacks a street list or postcode ranges and a map reference"), r.message.en)
        XCTAssertEqual(r.shortfall?.en, "Record the missing delineation: set P-2 mapReference=\"MAP\"; set P-3 streets=STREET,STREET mapReference=\"MAP\".")
        XCTAssertTrue(r.message.nl.contains("Oost mist een stratenlijst of postcodereeksen en een kaartverwijzing"), r.message.nl)
    }

    // MARK: KVO-3.1-ADJACENT-MARKED

    func testAdjacentMarkedListsTheLocations() {
        var b = DossierBuilder()
        b.add("parks", ["name": "De Hoek"])
        b.add("adjacent", ["name": "Sportpark De Dommelhoek", "type": "sports"])
        b.add("adjacent", ["name": "Station Zuid"])
        let r = b.check("KVO-3.1-ADJACENT-MARKED")
        XCTAssertEqual(r.status, .pass)
        XCTAssertTrue(r.message.en.contains("2 adjacent locations"), r.message.en)
        XCTAssertTrue(r.message.en.contains("Sportpark De Dommelhoek (sports), Station Zuid (type not given)"), r.message.en)
        XCTAssertTrue(r.message.nl.contains("Sportpark De Dommelhoek (sport)"), r.message.nl)
    }

    func testAdjacentCountedAsParkWarns() {
        var b = DossierBuilder()
        b.add("parks", ["name": "De Hoek"])
        b.add("parks", ["name": "Sportpark Oost"])
        b.add("adjacent", ["name": "sportpark oost ", "type": "sports"])
        let r = b.check("KVO-3.1-ADJACENT-MARKED")
        XCTAssertEqual(r.status, .warn)   // a should
        XCTAssertTrue(r.message.en.contains("is also recorded as park Sportpark Oost (P-2)"), r.message.en)
        XCTAssertTrue(r.shortfall?.en.contains("remove Sportpark Oost (P-2) from the parks") == true, r.shortfall?.en ?? "")
    }

    func testAdjacentNoneRecordedIsNotAssessable() {
        var b = DossierBuilder()
        b.add("parks", ["name": "De Hoek"])
        let r = b.check("KVO-3.1-ADJACENT-MARKED")
        XCTAssertEqual(r.status, .notAssessable)
        XCTAssertTrue(r.message.en.contains("add adjacent \"NAME\" type=sports"), r.message.en)
    }

    /// §3.1 "apart gemarkeerd op de kaart": adjacent.onMap=false warns; all true says so; not
    /// recorded (a /1 dossier) keeps the old judgement.
    func testAdjacentOnMap() {
        var b = DossierBuilder()
        b.add("parks", ["name": "De Hoek"])
        b.add("adjacent", ["name": "Sportpark De Dommelhoek", "type": "sports", "onMap": true])
        b.add("adjacent", ["name": "Station Zuid", "type": "station", "onMap": false])
        let r = b.check("KVO-3.1-ADJACENT-MARKED")
        XCTAssertEqual(r.status, .warn)   // a should
        XCTAssertEqual(r.message.en, "1 of 2 adjacent locations is not marked separately on the area's map: Station Zuid (AL-2).")
        XCTAssertEqual(r.shortfall?.en, "Mark Station Zuid separately on the map, then: set AL-2 onMap=true.")
        XCTAssertTrue(r.message.nl.contains("niet apart gemarkeerd op de kaart"), r.message.nl)
        b.update("AL-2", ["onMap": true])
        let all = b.check("KVO-3.1-ADJACENT-MARKED")
        XCTAssertEqual(all.status, .pass)
        XCTAssertTrue(all.message.en.hasSuffix("Sportpark De Dommelhoek (sports), Station Zuid (station); all marked separately on the map."), all.message.en)
        XCTAssertTrue(all.message.nl.hasSuffix("; alle apart gemarkeerd op de kaart."), all.message.nl)
        b.add("adjacent", ["name": "Woonwijk Noord", "type": "housing"])
        let partly = b.check("KVO-3.1-ADJACENT-MARKED")
        XCTAssertEqual(partly.status, .pass)
        XCTAssertTrue(partly.message.en.contains("not recorded for Woonwijk Noord (set AL-3 onMap=true)"), partly.message.en)
    }

    // MARK: KVO-3.1.1-CLUSTER-SIZE

    func testClusterSizeBoundary() {
        var b = DossierBuilder()
        XCTAssertEqual(b.check("KVO-3.1.1-CLUSTER-SIZE").status, .notAssessable)
        b.add("parks", ["name": "A"])
        let one = b.check("KVO-3.1.1-CLUSTER-SIZE")
        XCTAssertEqual(one.status, .notApplicable)
        XCTAssertEqual(one.message.en, "Applies to clusters only; the area has one park (A).")
        for name in ["B", "C", "D"] { b.add("parks", ["name": name]) }
        let four = b.check("KVO-3.1.1-CLUSTER-SIZE")
        XCTAssertEqual(four.status, .pass)
        XCTAssertEqual(four.message.en, "The cluster has 4 parks (A, B, C and D), at most 4 allowed.")
        b.add("parks", ["name": "E"])
        let five = b.check("KVO-3.1.1-CLUSTER-SIZE")
        XCTAssertEqual(five.status, .fail)
        XCTAssertEqual(five.message.en, "The cluster has 5 parks (A, B, C, D and E); at most 4 are allowed.")
        XCTAssertEqual(five.shortfall?.en, "1 park too many: form the cluster of at most 4 parks.")
        XCTAssertEqual(five.message.nl, "Het cluster telt 5 terreinen (A, B, C, D en E); maximaal 4 toegestaan.")
    }

    // MARK: KVO-3.1.1-ONE-MUNICIPALITY

    func testOneMunicipality() {
        var b = DossierBuilder()
        b.add("parks", ["name": "Noord", "municipality": "Gemeente Lindewaard"])
        XCTAssertEqual(b.check("KVO-3.1.1-ONE-MUNICIPALITY").status, .notApplicable)
        b.add("parks", ["name": "Haven", "municipality": "Lindewaard"])
        let same = b.check("KVO-3.1.1-ONE-MUNICIPALITY")
        XCTAssertEqual(same.status, .pass)
        XCTAssertEqual(same.message.en, "All 2 parks of the cluster lie in Gemeente Lindewaard: Noord and Haven.")
        b.add("parks", ["name": "Sluis", "municipality": "Gemeente Dommelrode"])
        let two = b.check("KVO-3.1.1-ONE-MUNICIPALITY")
        XCTAssertEqual(two.status, .fail)
        XCTAssertTrue(two.message.en.contains("lie in 2 municipalities: Gemeente Lindewaard (Noord and Haven), Gemeente Dommelrode (Sluis)"), two.message.en)
        XCTAssertEqual(two.shortfall?.en, "A cluster lies in one municipality: Sluis lies outside Gemeente Lindewaard.")
        XCTAssertEqual(two.shortfall?.nl, "Een cluster ligt in één gemeente: Sluis ligt buiten Gemeente Lindewaard.")
    }

    func testOneMunicipalityMissing() {
        var b = DossierBuilder()
        b.add("parks", ["name": "Noord", "municipality": "Gemeente Lindewaard"])
        b.add("parks", ["name": "Haven"])
        let r = b.check("KVO-3.1.1-ONE-MUNICIPALITY")
        XCTAssertEqual(r.status, .notAssessable)
        XCTAssertTrue(r.message.en.contains("not recorded for Haven (P-2)"), r.message.en)
        XCTAssertTrue(r.message.en.contains("set P-2 municipality=\"Gemeente NAME\""), r.message.en)
    }

    // MARK: KVO-3.1.1-FORMAL-NAME

    func testFormalName() {
        var b = DossierBuilder()
        b.add("parks", ["name": "Noord", "formalName": "Bedrijventerrein Kanaalzone-Noord", "destination": "bedrijventerrein"])
        XCTAssertEqual(b.check("KVO-3.1.1-FORMAL-NAME").status, .notApplicable)
        b.add("parks", ["name": "Haven", "formalName": "Bedrijventerrein Havenkwartier", "destination": "Bedrijventerrein"])
        let ok = b.check("KVO-3.1.1-FORMAL-NAME")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("Noord = Bedrijventerrein Kanaalzone-Noord, Haven = Bedrijventerrein Havenkwartier"), ok.message.en)
        b.add("parks", ["name": "Sluis", "destination": "gemengd"])
        let bad = b.check("KVO-3.1.1-FORMAL-NAME")
        XCTAssertEqual(bad.status, .fail)
        XCTAssertTrue(bad.message.en.contains("Sluis has no formal name recorded; Sluis has the destination \"gemengd\", not \"bedrijventerrein\""), bad.message.en)
        XCTAssertTrue(bad.shortfall?.en.contains("set P-3 formalName=") == true)
        XCTAssertTrue(bad.message.nl.contains("Sluis heeft de bestemming \"gemengd\""), bad.message.nl)
    }

    func testFormalNameDestinationMissing() {
        var b = DossierBuilder()
        b.add("parks", ["name": "Noord", "formalName": "Bedrijventerrein Noord", "destination": "bedrijventerrein"])
        b.add("parks", ["name": "Zuid", "formalName": "Bedrijventerrein Zuid"])
        let r = b.check("KVO-3.1.1-FORMAL-NAME")
        XCTAssertEqual(r.status, .notAssessable)
        XCTAssertTrue(r.message.en.contains("not recorded for Zuid (P-2)"), r.message.en)
        XCTAssertTrue(r.message.en.contains("set P-2 destination=bedrijventerrein"), r.message.en)
    }

    // MARK: KVO-3.1.1-PARK-REPRESENTED

    func testParkRepresented() {
        var b = DossierBuilder()
        b.add("parks", ["name": "Noord"])
        b.add("parks", ["name": "Haven"])
        b.add("parks", ["name": "Sluis"])
        XCTAssertEqual(b.check("KVO-3.1.1-PARK-REPRESENTED").status, .notAssessable)
        b.add("parties", ["name": "Ondernemerskring", "type": "association"])
        b.add("members", ["name": "Petra Hoekstra", "party": "PA-1", "park": "P-1"])
        b.add("members", ["name": "Dirk Zwart", "party": "PA-1", "park": "P-2"])
        b.add("members", ["name": "Linda Kroes", "party": "PA-1"])
        let short = b.check("KVO-3.1.1-PARK-REPRESENTED")
        XCTAssertEqual(short.status, .fail)
        XCTAssertTrue(short.message.en.hasPrefix("1 of 3 parks of the cluster has no representative in the workgroup: Sluis (P-3)"), short.message.en)
        XCTAssertTrue(short.shortfall?.en.contains("park=P-3") == true)
        XCTAssertTrue(short.message.nl.contains("Sluis (P-3)"), short.message.nl)
        b.update("MB-3", ["park": "P-3"])
        let ok = b.check("KVO-3.1.1-PARK-REPRESENTED")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("Noord (Petra Hoekstra), Haven (Dirk Zwart), Sluis (Linda Kroes)"), ok.message.en)
    }

    func testParkRepresentedSinglePark() {
        var b = DossierBuilder()
        b.add("parks", ["name": "De Hoek"])
        XCTAssertEqual(b.check("KVO-3.1.1-PARK-REPRESENTED").status, .notApplicable)
    }

    // MARK: KVO-3.1.1-COORDINATOR

    func testCoordinator() {
        var b = DossierBuilder()
        b.add("parks", ["name": "Noord"])
        XCTAssertEqual(b.check("KVO-3.1.1-COORDINATOR").status, .notApplicable)
        b.add("parks", ["name": "Zuid"])
        let none = b.check("KVO-3.1.1-COORDINATOR")
        XCTAssertEqual(none.status, .fail)
        XCTAssertEqual(none.message.en, "No coordinating organisation is recorded for the cluster of 2 parks.")
        XCTAssertTrue(none.shortfall?.en.contains("set organisation coordinator=") == true)
        XCTAssertEqual(none.message.nl, "Voor het cluster van 2 terreinen is geen overkoepelende organisatie vastgelegd.")
        b.set("organisation", ["coordinator": "Stichting Parkmanagement Kanaalzone"])
        let ok = b.check("KVO-3.1.1-COORDINATOR")
        XCTAssertEqual(ok.status, .pass)
        XCTAssertTrue(ok.message.en.contains("\"Stichting Parkmanagement Kanaalzone\""), ok.message.en)
    }

    // MARK: the example dossiers

    func testExampleDossiers() throws {
        let hoek = try AreaWorkgroupExample.load("de-hoek.json")
        for id in ["KVO-3.1-AREA-DELINEATED", "KVO-3.1-MAX-ENTREPRENEURS", "KVO-3.1-ADJACENT-MARKED"] {
            XCTAssertEqual(hoek.check(id).status, .pass, id)
        }
        for id in ["KVO-3.1.1-CLUSTER-SIZE", "KVO-3.1.1-ONE-MUNICIPALITY", "KVO-3.1.1-FORMAL-NAME", "KVO-3.1.1-PARK-REPRESENTED", "KVO-3.1.1-COORDINATOR"] {
            XCTAssertEqual(hoek.check(id).status, .notApplicable, id)
        }
        let cluster = try AreaWorkgroupExample.load("cluster-kanaalzone.json")
        for id in ["KVO-3.1-AREA-DELINEATED", "KVO-3.1-MAX-ENTREPRENEURS", "KVO-3.1-ADJACENT-MARKED", "KVO-3.1.1-CLUSTER-SIZE",
                   "KVO-3.1.1-ONE-MUNICIPALITY", "KVO-3.1.1-FORMAL-NAME", "KVO-3.1.1-PARK-REPRESENTED", "KVO-3.1.1-COORDINATOR"] {
            XCTAssertEqual(cluster.check(id).status, .pass, "\(id): \(cluster.check(id).message.en)")
        }
        XCTAssertTrue(cluster.check("KVO-3.1.1-PARK-REPRESENTED").message.en.contains("Havenkwartier (Dirk Zwart, Ilse Dekker)"))
    }
}

/// A dossier of examples/, for checking rules on real data.
struct AreaWorkgroupExample {
    let dossier: Dossier

    static func load(_ name: String) throws -> AreaWorkgroupExample {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../examples/\(name)").standardized
        let data = try Data(contentsOf: url)
        return AreaWorkgroupExample(dossier: try Dossier.load([UInt8](data)))
    }

    func check(_ id: String, asOf: String = "2026-01-01") -> CheckResult {
        Checker.check(RuleCatalogue.handbook.rule(id)!, CheckContext(dossier: dossier, asOf: Day(asOf)!))
    }
}
