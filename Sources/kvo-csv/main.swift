import Foundation
import KVOCSV
import KVOModel

// kvo-csv SEPARATOR: reads CSV text on standard input and writes its rows as JSON,
// {"rows": [["field", ...], ...], "failure": null}, for `import` in kvo (see CSVHelperProcess).
// kvo-csv --xlsx [SHEET]: reads an Excel workbook on standard input and writes the rows of the
// sheet (the first when none is named) the same way, with "sheet" and "sheets" beside them.
func readInput() -> [UInt8] {
    // What was read before an error is what there is (as before: the reply says what failed).
    (try? FileSystem.readAll(Descriptor.standardInput, path: "<stdin>", limit: .max)) ?? []
}

func reply(_ json: JSONValue, failed: Bool) -> Never {
    let bytes = Array(JSONWriter.string(json).utf8)
    guard Descriptor.writeAll(Descriptor.standardOutput, bytes) == bytes.count else { CurrentProcess.exit(1) }
    CurrentProcess.exit(failed ? 3 : 0)
}

func rows(_ rows: [[String]]) -> JSONValue { .array(rows.map { .array($0.map(JSONValue.string)) }) }

let arguments = CommandLine.arguments
if arguments.count >= 2, arguments[1] == "--xlsx", arguments.count <= 3 {
    do {
        let sheet = try XLSXReader.read(Data(readInput()), sheet: arguments.count == 3 ? arguments[2] : nil)
        reply(.object(["rows": rows(sheet.rows), "sheet": .string(sheet.name), "sheets": .array(sheet.sheets.map(JSONValue.string)), "failure": .null]),
              failed: false)
    } catch let missing as XLSXReader.NoSuchSheet {
        reply(.object(["rows": .array([]), "failure": .string("no sheet '\(missing.sheet)'"), "missingSheet": .string(missing.sheet),
                       "sheets": .array(missing.sheets.map(JSONValue.string))]), failed: true)
    } catch {
        let text = (error as? Diagnostic)?.message.en ?? "\(error)"
        reply(.object(["rows": .array([]), "failure": .string(text)]), failed: true)
    }
}
guard arguments.count == 2, let separator = arguments[1].first, arguments[1].count == 1 else {
    let message = "usage: kvo-csv SEPARATOR < file.csv  (the separator is one character: ';', ',' or a tab)\n       kvo-csv --xlsx [SHEET] < file.xlsx\n"
    Descriptor.writeError(message)
    CurrentProcess.exit(2)
}
let raw = SwiftCSVSplitter.split(String(decoding: readInput(), as: UTF8.self), separator: separator)
reply(.object(["rows": rows(raw.rows), "failure": raw.failure.map(JSONValue.string) ?? .null]), failed: raw.failure != nil)
