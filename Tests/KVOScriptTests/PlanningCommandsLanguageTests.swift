import XCTest
import KVOModel
@testable import KVOScript

/// evidence, prioritise, plan, matrix, vote and import speak the session's language (issue 10),
/// with Dutch numbers in a Dutch session; Dutch input works in either.
final class PlanningCommandsLanguageTests: XCTestCase {
    static let example: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/examples/de-hoek.json"
    }()

    /// Standard output and errors of a script on the example dossier (or on none).
    func run(_ script: String, language: Language, example: Bool = true) -> (out: String, errors: String) {
        let output = BufferedOutput()
        let options = SessionOptions(readOnly: example, bail: false, today: Day("2026-11-29")!, safeRoot: "/", language: language)
        let interpreter = Interpreter(options: options, output: output)
        let text = (example ? "open --readonly \"\(Self.example)\"\n" : "") + script + "\n"
        _ = ScriptRunner.run([SourceFile(name: "t.kvo", text: text, directory: "/")], with: interpreter)
        return (output.output, output.errors)
    }

    func testEvidenceInDutch() {
        let nl = run("evidence T05", language: .nl)
        XCTAssertTrue(nl.out.contains("enquête: probleem"), nl.out)
        XCTAssertTrue(nl.out.contains("T05    Overlast  58,1\u{00A0}%"), nl.out)
        XCTAssertTrue(nl.out.contains("  enquête De Hoek: 58,1\u{00A0}% meldt een probleem"), nl.out)
        let en = run("evidence T05", language: .en)
        XCTAssertTrue(en.out.contains("T05    Nuisance  58.1%"), en.out)
    }

    func testEvidenceTakesAThemeByDutchNameOrPrefix() {
        XCTAssertTrue(run("evidence overlast", language: .en).out.contains("T05    Nuisance"))
        XCTAssertTrue(run("evidence Brand", language: .nl).out.contains("T07    Brandveiligheid"))
        let ambiguous = run("evidence ond", language: .nl)
        XCTAssertTrue(ambiguous.errors.contains("'ond' kan T04 Onderhoud en beheer of T10 Ondermijning zijn"), ambiguous.errors)
        let typo = run("evidence overlst", language: .en)
        XCTAssertTrue(typo.errors.contains("there is no theme 'overlst'; did you mean 'Overlast'?"), typo.errors)
    }

    func testPrioritiseInDutch() {
        let nl = run("prioritise", language: .nl)
        XCTAssertTrue(nl.out.contains("Overeenstemming (Kendall's W): 0,73 over 5 partijen en 12 thema's."), nl.out)
        XCTAssertTrue(nl.out.contains("Sociale veiligheid"), nl.out)
        XCTAssertTrue(nl.out.contains("57,5"), "Borda points with a decimal comma: \(nl.out)")
        let en = run("prioritise", language: .en)
        XCTAssertTrue(en.out.contains("Agreement (Kendall's W): 0.73 over 5 parties and 12 themes."), en.out)
    }

    func testPlanInDutch() {
        let nl = run("plan --what-if", language: .nl)
        XCTAssertTrue(nl.out.contains("Planjaren 4 maart 2025 t/m 3 maart 2028: 13 kwartalen"), nl.out)
        XCTAssertTrue(nl.out.contains("§4.2.2 doelstellingen per thema"), nl.out)
        XCTAssertTrue(nl.out.contains("planjaar 1: T05 Overlast"), nl.out)
        XCTAssertTrue(nl.out.contains("uur"), nl.out)
        XCTAssertFalse(nl.out.contains("plan year"), nl.out)
        let en = run("plan --what-if", language: .en)
        XCTAssertTrue(en.out.contains("Plan years 2025-03-04 to 2028-03-03: 13 quarters"), en.out)
    }

    func testMatrixInDutchAndItsJSONInEnglish() {
        let nl = run("matrix as table", language: .nl)
        XCTAssertTrue(nl.out.contains("voortgang"), nl.out)
        XCTAssertTrue(nl.out.contains("x gepland, ✓ gereed, ! achter, - vervallen."), nl.out)
        XCTAssertTrue(nl.out.contains("achter per 29 november 2026"), nl.out)
        let json = run("matrix as json", language: .nl)
        XCTAssertTrue(json.out.contains("\"progress\": \"done 2025-05-20\""), "JSON values stay the same in every language")
    }

    func testDutchVotes() {
        let script = """
            new "Stemmen"
            add party "Politie" type=police
            add party "Gemeente" type=municipality
            add party "Brandweer" type=fire-region
            stem politie T05 urgentie=4 middelen=2
            vote gemeente overlast urgency=3 means=2
            stem brandweer T5 rang=1
            stem politie brand urgentie=6
            """
        let nl = run(script, language: .nl, example: false)
        XCTAssertTrue(nl.out.contains("V-1: Politie geeft T05 urgentie 4, middelen 2"), nl.out)
        XCTAssertTrue(nl.out.contains("V-2: Gemeente geeft T05 urgentie 3, middelen 2"), nl.out)
        XCTAssertTrue(nl.out.contains("V-3: Brandweer geeft T05 rang 1"), nl.out)
        XCTAssertTrue(nl.errors.contains("urgency: een geheel getal van 1 tot en met 5 verwacht, niet 6"), nl.errors)
        let en = run(script, language: .en, example: false)
        XCTAssertTrue(en.out.contains("V-1: Politie scores T05 urgency 4, means 2"), en.out)
        XCTAssertTrue(en.errors.contains("urgency: expected a whole number from 1 to 5, got 6"), en.errors)
    }

    func testImportErrorsInDutch() {
        let nl = run("import survey \"/nonexistent/x.csv\"", language: .nl)
        XCTAssertTrue(nl.errors.contains("veilige") || nl.errors.contains("alleen-lezen"), nl.errors)
    }
}
