import XCTest
import KVOModel
@testable import KVOScript

/// explain, rules and check in English and in Dutch: the handbook quoted whole and clean, the
/// Dutch rule text first in a Dutch session, and no English label left in Dutch.
final class ExplainLanguageTests: XCTestCase {
    func run(_ text: String, language: Language) -> (out: String, err: String) {
        let output = BufferedOutput()
        let options = SessionOptions(today: Day("2025-03-01")!, safeRoot: ".", language: language, environmentLanguage: language)
        let interpreter = Interpreter(options: options, output: output)
        _ = ScriptRunner.run([SourceFile(name: "t.kvo", text: text, directory: ".")], with: interpreter)
        return (output.output, output.errors)
    }

    func testExplainQuotesTheWholeParagraphWithItsTable() {
        for language in Language.allCases {
            let out = run("explain KVO-4.1.1-RESPONSE", language: language).out
            XCTAssertTrue(out.contains("Minimale respons"), out)
            XCTAssertTrue(out.contains("AANTAL ONDERNEMERS KVO-BEDRIJVENTERREIN  MINIMALE RESPONS OP ENQUÊTE"), out)
            XCTAssertTrue(out.contains("  51 – 100"), out)
            XCTAssertTrue(out.contains("De respons-eis is per bedrijventerrein"), out)
            XCTAssertFalse(out.contains("<"), out)
            XCTAssertFalse(out.contains("\t"), out)
        }
    }

    func testExplainInDutchPutsTheDutchRuleFirst() {
        let nl = run("explain KVO-4.1.1-RESPONSE", language: .nl).out
        XCTAssertTrue(nl.hasPrefix("KVO-4.1.1-RESPONSE\n  §4.1.1 · eis · altijd · Veiligheidsanalyse\n\nDe regel:\n  Per bedrijventerrein haalt de respons"), nl)
        for english in ["The rule", "What its level", "Reads from", "Record them", "Handbook", "Per park, responses"] {
            XCTAssertFalse(nl.contains(english), english)
        }
        XCTAssertTrue(nl.contains("Handboek §4.1.1 Enquête:"), nl)
        XCTAssertTrue(nl.contains("Vastleggen met: voegtoe park VELD=WAARDE"), nl)
        let en = run("explain KVO-4.1.1-RESPONSE", language: .en).out
        XCTAssertTrue(en.hasPrefix("KVO-4.1.1-RESPONSE\n  §4.1.1 · must · always · Safety analysis\n\nThe rule:\n  Per park, responses"), en)
        XCTAssertTrue(en.contains("Handbook §4.1.1 Enquête (Dutch, the final word):"), en)
    }

    func testRulesInDutch() {
        let list = run("rules §3.1.1", language: .nl).out
        XCTAssertTrue(list.contains("KVO-3.1.1-CLUSTER-SIZE      §3.1.1  eis     altijd\n"), list)
        XCTAssertTrue(list.hasSuffix("5 regels\n"), list)
        let one = run("rules KVO-3.3-CHAIR", language: .nl).out
        XCTAssertEqual(one, "KVO-3.3-CHAIR\n  §3.3 · eis · altijd · Werkgroep\n  Er is een voorzitter benoemd; bij voorkeur een ondernemer (advies).\n")
        XCTAssertTrue(run("rules KVO-9.*", language: .nl).err.contains("geen regel past bij 'KVO-9.*'"))
    }
}
