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
}
