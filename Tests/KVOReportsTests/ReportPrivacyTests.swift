import XCTest
import Foundation
import KVOModel
@testable import KVOReports

/// Reports made without personal data show no phone number or e-mail address of the dossier:
/// not the members' (fields marked personal) and not those typed into answers, findings,
/// measures and minutes.
final class ReportPrivacyTests: XCTestCase {
    let contacts = ["06-11112222", "jan@jansen.example.nl", "e.smit@testdorp.example.nl", "06-99998888", "piet@bedrijf.example.nl",
                    "+31 20 123 4567", "040-1234567", "kees@wachtpost.example.nl"]

    func allPages(_ c: ReportContext) -> [String] {
        var documents = ReportKind.allCases.compactMap { $0.document(c) }
        documents += [CompositionReport.make(c), MeetingsReport.make(c), MeasuresMatrixReport.make(c), EvaluationReport.make(c),
                      CertificateDraft.make(c).document()]
        var pages = documents.flatMap { d in OutputFormat.documentPages.flatMap { $0.files(d, inlineCharts: true).map(\.contents) } }
        pages += OutputFormat.documentPages.flatMap { AuditPack.files(c, format: $0).map(\.contents) }
        return pages
    }

    func testNoContactDataWithoutPersonalData() {
        let pages = allPages(TestDossier.context(TestDossier.park))
        XCTAssertGreaterThan(pages.count, 20)
        for page in pages {
            for contact in contacts { XCTAssertFalse(page.contains(contact), "\(contact) in a report") }
            // An "@" outside the stylesheet (its @media rule).
            let text = page.components(separatedBy: "</style>").last!
            XCTAssertFalse(text.contains("@"), "an @ in a report")
        }
        // The open answer is there in full, with the contact data replaced.
        let survey = HTMLRenderer().render(SurveyReport.make(TestDossier.context(TestDossier.park)))
        XCTAssertTrue(survey.contains("<p>Bel me gerust op [telefoonnummer weggelaten] of mail [e-mailadres weggelaten], of [telefoonnummer weggelaten].</p>"))
    }

    func testWithPersonalDataTheyAppearWhereTheyBelong() {
        let c = TestDossier.context(TestDossier.park, personal: true)
        let composition = HTMLRenderer().render(CompositionReport.make(c))
        XCTAssertTrue(composition.contains("<td>06-11112222</td><td>jan@jansen.example.nl</td>"))
        XCTAssertTrue(composition.contains("<th>telefoon</th><th>e-mail</th>"))
        XCTAssertTrue(composition.contains("niet voor publicatie"))
        let survey = MarkdownRenderer(charts: .inline).render(SurveyReport.make(c))[0].contents
        XCTAssertTrue(survey.contains("06-99998888 of mail piet@bedrijf.example.nl, of +31 20 123 4567."))
        let pages = allPages(c).joined()
        for contact in contacts { XCTAssertTrue(pages.contains(contact), contact) }
    }

    func testPersonalFieldsAreLeftOutByTheSchemaNotByName() {
        let without = HTMLRenderer().render(CompositionReport.make(TestDossier.context(TestDossier.park)))
        XCTAssertFalse(without.contains("<th>telefoon</th>"))
        XCTAssertFalse(without.contains("<th>e-mail</th>"))
        XCTAssertTrue(without.contains("<td>Jan Jansen</td><td>Ondernemersvereniging De Test</td><td>voorzitter</td>"))
        let personal = Schema.dossier.kind(named: "members")!.fields.filter(\.personal).map(\.name)
        XCTAssertEqual(personal, ["phone", "email"])
    }
}
