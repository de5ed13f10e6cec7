import XCTest
@testable import KVOReports

final class MarkupTests: XCTestCase {
    func testXMLEscapesEverySpecialCharacter() {
        XCTAssertEqual(Markup.escapeXML("<script>alert(\"x\") & 'y'</script>"),
                       "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;")
        XCTAssertEqual(Markup.escapeXML("Café é ✓"), "Café é ✓")
        XCTAssertEqual(Markup.escapeXML("a\u{1}b"), "a b")
    }

    func testMarkdownEscapesWhatWouldBecomeMarkup() {
        XCTAssertEqual(Markup.escapeMarkdown("*vet* en _schuin_ | [link](x) <b>", keepLines: false),
                       "\\*vet\\* en \\_schuin\\_ \\| \\[link\\](x) \\<b\\>")
        XCTAssertEqual(Markup.escapeMarkdown("# geen kop", keepLines: false), "\\# geen kop")
        XCTAssertEqual(Markup.escapeMarkdown("- geen lijst", keepLines: false), "\\- geen lijst")
        XCTAssertEqual(Markup.escapeMarkdown("1. geen lijst", keepLines: false), "1\\. geen lijst")
        XCTAssertEqual(Markup.escapeMarkdown("Hoekerweg 12-14 # niet aan het begin", keepLines: false), "Hoekerweg 12-14 # niet aan het begin")
        XCTAssertEqual(Markup.escapeMarkdown("een\ntwee", keepLines: false), "een twee")
        XCTAssertEqual(Markup.escapeMarkdown("een\r\n# twee", keepLines: true), "een  \n\\# twee")
    }

    func testSlug() {
        XCTAssertEqual(Markup.slug("Enquête (§4.1.1)"), "enquete-4-1-1")
        XCTAssertEqual(Markup.slug("  "), "section")
    }
}
