import XCTest
import Foundation
import KVOModel
@testable import kvo

/// The fast path must read `kvo -c ...` exactly as ArgumentParser does, and leave everything
/// else to ArgumentParser.
final class FastInvocationTests: XCTestCase {
    func testAgreesWithArgumentParser() throws {
        for arguments in [["-c", "echo 1"], ["-c", "echo 1", "-c", "let x = 2"], ["-c", ""], ["-c", "echo -1"]] {
            let fast = try XCTUnwrap(FastInvocation.commands(arguments), "\(arguments)")
            let parsed = try XCTUnwrap(KVOCommand.parseAsRoot(arguments) as? KVOCommand)
            XCTAssertEqual(fast, parsed.commands, "\(arguments)")
            XCTAssertNil(parsed.dossier)
            XCTAssertEqual(parsed.flags.settings, SessionSettings(), "\(arguments)")
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
        for arguments in [[], ["-c"], ["--safe", "-c", "echo 1"], ["-c", "echo 1", "--no-bail"], ["d.json", "-c", "x"],
                          ["--help"], ["run", "x.kvo"], ["-c", "a", "x"], ["-c", "--var"], ["-c", "-1"]] {
            XCTAssertNil(FastInvocation.commands(arguments), "\(arguments)")
        }
    }
}
