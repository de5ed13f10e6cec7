import XCTest
import KVOModel
@testable import KVOReports

final class CertificateNamingTests: XCTestCase {
    let parks = [CertificateNaming.Park(name: "Noord", formalName: "Bedrijventerrein Testzone-Noord"),
                 CertificateNaming.Park(name: "Haven", formalName: "Bedrijventerrein Havenkwartier"),
                 CertificateNaming.Park(name: "Sluis", formalName: "Bedrijventerrein Sluisweide")]

    func testOneParkCarriesItsOwnName() {
        let n = CertificateNaming.make(parks: [parks[0]], clusterName: "KVO Test", recorded: nil)
        XCTAssertEqual(n.title, "Bedrijventerrein Testzone-Noord")
        XCTAssertEqual(n.parkNames, [])
        XCTAssertEqual(n.option, .park)
        XCTAssertNil(n.problem)
        let wrong = CertificateNaming.make(parks: [parks[0]], clusterName: nil, recorded: "Regio Oost")
        XCTAssertEqual(wrong.problem?.en, "the recorded name \"Regio Oost\" is not the park's own name \"Bedrijventerrein Testzone-Noord\"")
        XCTAssertNil(CertificateNaming.make(parks: [parks[0]], clusterName: nil, recorded: "KVO Noord").problem)
    }

    func testAClusterGetsItsNameWithAllParkNamesUnderIt() {
        let n = CertificateNaming.make(parks: parks, clusterName: "KVO-cluster Testzone", recorded: nil)
        XCTAssertEqual(n.title, "KVO-cluster Testzone")
        XCTAssertEqual(n.parkNames, ["Bedrijventerrein Testzone-Noord", "Bedrijventerrein Havenkwartier", "Bedrijventerrein Sluisweide"])
        XCTAssertEqual(n.option, .clusterAllParks)
        XCTAssertNil(n.problem)
        XCTAssertTrue(n.explanation.nl.contains("Elk terrein ontvangt hetzelfde certificaat"))
    }

    func testARecordedClusterNameIsGenericOrNamesEveryPark() {
        let generic = CertificateNaming.make(parks: parks, clusterName: nil, recorded: "KVO-gebied Kanaalzone")
        XCTAssertEqual(generic.option, .clusterGeneric)
        XCTAssertNil(generic.problem)
        let all = CertificateNaming.make(parks: parks, clusterName: nil, recorded: "Noord, Haven en Sluis")
        XCTAssertEqual(all.option, .clusterAllParks)
        XCTAssertNil(all.problem)
        let some = CertificateNaming.make(parks: parks, clusterName: nil, recorded: "Noord en Haven")
        XCTAssertNil(some.option)
        XCTAssertEqual(some.problem?.en, "the recorded name \"Noord en Haven\" names Bedrijventerrein Testzone-Noord and Bedrijventerrein Havenkwartier but not Bedrijventerrein Sluisweide; name all parks or use a generic cluster name")
    }

    func testSeparateCertificatesPerParkAreNotPossible() {
        let n = CertificateNaming.make(parks: parks, clusterName: "KVO-cluster Testzone", recorded: "Noord", certificates: 3)
        XCTAssertEqual(n.problem?.nl, "het cluster heeft 3 aparte certificaten; een cluster krijgt één certificaat voor het hele cluster")
    }
}

final class CertificateDraftTests: XCTestCase {
    func testAClusterWithoutCertificateListsWhatIsMissing() {
        let draft = CertificateDraft.make(TestDossier.context(TestDossier.cluster))
        XCTAssertFalse(draft.isComplete)
        XCTAssertEqual(draft.missing.map(\.key), ["body", "bodyAddress", "covenant", "statement", "issued", "number", "signatory", "signatoryFunction"])
        XCTAssertEqual(draft.missing.first?.hint.en, "add certificate body=\"NAME\"")
        XCTAssertEqual(draft.missing.first?.hint.nl, "voegtoe certificaat body=\"NAAM\"")
        XCTAssertEqual(draft.value("collaboration"), "KVO-cluster Testzone")
        XCTAssertEqual(draft.value("collaborationAddress"), "Havenweg 2, 7741 AB Testhaven")
        XCTAssertEqual(draft.value("location"), "Testhaven")
        XCTAssertEqual(draft.value("area"), "KVO-cluster Testzone\nBedrijventerrein Testzone-Noord\nBedrijventerrein Havenkwartier\nBedrijventerrein Sluisweide")
        let text = MarkdownRenderer(charts: .inline).render(draft.document())[0].contents
        XCTAssertTrue(text.contains("## Ontbreekt (§7.2)"))
        XCTAssertTrue(text.contains("| Certificaatnummer | voegtoe certificaat number=\"NUMMER\" |"))
        XCTAssertFalse(text.contains("verklaart dat"))
    }

    func testEveryFieldFromTheDossierMakesTheCertificateText() {
        var d = TestDossier.park
        let kind = d.schema.kind(named: "certificates")!
        d.put(Record(fields: ["id": .string("CE-1"), "body": .string("Stichting Keur"), "bodyAddress": .string("Postbus 1, 3500 AA Utrecht"),
                              "issued": .string("2025-07-01"), "number": .string("KVO-1"), "signatory": .string("M. Jansen"),
                              "signatoryFunction": .string("Schemamanager")]), kind: kind)
        let draft = CertificateDraft.make(TestDossier.context(d))
        XCTAssertEqual(draft.missing.map(\.key), [])
        XCTAssertTrue(draft.isComplete)
        // Fields the certificate record lacks come from the rest of the dossier.
        XCTAssertEqual(draft.value("collaboration"), "KVO-werkgroep Teststraat")
        XCTAssertEqual(draft.fields.first { $0.key == "collaboration" }?.source, Message(en: "organisation", nl: "samenwerkingsverband"))
        XCTAssertEqual(draft.fields.first { $0.key == "area" }?.source, Message(en: "the parks (§7.3)", nl: "de terreinen (§7.3)"))
        XCTAssertEqual(draft.value("area"), "Bedrijventerrein De Test")
        XCTAssertEqual(draft.value("covenant"), "Samenwerkingsovereenkomst De Test, versie 1.0, 1 juni 2024")
        XCTAssertEqual(draft.value("statement"),
                       "Stichting Keur verklaart dat het KVO-samenwerkingsverband KVO-werkgroep Teststraat voldoet aan de eisen van het KVO Handboek Bedrijventerreinen, versie 4.0")
        let text = MarkdownRenderer(charts: .inline).render(draft.document())[0].contents
        XCTAssertTrue(text.contains("- **Geldig tot en met:** 30 juni 2028"))
        XCTAssertTrue(text.contains("De status van dit certificaat kan nagegaan worden bij Stichting Keur."))
        XCTAssertTrue(text.contains("Dit certificaat blijft eigendom van Stichting Keur."))
        XCTAssertTrue(text.contains("Handtekening: M. Jansen, Schemamanager"))
        XCTAssertTrue(text.contains("geen positief certificeringsbesluit"))
    }
}
