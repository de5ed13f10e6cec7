import XCTest
import KVOModel
@testable import KVOScript

/// Reports are Dutch unless English is asked for: on the command, or with kvo's own --lang; an
/// English LANG alone does not make them English.
final class ReportLanguageTests: XCTestCase {
    static let example: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/examples/de-hoek.json"
    }()

    func firstLine(language: String, given: Bool, command: String = "report inspection") -> String {
        let output = BufferedOutput()
        let options = SessionOptions(readOnly: true, today: Day("2026-11-29")!, safeRoot: "/",
                                     language: given ? Language(rawValue: language) : nil, environmentLanguage: Language(rawValue: language) ?? .en)
        let interpreter = Interpreter(options: options, output: output)
        let code = ScriptRunner.run([SourceFile(name: nil, text: "open --readonly \"\(Self.example)\"\n\(command)\n", directory: "/")], with: interpreter)
        XCTAssertEqual(code, 0, output.errors)
        return output.output.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
    }

    func testDutchByDefaultEvenWithAnEnglishLANG() {
        XCTAssertEqual(firstLine(language: "en", given: false), "# Schouwrapport")
    }

    func testKvoLangEnMakesThemEnglish() {
        XCTAssertEqual(firstLine(language: "en", given: true), "# Inspection report")
    }

    func testTheCommandsOwnLangWins() {
        XCTAssertEqual(firstLine(language: "en", given: true, command: "report inspection --lang nl"), "# Schouwrapport")
    }

    /// Standard output and standard error of a read-only session on the example, with kvo's
    /// --lang when `flag` is given and LANG saying `environment`.
    func run(_ commands: String, flag: Language?, environment: Language = .en) -> (output: String, errors: String) {
        let output = BufferedOutput()
        let options = SessionOptions(readOnly: true, today: Day("2026-11-29")!, safeRoot: "/", language: flag, environmentLanguage: environment)
        let interpreter = Interpreter(options: options, output: output)
        _ = ScriptRunner.run([SourceFile(name: nil, text: "open --readonly \"\(Self.example)\"\n\(commands)\n", directory: "/")], with: interpreter)
        return (output.output, output.errors)
    }

    func testTheReportCommandsErrorsInTheSessionsLanguage() {
        let nl = run("rapport vx", flag: .nl).errors
        XCTAssertTrue(nl.contains("er is geen rapport 'vx'; bedoelt u 'va'?"), nl)
        XCTAssertTrue(nl.contains("rapporten: va, pva, schouw, enquête, auditpakket"), nl)
        let en = run("report vx", flag: .en).errors
        XCTAssertTrue(en.contains("there is no report 'vx'; did you mean 'va'?"), en)
        XCTAssertTrue(en.contains("reports: va, pva, inspection, survey, audit-pack"), en)
        let certificate = run("certificaat klad", flag: .nl).errors
        XCTAssertTrue(certificate.contains("'certificaat' kent 'concept', niet 'klad'"), certificate)
        let format = run("report va --format odt", flag: .nl).errors
        XCTAssertTrue(format.contains("onbekend rapportformaat 'odt'"), format)
        let pdf = run("report va --format pdf", flag: .nl).errors
        XCTAssertTrue(pdf.contains("een PDF- of Word-document wordt in een map geschreven"), pdf)
    }

    func testADutchReportOfTheExampleHasDutchNumbersAndNoEnglishHeadings() {
        let page = run("report va", flag: nil, environment: .en).output
        XCTAssertTrue(page.contains("| De Hoek | 120 | 120 | 31 | 25,8\u{00A0}% | 20\u{00A0}% | 24 | gehaald |"), page)
        for heading in ["## Summary", "## The KVO area", "### Response per park", "## Conclusion and priorities (§4.1.4)"] {
            XCTAssertFalse(page.contains(heading), heading)
        }
        let english = run("report va --lang en", flag: .nl).output
        XCTAssertTrue(english.contains("| De Hoek | 120 | 120 | 31 | 25.8% | 20% | 24 | reached |"), english)
    }
}
