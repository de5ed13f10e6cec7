import KVOModel

/// Splits CSV text into fields with the CSV package, in a helper program beside kvo (`kvo-csv`).
///
/// Why a second program: the CSV packages available here (SwiftCSV, CSV.swift) import all of
/// Foundation, which in kvo's own binary cost 2 ms of every start (2.5x to 3.5x sqlite3's start-up,
/// over the 3x budget: relocations and ICU data). In `kvo-csv` only an import pays it. The text
/// goes in on standard input with the separator as the argument; the rows come back as JSON
/// (`{"rows": [[...]], "failure": null}`), read with kvo's own JSON parser.
public enum CSVHelperProcess {
    /// A helper program (`kvo-csv`, `kvo-xlsx`) in the folder of the running kvo (or test bundle).
    public static func helperPath(named name: String = "kvo-csv") -> String? { Subprocess.helperPath(named: name) }

    public static func split(_ text: String, separator: Character) throws(Diagnostic) -> RawCSV {
        let json = try run([String(separator)], input: Array(text.utf8))
        guard let rows = json["rows"]?.arrayValue else { throw failed(Message(en: "kvo-csv gave no rows", nl: "kvo-csv gaf geen regels")) }
        return RawCSV(rows: rows.map { ($0.arrayValue ?? []).map { $0.stringValue ?? "" } }, failure: json["failure"]?.stringValue)
    }

    /// A sheet of an Excel workbook (the first, or the one named), read by kvo-csv with
    /// ZIPFoundation and Foundation's XML parser: its rows as text (dates as 2025-04-03 10:15),
    /// its name and the names of all sheets.
    public static func readWorkbook(_ bytes: [UInt8], sheet: String?, name: String) throws(Diagnostic) -> (rows: [[String]], sheet: String, sheets: [String]) {
        let json = try run(["--xlsx"] + (sheet.map { [$0] } ?? []), input: bytes)
        let sheets = (json["sheets"]?.arrayValue ?? []).compactMap(\.stringValue)
        if let missing = json["missingSheet"]?.stringValue {
            let names = sheets.joined(separator: ", ")
            throw Diagnostic.importing(Message(en: "\(name) has no sheet '\(missing)'", nl: "\(name) heeft geen werkblad '\(missing)'"), file: name,
                                       hint: Message(en: "its sheets are: \(names)", nl: "de werkbladen zijn: \(names)"), unknown: missing, candidates: sheets)
        }
        if let failure = json["failure"]?.stringValue {
            throw Diagnostic.importing(Message(en: "\(name) cannot be read as an Excel workbook: \(failure)", nl: "\(name) is niet als Excel-werkmap te lezen: \(failure)"),
                                       file: name, hint: Message(en: "choose a sheet with --sheet NAME, or save the sheet as CSV UTF-8",
                                                                 nl: "kies een werkblad met --sheet NAAM, of sla het werkblad op als CSV UTF-8"))
        }
        let rows = (json["rows"]?.arrayValue ?? []).map { ($0.arrayValue ?? []).map { $0.stringValue ?? "" } }
        return (rows, json["sheet"]?.stringValue ?? "", sheets)
    }

    /// Runs kvo-csv with `arguments`, `input` on its standard input; its JSON answer.
    static func run(_ arguments: [String], input bytes: [UInt8]) throws(Diagnostic) -> JSONValue {
        guard let path = helperPath(), FileSystem.isExecutable(path) else {
            let path = helperPath() ?? "kvo-csv"
            throw Diagnostic.importing(Message(en: "the CSV reader kvo-csv is missing beside kvo (\(path))", nl: "de CSV-lezer kvo-csv ontbreekt naast kvo (\(path))"),
                                       hint: Message(en: "build it with: swift build --product kvo-csv (scripts/kvo and scripts/test do)",
                                                     nl: "bouw hem met: swift build --product kvo-csv (scripts/kvo en scripts/test doen dat)"))
        }
        // kvo-csv reads all of its input before it writes, so writing first cannot deadlock.
        let answer: (output: [UInt8], status: Int32, written: Bool)
        do throws(IOError) {
            answer = try Subprocess.exchange(path, arguments, input: bytes)
        } catch {
            if error.operation == .start, case .errno(let code) = error.reason {
                let reason = IOError.systemText(code)
                throw failed(Message(en: "cannot start kvo-csv (\(reason))", nl: "kan kvo-csv niet starten (\(reason))"))
            }
            throw failed(Message(en: "cannot open a pipe to kvo-csv", nl: "kan geen pijp naar kvo-csv openen"))
        }
        guard answer.written, let json = try? JSONParser.parse(answer.output), json["rows"] != nil else {
            throw failed(Message(en: "kvo-csv gave no readable answer (exit status \(answer.status))", nl: "kvo-csv gaf geen leesbaar antwoord (afsluitstatus \(answer.status))"))
        }
        return json
    }

    private static func failed(_ message: Message) -> Diagnostic {
        Diagnostic.importing(message, hint: Message(en: "check that kvo-csv beside kvo runs: echo 'a;b' | kvo-csv ';'",
                                                    nl: "controleer of kvo-csv naast kvo werkt: echo 'a;b' | kvo-csv ';'"))
    }
}
