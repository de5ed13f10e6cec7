import XCTest
import KVOModel
import KVOReports

/// The composition report lists the workgroup as it is on the report's date (kvo-dossier/2
/// member `joined`/`left`): a member who has left by then is a former member, not a current one.
final class CompositionMembershipTests: XCTestCase {
    static let json = """
        {"format": "kvo-dossier/2", "name": "KVO Test",
         "parks": [{"id": "P-1", "name": "De Test"}],
         "parties": [{"id": "PA-1", "name": "Ondernemersvereniging De Test", "type": "association"},
                     {"id": "PA-2", "name": "Gemeente Testdorp", "type": "municipality"},
                     {"id": "PA-3", "name": "Brandweer Regio Test", "type": "fire-region"}],
         "members": [{"id": "MB-1", "name": "Jan Jansen", "party": "PA-1", "joined": "2023-01-15"},
                     {"id": "MB-2", "name": "Els Smit", "party": "PA-2", "joined": "2023-01-15", "left": "2025-06-30"},
                     {"id": "MB-3", "name": "Piet de Boer", "party": "PA-2", "left": "2025-12-31"},
                     {"id": "MB-4", "name": "Kees Bakker", "party": "PA-2", "left": "2026-03-01"},
                     {"id": "MB-5", "name": "Anna Vos", "party": "PA-3", "joined": "2026-02-01"}]
        }
        """

    func html(_ json: String, asOf: String = "2026-01-01") -> String {
        let c = ReportContext(dossier: TestDossier.load(json), asOf: Day(asOf)!, language: .nl)
        return HTMLRenderer().render(CompositionReport.make(c))
    }

    /// The members table: the rows between its header and the end of the table.
    func membersTable(_ page: String) -> String {
        guard let start = page.range(of: "Leden van de werkgroep") else { return "" }
        let rest = page[start.upperBound...]
        return String(rest[..<(rest.range(of: "</table>")?.lowerBound ?? rest.endIndex)])
    }

    func testMembersWhoLeftByTheReportDateAreFormerMembers() {
        let page = html(Self.json)
        let table = membersTable(page)
        XCTAssertTrue(table.contains("Jan Jansen"))
        XCTAssertTrue(table.contains("Kees Bakker"), "leaves after the report's date: still a member")
        XCTAssertFalse(table.contains("Els Smit"), "left before the report's date")
        XCTAssertFalse(table.contains("Piet de Boer"), "left the day before the report's date")
        XCTAssertFalse(table.contains("Anna Vos"), "joins after the report's date")
        XCTAssertTrue(page.contains("Oud-leden"))
        XCTAssertTrue(page.contains("Els Smit (Gemeente Testdorp), vertrokken 30 juni 2025"))
        XCTAssertTrue(page.contains("Piet de Boer (Gemeente Testdorp), vertrokken 31 december 2025"))
        XCTAssertFalse(table.contains("<th>vertrokken</th>"))
    }

    func testPartiesCountTheirCurrentMembers() {
        let page = html(Self.json)
        XCTAssertTrue(page.contains("<td>Gemeente Testdorp</td><td>gemeente</td><td class=\"num\">1</td>"), page)
        XCTAssertTrue(page.contains("<td>Brandweer Regio Test</td><td>brandweer van de veiligheidsregio</td><td class=\"num\">0</td>"))
    }

    func testMemberSinceOnlyWhereADateIsKnown() {
        let table = membersTable(html(Self.json))
        XCTAssertTrue(table.contains("<th>lid sinds</th>"))
        XCTAssertTrue(table.contains("15 januari 2023"))
        // Without any joining date the column says nothing, so it is left out.
        let without = membersTable(html(TestDossier.parkJSON))
        XCTAssertTrue(without.contains("Jan Jansen"))
        XCTAssertFalse(without.contains("lid sinds"))
        XCTAssertFalse(without.contains("vertrokken"))
    }

    func testEarlierReportDateShowsTheWorkgroupAsItWasThen() {
        let table = membersTable(html(Self.json, asOf: "2025-01-01"))
        XCTAssertTrue(table.contains("Els Smit"))
        XCTAssertTrue(table.contains("Piet de Boer"))
        XCTAssertFalse(table.contains("Anna Vos"))
    }
}
