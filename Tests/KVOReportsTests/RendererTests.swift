import XCTest
import Foundation
@testable import KVOReports

final class RendererTests: XCTestCase {
    let chart = BarChart(title: "Respons", categories: ["Noord"], series: [BarChart.Series(name: "respons", values: [31], labels: ["31"])])

    var document: Document {
        Document(title: "Rapport <1> & \"zo\"", preface: ["Stand per 1 maart 2025"], language: .nl, blocks: [
            .heading(2, "Kop <h2>"),
            .paragraph("Tekst met <script>alert(1)</script> & *sterren*"),
            .facts([Fact("Datum", "1 maart 2025")]),
            .table(Table(headers: ["a|b", "n"], rows: [["<td>", "3"], ["groep"]], numeric: [1], spanning: [1])),
            .chart(chart),
            .quotes([Quote("Letterlijk \"antwoord\"\nmet twee regels", source: "Noord")]),
            .numbered([NumberedItem(number: "Foto 3", title: "Industrieweg", details: [Fact("Wie", "Gemeente")])]),
            .links([Link("Deel 1", target: "1-deel.html", description: "uitleg")]),
            .note("ontbreekt"),
        ], fileName: "rapport")
    }

    func testHTMLIsOneSelfContainedPageWithEverythingEscaped() {
        let html = HTMLRenderer().render(document)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("<title>Rapport &lt;1&gt; &amp; &quot;zo&quot;</title>"))
        XCTAssertTrue(html.contains("<style>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<td><td>"))
        XCTAssertTrue(html.contains("<td>&lt;td&gt;</td><td class=\"num\">3</td>"))
        XCTAssertTrue(html.contains("<tr class=\"group\"><td colspan=\"2\">groep</td></tr>"))
        XCTAssertTrue(html.contains("<h2 id=\"kop-h2\">Kop &lt;h2&gt;</h2>"))
        XCTAssertTrue(html.contains("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertTrue(html.contains("Letterlijk &quot;antwoord&quot;<br>\nmet twee regels"))
        XCTAssertTrue(html.contains("<a href=\"1-deel.html\">Deel 1</a>: uitleg"))
        // Nothing to fetch: no external links, scripts, fonts or pictures.
        XCTAssertFalse(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http"))
        XCTAssertFalse(html.contains("src="))
        XCTAssertFalse(html.contains("@import"))
        XCTAssertTrue(html.hasSuffix("</html>\n"))
    }

    func testMarkdownWithInlineCharts() {
        let files = MarkdownRenderer(charts: .inline).render(document)
        XCTAssertEqual(files.map(\.name), ["rapport.md"])
        let md = files[0].contents
        XCTAssertTrue(md.hasPrefix("# Rapport \\<1\\> & \"zo\"\n\nStand per 1 maart 2025\n\n## Kop \\<h2\\>\n"))
        XCTAssertTrue(md.contains("Tekst met \\<script\\>alert(1)\\</script\\> & \\*sterren\\*"))
        XCTAssertTrue(md.contains("| a\\|b | n |\n|---|---:|\n| \\<td\\> | 3 |\n| **groep** | |\n"))
        XCTAssertTrue(md.contains("\n<svg xmlns="))
        XCTAssertTrue(md.contains("> Letterlijk \"antwoord\"  \n> met twee regels\n>\n> — Noord"))
        XCTAssertTrue(md.contains("- **Foto 3.** **Industrieweg**\n  - Wie: Gemeente"))
        XCTAssertTrue(md.contains("- [Deel 1](1-deel.html): uitleg"))
    }

    func testMarkdownWithChartFilesBesideIt() {
        let files = MarkdownRenderer(charts: .files).render(document)
        XCTAssertEqual(files.map(\.name), ["rapport.md", "rapport-1.svg"])
        XCTAssertTrue(files[0].contents.contains("![Respons](rapport-1.svg)"))
        XCTAssertFalse(files[0].contents.contains("<svg"))
        XCTAssertTrue(files[1].contents.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns="))
    }
}
