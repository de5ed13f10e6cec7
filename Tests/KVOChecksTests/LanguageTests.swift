import XCTest
import KVOModel
@testable import KVOChecks

/// The rules, statuses, summaries and the handbook's text in both languages.
final class LanguageTests: XCTestCase {
    /// Every rule has its Dutch restatement, and the Dutch table names no ID that is not a rule.
    func testEveryRuleHasDutchText() {
        let ids = Set(RuleCatalogue.handbook.ids)
        for rule in RuleCatalogue.handbook.rules {
            XCTAssertFalse(rule.text.nl.isEmpty, "\(rule.id) has no Dutch text")
            XCTAssertNotEqual(rule.text.nl, rule.text.en, rule.id)
            XCTAssertFalse(rule.text.nl.contains("`"), rule.id)
        }
        XCTAssertEqual(RuleCatalogue.dutchText.count, 80)
        for id in RuleCatalogue.dutchText.keys { XCTAssertTrue(ids.contains(id), "\(id) in the Dutch table is no rule") }
        let response = RuleCatalogue.handbook.rule("KVO-4.1.1-RESPONSE")!
        XCTAssertTrue(response.text.nl.contains("De respons-eis geldt per bedrijventerrein"))
        XCTAssertTrue(response.text.en.hasPrefix("Per park, responses ÷ entrepreneurs"))
    }

    func testSectionLevelAndWhenWordsInDutch() {
        for rule in RuleCatalogue.handbook.rules {
            XCTAssertEqual(rule.sectionName.en, rule.section)
            if rule.section != "Audit" { XCTAssertNotEqual(rule.sectionName.nl, rule.section, rule.id) }
        }
        let rule = RuleCatalogue.handbook.rule("KVO-3.6-DOCSET-FIRST")!
        XCTAssertEqual(rule.sectionName.nl, "Documenten en communicatie")
        XCTAssertEqual(RuleCatalogue.handbook.rule("KVO-4.1-VA-WRITTEN")!.sectionName.nl, "Veiligheidsanalyse")
        XCTAssertEqual(rule.level.name.nl, "eis")
        XCTAssertEqual(Rule.Level.should.name.nl, "advies")
        XCTAssertEqual(rule.when.name.nl, "eerste certificering")
        XCTAssertEqual(Rule.When.renewal.name.nl, "hercertificering")
        XCTAssertEqual(Rule.When.always.name.en, "always")
        XCTAssertEqual(CheckStatus.notApplicable.name.nl, "n.v.t.")
        XCTAssertEqual(CheckStatus.notApplicable.name.en, CheckStatus.notApplicable.rawValue)
        for status in CheckStatus.allCases { XCTAssertEqual(status.name.en, status.rawValue) }
    }

    func testSummaryInBothLanguages() {
        let rule = RuleCatalogue.handbook.rule("KVO-3.2-POLICE")!
        let results = [CheckResult(rule: rule, status: .pass, message: .verbatim("x")),
                       CheckResult(rule: rule, status: .warn, message: .verbatim("y")),
                       CheckResult(rule: rule, status: .notAssessable, message: .verbatim("z"))]
        let en = CheckReport(results: results, language: .en), nl = CheckReport(results: results, language: .nl)
        XCTAssertEqual(en.summary, "3 rules: 1 passed, 0 failed, 1 warning, 0 n/a, 0 waived, 1 not assessable")
        XCTAssertEqual(nl.summary, "3 regels: 1 voldaan, 0 niet voldaan, 1 waarschuwing, 0 n.v.t., 0 ontheffing, 1 niet te beoordelen")
        XCTAssertEqual(CheckReport.headers.map(\.nl), ["regel", "§", "status", "bevinding"])
        var short = CheckResult(rule: rule, status: .fail, message: Message(en: "Not met.", nl: "Niet voldaan."),
                                shortfall: Message(en: "add one.", nl: "voeg er een toe."))
        XCTAssertEqual(nl.sentence(short), "Niet voldaan. Tekort: voeg er een toe.")
        short.status = .pass
        XCTAssertEqual(en.sentence(short), "Not met.")
    }

    /// Dutch messages of the rules come out Dutch: numbers with a decimal comma and "25,8 %".
    func testRuleMessagesInDutch() throws {
        var b = DossierBuilder()
        b.add("parks", ["name": "Noord", "entrepreneurs": 120, "surveyResponses": 31])
        let r = b.check("KVO-4.1.1-RESPONSE")
        XCTAssertEqual(r.message.nl, "Noord: 31 van 120 ondernemers reageerden = 25,8 %, nodig 20 % (24 reacties).")
        XCTAssertEqual(r.message.en, "Noord: 31 of 120 entrepreneurs responded = 25.8%, needs 20% (24 responses).")
    }

    /// The handbook paragraph is whole (subheadings and tables included) and clean of markup.
    func testHandbookParagraphsAreWholeAndClean() {
        let p = HandbookText.paragraph("4.1.1")!
        XCTAssertTrue(p.text.contains("\nMinimale respons\n"))
        XCTAssertTrue(p.text.contains("De respons-eis is per bedrijventerrein; ook als er sprake is van een Cluster."))
        XCTAssertTrue(p.text.contains("Sociale Veiligheid\tMinimaal 2"))
        for paragraph in HandbookText.paragraphs {
            for tag in ["<b>", "</b>", "<li>", "<ul", "<sup>", "\\*", "](http"] {
                XCTAssertFalse(paragraph.text.contains(tag), "§\(paragraph.number) holds \(tag)")
            }
        }
        XCTAssertTrue(HandbookText.paragraph("4.4.1")!.text.contains("Evaluatie op de samenwerking en processtappen"))
        XCTAssertFalse(HandbookText.paragraph("B1.5")!.text.contains("Churchillaan"))
        XCTAssertTrue(HandbookText.paragraph("B1.2")!.text.contains("B1.2.5 Het samenwerkingsverband houdt een administratie bij"))
    }

    /// Tables are laid out as aligned plain-text columns, wrapped within the width.
    func testHandbookTablesAreAligned() {
        let lines = HandbookText.lines(HandbookText.paragraph("4.1.1")!.text, width: 98)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 98 }, lines.filter { $0.count > 98 }.joined(separator: "\n"))
        let rows = lines.filter { $0.hasPrefix("0 – 50") || $0.hasPrefix("51 – 100") || $0.hasPrefix("101 - 600") || $0.hasPrefix("AANTAL ONDERNEMERS") }
        XCTAssertEqual(rows.count, 4, lines.joined(separator: "\n"))
        XCTAssertEqual(rows[1], "0 – 50" + String(repeating: " ", count: "AANTAL ONDERNEMERS KVO-BEDRIJVENTERREIN".count - 6 + 2) + "40 %")
        XCTAssertEqual(rows[0], "AANTAL ONDERNEMERS KVO-BEDRIJVENTERREIN  MINIMALE RESPONS OP ENQUÊTE")
        XCTAssertEqual(rows[3], "101 - 600" + String(repeating: " ", count: "AANTAL ONDERNEMERS KVO-BEDRIJVENTERREIN".count - 9 + 2) + "20 %")
        let narrow = HandbookText.lines("kort\teen veel langere cel die moet worden afgebroken om te passen", width: 30)
        XCTAssertEqual(narrow, ["kort  een veel langere cel die", "      moet worden afgebroken", "      om te passen"])
        XCTAssertEqual(HandbookText.lines("- een lijstpunt dat over meer regels loopt", width: 22),
                       ["- een lijstpunt dat", "  over meer regels", "  loopt"])
    }
}
