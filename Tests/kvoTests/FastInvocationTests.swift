import XCTest
import Foundation
import KVOModel
@testable import kvo

/// The fast path must read `kvo -c ...` exactly as ArgumentParser does, and leave everything
/// else to ArgumentParser.
final class FastInvocationTests: XCTestCase {
    /// What ArgumentParser makes of a command line, in the fast reader's terms.
    private func parsedByArgumentParser(_ arguments: [String]) throws -> FastInvocation {
        if arguments.first == "run" {
            let run = try RunCommand.parse(Array(arguments.dropFirst()))
            return .run(script: run.script, dossier: run.dossier, settings: run.flags.settings)
        }
        let parsed = try XCTUnwrap(KVOCommand.parseAsRoot(arguments) as? KVOCommand, "\(arguments)")
        return .session(dossier: parsed.dossier, commands: parsed.commands, settings: parsed.flags.settings)
    }

    func testAgreesWithArgumentParser() throws {
        let lines: [[String]] = [
            [], ["-c", "echo 1"], ["-c", "echo 1", "-c", "let x = 2"], ["-c", ""], ["-c", "echo -1"],
            ["--no-init", "-c", "echo 1"], ["--no-init", "--readonly", "-c", "echo 1"], ["d.json", "--readonly", "-c", "count incidents"],
            ["--readonly", "d.json", "-c", "x"], ["-c", "a", "d.json"], ["-c", "echo 1", "--no-bail"],
            ["--safe", "--no-color", "--no-history", "--recover", "--discard", "-c", "x"],
            ["--var", "a=1", "--var", "b=x y", "--lang", "nl", "--as-of", "2025-06-01", "d.json"],
            ["--lang", "de", "-c", "x"], ["--as-of", "gisteren", "-c", "x"], ["--var", "=1", "-c", "x"],
            ["run", "s.kvo"], ["run", "s.kvo", "d.json"], ["run", "--no-init", "s.kvo", "d.json", "--readonly"],
            ["run", "s.kvo", "--var", "n=3", "--var", "m=4", "--no-bail", "--lang", "en"],
        ]
        for arguments in lines {
            let fast = try XCTUnwrap(FastInvocation.parse(arguments), "\(arguments)")
            XCTAssertEqual(fast, try parsedByArgumentParser(arguments), "\(arguments)")
        }
    }

    /// The fast reader knows exactly the options SessionFlags declares (ArgumentParser's own
    /// account of them), so a flag added there cannot be missed here.
    func testKnowsExactlyTheSessionFlags() throws {
        struct Dump: Decodable {
            struct Command: Decodable { let arguments: [Argument]? }
            struct Argument: Decodable {
                struct Name: Decodable { let kind: String; let name: String }
                let kind: String
                let names: [Name]?
            }
            let command: Command
        }
        let dump = try JSONDecoder().decode(Dump.self, from: Data(SessionFlags._dumpHelp().utf8))
        var declared: [String: String] = [:]
        for argument in dump.command.arguments ?? [] {
            for name in argument.names ?? [] where name.kind == "long" && name.name != "help" { declared[name.name] = argument.kind }
        }
        var known: [String: String] = [:]
        for flag in FastInvocation.flags { known[flag.name] = "flag" }
        for option in FastInvocation.options { known[option.name] = "option" }
        XCTAssertEqual(known, declared)
        // And each one alone reads the same both ways.
        for name in known.keys.sorted() {
            let arguments = known[name] == "flag" ? ["--\(name)", "-c", "x"] : ["--\(name)", "v=1", "-c", "x"]
            XCTAssertEqual(FastInvocation.parse(arguments), try parsedByArgumentParser(arguments), name)
        }
    }

    func testStartupLanguageFromTheFlagThenTheEnvironment() {
        let dutch: (String) -> String? = { $0 == "LANG" ? "nl_NL.UTF-8" : nil }
        XCTAssertEqual(StartupLanguage.resolve(arguments: [], environment: dutch), .nl)
        XCTAssertEqual(StartupLanguage.resolve(arguments: ["--lang", "en"], environment: dutch), .en)
        XCTAssertEqual(StartupLanguage.resolve(arguments: ["--lang=nl"], environment: { _ in nil }), .nl)
        XCTAssertEqual(StartupLanguage.resolve(arguments: ["--lang", "de"], environment: dutch), .nl, "an invalid flag is passed over")
        XCTAssertEqual(StartupLanguage.resolve(arguments: ["-c", "echo 1"], environment: { $0 == "LC_ALL" ? "C" : "nl" }), .en)
    }

    func testTheBannerSpeaksTheDossiersLanguage() throws {
        let path = NSTemporaryDirectory() + "kvo-banner-\(UUID().uuidString).json"
        try #"{"format": "kvo-dossier/2", "language": "nl"}"#.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(Session.languageOfDossier(path, flags: SessionSettings()), .nl)
        var english = SessionSettings()
        english.lang = "en"
        XCTAssertEqual(Session.languageOfDossier(path, flags: english), .en, "--lang wins")
    }

    func testHelpIsDutchWithADutchLanguageSetting() throws {
        let folder = NSTemporaryDirectory()
        let dutch = try KVOBinary.run(["--help"], directory: folder, environment: ["LC_ALL": "", "LANG": "nl_NL.UTF-8"])
        XCTAssertEqual(dutch.code, 0, dutch.stderr)
        for text in ["OVERZICHT: Een scriptshell", "GEBRUIK: kvo", "OPTIES:", "Toon deze hulp.", "Zet een scriptvariabele", "AFSLUITCODES"] {
            XCTAssertTrue(dutch.stdout.contains(text), "\(text) in:\n\(dutch.stdout)")
        }
        XCTAssertFalse(dutch.stdout.contains("Show help information"), dutch.stdout)
        let english = try KVOBinary.run(["--help", "--lang", "en"], directory: folder, environment: ["LANG": "nl_NL.UTF-8"])
        XCTAssertTrue(english.stdout.contains("USAGE: kvo"), english.stdout)
        let wrong = try KVOBinary.run(["--lang", "nl", "--as-of", "gisteren", "-c", "echo 1"], directory: folder)
        XCTAssertEqual(wrong.code, 2)
        XCTAssertTrue(wrong.stderr.hasPrefix("Fout: --as-of verwacht een datum geschreven als JJJJ-MM-DD, niet 'gisteren'\n"), wrong.stderr)
    }

    func testLeavesEverythingElseToArgumentParser() {
        for arguments in [["-c"], ["--help"], ["-h"], ["--version"], ["-c", "--var"], ["-c", "-1"], ["--lang=nl", "-c", "x"],
                          ["--safe", "--safe", "-c", "x"], ["--lang", "nl", "--lang", "en"], ["a.json", "b.json"], ["help"], ["check", "d.json"],
                          ["-c", "x", "run"], ["run"], ["run", "a", "b", "c"], ["run", "s.kvo", "-c", "x"], ["--", "d.json"], ["-"],
                          ["--generate-completion-script", "bash"], ["--unknown", "-c", "x"]] {
            XCTAssertNil(FastInvocation.parse(arguments), "\(arguments)")
        }
    }
}
