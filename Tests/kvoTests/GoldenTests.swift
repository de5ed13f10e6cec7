import XCTest
import Foundation

/// Golden tests: each `Golden/NAME.kvo` is run against the built `kvo` and its standard output,
/// standard error and exit code are compared with `NAME.stdout`, `NAME.stderr` and `NAME.code`.
/// Every script runs twice: with `--lang en` (expected files in Golden/) and with `--lang nl`
/// (expected files in Golden/nl/), unless its header chooses a language itself.
///
/// The first lines of a script may say how to run it:
///     # args: --var park=Noord        extra arguments after `kvo run NAME.kvo`
///     # stdin                         feed the script on standard input (`kvo ARGS < NAME.kvo`)
///     # command                       run each line as one `-c` argument instead
///     # columns: 80                   the terminal's width (COLUMNS; default 100)
///
/// Record mode: `KVO_RECORD=1 swift test --filter GoldenTests` (or `scripts/test --record`)
/// rewrites the expected files from what kvo does now; review the diff before committing.
final class GoldenTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").path
    static var record: Bool { ProcessInfo.processInfo.environment["KVO_RECORD"] == "1" }

    struct Script {
        let name: String
        let text: String
        let extra: [String]
        let mode: String
        var columns = "100"

        var choosesLanguage: Bool { extra.contains("--lang") }
    }

    static func scripts() throws -> [Script] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".kvo") }.sorted()
        return try files.map { file in
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let header = text.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") }
            var extra: [String] = []
            var mode = "run"
            var columns = "100"
            for line in header {
                if line.hasPrefix("# args:") {
                    extra = line.dropFirst(7).split(separator: " ").map(String.init)
                } else if line == "# stdin" {
                    mode = "stdin"
                } else if line == "# command" {
                    mode = "command"
                } else if line.hasPrefix("# columns:") {
                    columns = line.dropFirst(10).trimmingCharacters(in: .whitespaces)
                }
            }
            return Script(name: String(file.dropLast(4)), text: text, extra: extra, mode: mode, columns: columns)
        }
    }

    static func run(_ s: Script, language: String?) throws -> KVOBinary.Result {
        let extra = s.extra + (language.map { ["--lang", $0] } ?? [])
        let environment = ["COLUMNS": s.columns]
        switch s.mode {
        case "stdin":
            return try KVOBinary.run(extra, input: s.text, directory: folder, environment: environment)
        case "command":
            let lines = s.text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            return try KVOBinary.run(lines.flatMap { ["-c", String($0)] } + extra, directory: folder, environment: environment)
        default:
            return try KVOBinary.run(["run", s.name + ".kvo"] + extra, directory: folder, environment: environment)
        }
    }

    func compare(_ result: KVOBinary.Result, base: String, _ label: String) throws {
        if Self.record {
            try FileManager.default.createDirectory(atPath: (base as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try result.stdout.write(toFile: base + ".stdout", atomically: true, encoding: .utf8)
            try result.stderr.write(toFile: base + ".stderr", atomically: true, encoding: .utf8)
            try "\(result.code)\n".write(toFile: base + ".code", atomically: true, encoding: .utf8)
            return
        }
        let expectedOut = (try? String(contentsOfFile: base + ".stdout", encoding: .utf8)) ?? "<missing \(label).stdout>"
        let expectedErr = (try? String(contentsOfFile: base + ".stderr", encoding: .utf8)) ?? "<missing \(label).stderr>"
        let expectedCode = (try? String(contentsOfFile: base + ".code", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(result.stdout, expectedOut, "\(label): standard output differs")
        XCTAssertEqual(result.stderr, expectedErr, "\(label): standard error differs")
        XCTAssertEqual("\(result.code)", expectedCode, "\(label): exit code differs")
    }

    func testGoldenFiles() throws {
        let scripts = try Self.scripts()
        XCTAssertGreaterThan(scripts.count, 10, "golden scripts are missing")
        for s in scripts {
            try compare(try Self.run(s, language: s.choosesLanguage ? nil : "en"), base: Self.folder + "/" + s.name, s.name)
        }
    }

    /// Every golden script again with `--lang nl`: the same exit code as in English, and output
    /// that must read as Dutch. The Dutch expected files are reviewed by reading them.
    func testDutchGoldenFiles() throws {
        for s in try Self.scripts() where !s.choosesLanguage {
            let dutch = try Self.run(s, language: "nl")
            try compare(dutch, base: Self.folder + "/nl/" + s.name, "nl/" + s.name)
            let english = try Self.run(s, language: "en")
            XCTAssertEqual(dutch.code, english.code, "\(s.name): the exit code depends on the language")
        }
    }

    /// A script marked `# same-in-both` (Dutch and English input, data output) gives the same
    /// output and exit code in an English and a Dutch session: the language never changes what
    /// a script does or what it prints as data.
    func testSameResultInEitherLanguage() throws {
        let marked = try Self.scripts().filter { $0.text.contains("\n# same-in-both\n") }
        XCTAssertFalse(marked.isEmpty)
        for s in marked {
            let en = try Self.run(s, language: "en"), nl = try Self.run(s, language: "nl")
            XCTAssertEqual(en.code, nl.code, "\(s.name): exit codes differ")
            XCTAssertEqual(en.stdout, nl.stdout, "\(s.name): output differs by language")
            XCTAssertFalse(en.stdout.isEmpty)
        }
    }

    /// No English-only text in a Dutch session. The English words kvo can say are learnt from the
    /// English runs of every golden script (minus every word of the inputs: scripts, dossiers and
    /// CSV files, and minus the words that are Dutch too); any of them in a Dutch run's output is
    /// English that bypassed `Message`. So a new English message is caught as soon as a golden
    /// script shows it in English, without a word list to keep up by hand.
    func testDutchSessionsSayNoEnglish() throws {
        let scripts = try Self.scripts().filter { !$0.choosesLanguage }
        var known = Set<String>()  // words that may appear: data, syntax and Dutch
        // The scripts' commands and strings are data; their comments are English prose, not data.
        for s in try Self.scripts() { known.formUnion(EnglishLeak.words(EnglishLeak.withoutComments(s.text) + " " + s.name)) }
        for file in EnglishLeak.inputFiles(around: Self.folder) {
            // Import fixtures come in the encodings exports use (Windows-1252 for BVH, UTF-16).
            let data = FileManager.default.contents(atPath: file) ?? Data()
            let text = String(data: data, encoding: .utf8)
                ?? (data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) ? String(data: data, encoding: .utf16) : String(data: data, encoding: .windowsCP1252))
            if let text { known.formUnion(EnglishLeak.words(EnglishLeak.withoutComments(text))) }
        }
        let dutch = EnglishLeak.dutchWordsOfTheSources(around: Self.folder)
        XCTAssertGreaterThan(dutch.count, 1000, "too few Dutch words found in the sources")
        known.formUnion(dutch)
        known.formUnion(EnglishLeak.alsoDutch)
        known.formUnion(EnglishLeak.syntaxWords(around: Self.folder))
        var englishWords = Set<String>()
        var dutchRuns: [(String, String)] = []
        for s in scripts {
            let en = try Self.run(s, language: "en")
            englishWords.formUnion(EnglishLeak.words(EnglishLeak.prose(en.stdout + en.stderr)))
            let nl = try Self.run(s, language: "nl")
            dutchRuns.append((s.name, EnglishLeak.prose(nl.stdout + nl.stderr)))
        }
        let vocabulary = englishWords.subtracting(known)
        if let probe = ProcessInfo.processInfo.environment["KVO_PROBE"] {
            print("PROBE", probe, known.contains(probe), englishWords.contains(probe), dutch.contains(probe), EnglishLeak.alsoDutch.contains(probe))
        }
        XCTAssertGreaterThan(vocabulary.count, 150, "too few English words learnt: the golden scripts show too little")
        // A table wraps long Dutch words ("ondernemersve|reniging"): a piece of a known word is no leak.
        let longWords = known.filter { $0.count > 5 }
        func isPiece(_ w: String) -> Bool { longWords.contains { $0 != w && ($0.hasPrefix(w) || $0.hasSuffix(w)) } }
        for (name, output) in dutchRuns {
            for (number, line) in output.split(separator: "\n").enumerated() {
                let leaked = EnglishLeak.words(String(line)).filter { vocabulary.contains($0) && !isPiece($0) }
                XCTAssertTrue(leaked.isEmpty, "nl/\(name) line \(number + 1) has English \(leaked.sorted()): \(line)")
            }
        }
    }
}

/// Finding English words in text that should be Dutch.
enum EnglishLeak {
    /// Words of letters (lower case), at least three long: shorter ones are too often both.
    /// A run with digits in it (a hash, an ID) is no word, nor is one letter repeated (the
    /// matrix's quarter marks, "xxxx").
    static func words(_ text: String) -> Set<String> {
        var out = Set<String>()
        var word = "", hasDigit = false
        for ch in text.lowercased() + " " {
            if ch.isLetter || ch.isNumber {
                word.append(ch)
                hasDigit = hasDigit || ch.isNumber
            } else {
                if word.count >= 3, !hasDigit, Set(word).count > 1 { out.insert(word) }
                word = ""
                hasDigit = false
            }
        }
        return out
    }

    /// The text people read in an output: without HTML/SVG markup and style sheets, and without
    /// JSON lines (keys and values are language-neutral codes by design).
    static func prose(_ output: String) -> String {
        withoutMarkup(withoutCalendarSyntax(output)).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let t = line.drop { $0 == " " }
            let json = t.hasPrefix("\"") && t.contains("\":") || ["{", "}", "[", "]", "},", "],"].contains(String(t))
            return json ? "" : String(line)
        }.joined(separator: "\n")
    }

    /// An iCalendar file (RFC 5545) as the text people read in it: the values of SUMMARY,
    /// DESCRIPTION and X-WR-CALNAME, unfolded; property names, UIDs and codes are syntax, the
    /// same in both languages.
    static func withoutCalendarSyntax(_ output: String) -> String {
        guard output.contains("BEGIN:VCALENDAR") else { return output }
        // Swift reads "\r\n" as one character: unfold and split on it as on "\n".
        let unfolded = output.replacingOccurrences(of: "\r\n ", with: "")
        let text: Set<String> = ["SUMMARY", "DESCRIPTION", "X-WR-CALNAME"]
        func syntax(_ c: Character) -> Bool { c.isUppercase || c == "-" || c == ";" || c == "=" }
        var out: [String] = []
        for line in unfolded.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":"), line[..<colon].allSatisfy(syntax) else {
                out.append(String(line))
                continue
            }
            out.append(text.contains(String(line[..<colon])) ? String(line[line.index(after: colon)...]) : "")
        }
        return out.joined(separator: "\n")
    }

    /// Function, option and field names and their parts (`days_between`): syntax, the same in both.
    static func syntaxWords(around golden: String) -> Set<String> {
        let project = ((((golden as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent) as NSString)
            .deletingLastPathComponent
        var words = Set<String>()
        let pattern = try! NSRegularExpression(pattern: #"(?:FunctionSpec\(|OptionSpec\(|FieldSpec\()"([A-Za-z_-]+)""#)
        guard let files = FileManager.default.enumerator(atPath: project + "/Sources") else { return words }
        for case let name as String in files where name.hasSuffix(".swift") {
            guard let text = try? String(contentsOfFile: project + "/Sources/" + name, encoding: .utf8) else { continue }
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let r = Range(m.range(at: 1), in: text) { words.formUnion(Self.words(text[r].replacingOccurrences(of: "_", with: " "))) }
            }
        }
        return words
    }

    /// A script without its comment lines.
    static func withoutComments(_ script: String) -> String {
        script.split(separator: "\n").filter { !$0.drop { $0 == " " }.hasPrefix("#") }.joined(separator: "\n")
    }

    /// The text without `<style>` sheets, tags and entities.
    static func withoutMarkup(_ text: String) -> String {
        var out = "", inTag = false, inStyle = false
        var rest = Substring(text)
        while let ch = rest.first {
            if inStyle {
                if rest.hasPrefix("</style>") { inStyle = false } else { rest = rest.dropFirst(); continue }
            }
            if ch == "<", let next = rest.dropFirst().first, next.isLetter || next == "/" || next == "!" || next == "?" {
                if rest.hasPrefix("<style") { inStyle = true }
                inTag = true
            } else if ch == ">" && inTag {
                inTag = false
                out.append(" ")
            } else if ch == "&", let end = rest.prefix(10).firstIndex(of: ";") {
                rest = rest[rest.index(after: end)...]
                out.append(" ")
                continue
            } else if !inTag {
                out.append(ch)
            }
            rest = rest.dropFirst()
        }
        return out
    }

    /// Every word of the Dutch halves of the sources' messages (`nl: "..."`), of the Dutch rule
    /// texts, theme names and the handbook's paragraphs: a word written there is Dutch (or both),
    /// so seeing it in a Dutch session says nothing.
    static func dutchWordsOfTheSources(around golden: String) -> Set<String> {
        let project = ((((golden as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent) as NSString)
            .deletingLastPathComponent
        var words = Set<String>()
        guard let files = FileManager.default.enumerator(atPath: project + "/Sources") else { return words }
        let literal = try! NSRegularExpression(pattern: #"(?:nl|dutch|nlOne|nlMany): "((?:[^"\\]|\\.)*)""#)
        let handWritten = ["RuleCatalogue+Dutch.swift", "HandbookText+Paragraphs.swift"]
        for case let name as String in files where name.hasSuffix(".swift") {
            guard let text = try? String(contentsOfFile: project + "/Sources/" + name, encoding: .utf8) else { continue }
            if handWritten.contains(where: name.hasSuffix) {
                words.formUnion(Self.words(text))
                continue
            }
            let range = NSRange(text.startIndex..., in: text)
            for m in literal.matches(in: text, range: range) {
                if let r = Range(m.range(at: 1), in: text) { words.formUnion(Self.words(String(text[r]))) }
            }
            // Noun(en: "a", "b", nl: "c", "d"): the second Dutch form follows the first.
            let noun = try! NSRegularExpression(pattern: #"nl: "[^"]*", "([^"]*)""#)
            for m in noun.matches(in: text, range: range) {
                if let r = Range(m.range(at: 1), in: text) { words.formUnion(Self.words(String(text[r]))) }
            }
        }
        return words
    }

    /// The dossiers, CSV files and scripts the golden scripts read: their words are data.
    static func inputFiles(around golden: String) -> [String] {
        let root = ((golden as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        let project = (root as NSString).deletingLastPathComponent
        var files: [String] = []
        for folder in [golden, project + "/examples", root + "/KVOImportTests/Fixtures"] {
            guard let names = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let name as String in names where [".json", ".csv", ".kvo", ".tsv", ".txt"].contains(where: name.hasSuffix) {
                files.append(folder + "/" + name)
            }
        }
        return files
    }

    /// Words that are English and Dutch alike (or names, units and codes kvo prints in both).
    static let alsoDutch: Set<String> = [
        "audit", "audits", "plan", "status", "open", "type", "score", "scores", "matrix", "format", "formaat", "code",
        "json", "csv", "html", "junit", "svg", "pdf", "xlsx", "docx", "table", "kvo", "ccv", "biz", "glpk",
        "team", "test", "tests", "script", "scripts", "data", "item", "items", "online", "app", "website", "deadline",
        "start", "stop", "timer", "echo", "let", "elif", "else", "end", "for", "true", "false", "null", "and", "not",
        "borda", "kendall", "kemeny", "young", "max", "min", "abs", "sum", "len", "num", "str", "round", "range",
        "unique", "sort", "sorted", "contains", "lower", "upper", "trim", "split", "join", "today", "year", "quarter",
        "schema", "ids", "per", "via", "model", "ctrl", "tab", "enter", "esc", "cluster", "park", "parameter", "tnn",
        // the fields of a date value (`d.weekday`): syntax
        "weekday",
    ]
}
