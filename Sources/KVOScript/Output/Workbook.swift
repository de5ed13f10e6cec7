import KVOModel
import KVOImport

/// An Excel workbook as a value: sheets of cells (text or numbers), header rows repeated on every
/// printed page, merged cells (the plan years over their quarters), frozen panes, column widths
/// and the page (A4, portrait or landscape). The helper program kvo-xlsx writes it with
/// libxlsxwriter; kvo describes it as JSON, so that kvo itself never loads the library.
package struct Workbook: Sendable {
    package struct Sheet: Sendable {
        package var name: String
        package var rows: [[JSONValue]]
        package var headerRows = 1
        package var groupRows: Set<Int> = []
        package var merges: [(row: Int, column: Int, lastRow: Int, lastColumn: Int, text: String)] = []
        package var freeze: (row: Int, column: Int)?
        package var widths: [Double] = []
        package var landscape = false

        package init(name: String, rows: [[JSONValue]]) {
            self.name = name
            self.rows = rows
        }

        /// A table's header and rows; a cell that is a plain number is a number in the sheet.
        package init(name: String, table: Table) {
            self.init(name: name, rows: [table.headers.map(JSONValue.string)] + table.rows.map { $0.map(Sheet.cell) })
            freeze = (1, 0)
            widths = table.headers.indices.map { c in
                let longest = ([table.headers[c]] + table.rows.map { c < $0.count ? $0[c] : "" }).map(\.count).max() ?? 8
                return Double(min(60, max(6, longest + 2)))
            }
        }

        /// A plain number (with a decimal point, or the Dutch decimal comma a Dutch session
        /// writes) is a number in the sheet; anything else is text.
        static func cell(_ text: String) -> JSONValue {
            guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "-") }),
                  text.filter({ $0 == "." || $0 == "," }).count <= 1 else { return .string(text) }
            if let n = Double(text.replacingAll(",", with: ".")), n.isFinite { return .number(n) }
            return .string(text)
        }

        var json: JSONValue {
            var o: [String: JSONValue] = ["name": .string(name), "rows": .array(rows.map(JSONValue.array)),
                                          "headerRows": .number(Double(headerRows)),
                                          "groupRows": .array(groupRows.sorted().map { .number(Double($0)) }),
                                          "widths": .array(widths.map(JSONValue.number)), "landscape": .bool(landscape)]
            o["merges"] = .array(merges.map { m in
                .array([.number(Double(m.row)), .number(Double(m.column)), .number(Double(m.lastRow)), .number(Double(m.lastColumn)), .string(m.text)])
            })
            if let f = freeze { o["freeze"] = .array([.number(Double(f.row)), .number(Double(f.column))]) }
            return .object(o)
        }
    }

    package var sheets: [Sheet]

    package init(sheets: [Sheet]) { self.sheets = sheets }

    /// Writes the workbook to `path` with kvo-xlsx (beside kvo, as kvo-csv is).
    /// A Diagnostic without a place when it cannot (the command puts it at its `as xlsx`).
    package func write(to path: String) throws(Diagnostic) {
        guard let helper = Subprocess.helperPath(named: "kvo-xlsx"), FileSystem.isExecutable(helper) else {
            throw Diagnostic(.runtime, Message(en: "the Excel writer kvo-xlsx is missing beside kvo (build it with: swift build --product kvo-xlsx)",
                                               nl: "de Excel-schrijver kvo-xlsx ontbreekt naast kvo (bouw hem met: swift build --product kvo-xlsx)"))
        }
        let spec = path + ".kvo-xlsx.json"
        defer { FileSystem.remove(spec) }
        do {
            try FileSystem.writeAtomically(Array(JSONWriter.string(.object(["sheets": .array(sheets.map(\.json))])).utf8), to: spec)
        } catch {
            throw Diagnostic(.runtime, Message(en: "cannot write \(spec): ", nl: "kan \(spec) niet schrijven: ") + error.message)
        }
        guard let outcome = Subprocess.run(helper, [spec, path], seconds: 60), outcome.status == 0, !outcome.timedOut else {
            throw Diagnostic(.runtime, Message(en: "kvo-xlsx could not write \(path)", nl: "kvo-xlsx kon \(path) niet schrijven"))
        }
    }
}
