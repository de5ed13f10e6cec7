import XCTest
import KVOModel
@testable import KVOScript

/// The dossier commands speak the session's language (issue 10): Dutch under `--lang nl`,
/// English as before under `--lang en`.
final class CommandLanguageTests: XCTestCase {
    static let example: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/examples/de-hoek.json"
    }()

    /// Runs script text with `--lang`; a new dossier has no file, so nothing is written to disk.
    func run(_ text: String, _ language: Language, today: String = "2025-03-01") -> (out: String, err: String, code: Int32) {
        let output = BufferedOutput()
        let options = SessionOptions(bail: false, today: Day(today)!, safeRoot: "/", language: language)
        let interpreter = Interpreter(options: options, output: output)
        let code = ScriptRunner.run([SourceFile(name: "t.kvo", text: text, directory: "/")], with: interpreter)
        return (output.output, output.errors, code)
    }

    static let amending = """
        new "Proef"
        add goal "Minder inbraken" theme=T01
        set G-1 theme=T02
        set G-1 theme=T02
        undo
        redo
        list measures as table
        set G-1
        """

    func testAmendingSpeaksDutch() {
        let r = run(Self.amending, .nl)
        XCTAssertEqual(r.out, """
            nieuw dossier "Proef"; bewaar het met: bewaar PAD
            G-1 toegevoegd
            G-1 theme: "T01" -> "T02"
            G-1: ongewijzigd
            ongedaan gemaakt: set G-1 theme=T02
            opnieuw uitgevoerd: set G-1 theme=T02
            nog geen measures

            """)
        XCTAssertTrue(r.err.contains("fout: niets te wijzigen"), r.err)
        XCTAssertTrue(r.err.contains("tip: gebruik: wijzig ID VELD=WAARDE ..."), r.err)
    }

    func testAmendingInEnglishIsAsBefore() {
        let r = run(Self.amending, .en)
        XCTAssertEqual(r.out, """
            new dossier "Proef"; save it with: save PATH
            added G-1
            G-1 theme: "T01" -> "T02"
            G-1: unchanged
            undid: set G-1 theme=T02
            redid: set G-1 theme=T02
            no measures yet

            """)
        XCTAssertTrue(r.err.contains("error: nothing to set"), r.err)
    }

    func testEmptyFieldsAndErrorsInDutch() {
        let r = run("""
            new
            add park "Noord" entrepreneurs=veel
            add park "Noord"
            set P-1 entrepreneurs=12
            set P-1 entrepreneurs=null
            list parks where name = "Zuid" as table
            undo
            undo
            undo
            undo
            """, .nl)
        XCTAssertTrue(r.err.contains("fout: entrepreneurs: een geheel getal verwacht, niet \"veel\""), r.err)
        XCTAssertTrue(r.out.contains("P-1 entrepreneurs: (leeg) -> 12\n"), r.out)
        XCTAssertTrue(r.out.contains("P-1 entrepreneurs: 12 -> (leeg)\n"), r.out)
        XCTAssertTrue(r.out.contains("geen enkel gegeven voldoet aan de voorwaarde\n"), r.out)
        XCTAssertTrue(r.err.contains("fout: er is niets om ongedaan te maken"), r.err)
    }

    func testListCountsAndMoreRowsInDutch() {
        let r = run("""
            new
            add park "Noord"
            add park "Zuid"
            add park "West"
            list parks limit 1 fields id,name as table
            list parks limit 3 fields id,name as table
            """, .nl)
        XCTAssertTrue(r.out.contains("nog 2 rijen (maximaal 1)\n"), r.out)
        XCTAssertTrue(r.out.hasSuffix("3 gegevens\n"), r.out)
        let en = run("new\nadd park \"Noord\"\nadd park \"Zuid\"\nlist parks limit 1 fields id,name as table\n", .en)
        XCTAssertTrue(en.out.hasSuffix("1 more row (limit 1)\n"), en.out)
    }

    func testFunctionErrorsCarryBothLanguages() {
        let call = FunctionCall(arguments: [.number(3)], interpreter: Interpreter(options: SessionOptions(today: Day("2025-03-01")!, safeRoot: "/"), output: BufferedOutput()))
        XCTAssertThrowsError(try call.string(0)) { error in
            let message = (error as! FunctionError).message
            XCTAssertEqual(message.en, "argument 1 must be a string, got a number")
            XCTAssertEqual(message.nl, "argument 1 moet een tekst zijn, niet een getal")
        }
        let round = FunctionTable.standard.function(named: "round")!
        XCTAssertEqual(round.summary.nl, "afronden, de helft van nul af, op DIGITS decimalen (standaard 0)")
        XCTAssertEqual(round.arityText.en, "1 to 2 arguments")
        XCTAssertEqual(round.arityText.nl, "1 tot 2 argumenten")
    }

    func testFieldValueErrorsInBothLanguages() {
        guard case .failure(let e) = FieldValues.json(.string("klaar"), for: .choice(["done", "planned"])) else {
            return XCTFail("klaar is no choice")
        }
        XCTAssertEqual(e.message.en, "expected one of \"done\", \"planned\", got \"klaar\"")
        XCTAssertEqual(e.message.nl, "een van \"gereed\", \"gepland\" verwacht, niet \"klaar\"")
        guard case .failure(let item) = FieldValues.json(.string("2025Q2,someday"), for: .list(.quarter)) else {
            return XCTFail("someday is no quarter")
        }
        XCTAssertEqual(item.message.nl, "element 2: een kwartaal zoals 2025Q2 verwacht, niet \"someday\"")
    }

    func testStatusSpeaksDutch() {
        let r = run("open --readonly \"\(Self.example)\"\nstatus\n", .nl, today: "2026-01-15")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("\(Self.example) geopend: KVO Bedrijventerrein De Hoek, 1 terrein (alleen-lezen)\n"), r.out)
        XCTAssertTrue(r.out.contains("Stap 5 / 8: uitvoering\n"), r.out)
        XCTAssertTrue(r.out.contains("\nDatums\n"), r.out)
        XCTAssertTrue(r.out.contains("2025-06-10 (eerste certificering), besluit: positief\n"), r.out)
        XCTAssertTrue(r.out.contains("1: 2025-03-04 t/m 2026-03-03, 47 dagen te gaan\n"), r.out)
        XCTAssertTrue(r.out.contains("Er ontbreekt niets.\n"), r.out)
        for english in ["as of", "first)", "decision", "days left", "Step "] {
            XCTAssertFalse(r.out.contains(english), "English '\(english)' in a Dutch status:\n\(r.out)")
        }
    }

    func testStatusInEnglishAndItsJSONIsTheSameInEitherLanguage() {
        let en = run("open --readonly \"\(Self.example)\"\nstatus\n", .en, today: "2026-01-15")
        XCTAssertTrue(en.out.contains("  last audit           2025-06-10 (first), decision: positive\n"), en.out)
        XCTAssertTrue(en.out.contains("  plan year            1: 2025-03-04 to 2026-03-03, 47 days left\n"), en.out)
        let script = "open --readonly --quiet \"\(Self.example)\"\nstatus as json\n"
        XCTAssertEqual(run(script, .nl, today: "2026-01-15").out, run(script, .en, today: "2026-01-15").out)
    }

    func testSummariesAndOptionsAreWrittenInBothLanguages() {
        let mine = ["add", "set", "remove", "undo", "redo", "changes", "diff", "list", "count", "show", "kinds", "open", "new", "save",
                    "close", "status", "echo", "assert", "exit", "run", "source", "vars", "schema", "let", "if", "for", "timer"]
        for name in mine {
            guard let spec = CommandTable.standard.command(named: name) else { XCTFail("no command \(name)"); continue }
            XCTAssertNotEqual(spec.summary.en, spec.summary.nl, name)
            if let details = spec.details { XCTAssertNotEqual(details.en, details.nl, name) }
            for option in spec.options { XCTAssertNotEqual(option.summary.en, option.summary.nl, "\(name) --\(option.name)") }
        }
    }
}
