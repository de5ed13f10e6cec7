/// Rows of text cells under headers: the one table type of kvo, for people (aligned, fitted to
/// the terminal, long cells wrapped, nothing cut), for programs (CSV, Markdown) and in reports
/// (Markdown, HTML). Here in KVOReports because reports build tables too; KVOScript names it
/// through a type alias (KVOScript/Output/Table+Script.swift).
package struct Table: Sendable, Equatable {
    package var headers: [String]
    package var rows: [[String]]
    /// Rows printed as one line of text across the table (a group's title, such as a theme above
    /// its measures), not in the columns; their text is the row's first non-empty cell. CSV and
    /// data Markdown keep them as plain rows.
    package var spanning: Set<Int>
    /// Columns aligned right in a report.
    package var numeric: Set<Int>
    /// Columns kept narrow and centred in a report (the quarters of the measures matrix).
    package var compact: Set<Int>

    /// Rows shorter than the headers are filled with empty cells.
    package init(headers: [String], rows: [[String]], numeric: Set<Int> = [], spanning: Set<Int> = [], compact: Set<Int> = []) {
        self.headers = headers
        self.rows = rows.map { row in
            row.count >= headers.count ? row : row + Array(repeating: "", count: headers.count - row.count)
        }
        self.spanning = spanning
        self.numeric = numeric
        self.compact = compact
    }

    /// Aligned columns two spaces apart, under a line of dashes. When `width` is given and the
    /// table is wider, the widest columns are narrowed and their cells wrapped over more lines.
    package func rendered(width: Int?) -> String {
        let n = headers.count
        guard n > 0 else { return "" }
        var widths = (0..<n).map { c in
            max(Table.longestLine(headers[c]), rows.indices.filter { !spanning.contains($0) }.map { Table.longestLine(rows[$0][c]) }.max() ?? 0)
        }
        if let width {
            let available = width - 2 * (n - 1)
            // Narrow the widest columns: first no further than their longest word and their header
            // (at most 12 of it), then down to the longest word, and only then further, cutting
            // words (TextLayout marks the cut).
            let header = (0..<n).map { max(min(Table.longestLine(headers[$0]), 12), 4) }
            let word = (0..<n).map { c in
                ([headers[c]] + rows.indices.filter { !spanning.contains($0) }.map { rows[$0][c] }).map(Table.longestWord).max() ?? 1
            }
            for floor in [(0..<n).map { max(header[$0], word[$0]) }, word.map { max($0, 1) }, [Int](repeating: 4, count: n)] {
                while widths.reduce(0, +) > available {
                    guard let widest = (0..<n).filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
                    widths[widest] -= 1
                }
            }
        }
        var out = ""
        func emit(_ cells: [String]) {
            let wrapped = (0..<n).map { Table.wrap(cells[$0], width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            for line in 0..<height {
                var text = ""
                for c in 0..<n {
                    let piece = line < wrapped[c].count ? wrapped[c][line] : ""
                    text += piece
                    if c < n - 1 { text += String(repeating: " ", count: widths[c] - piece.count + 2) }
                }
                while text.last == " " { text.removeLast() }
                out += text + "\n"
            }
        }
        emit(headers)
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        let total = widths.reduce(0, +) + 2 * (n - 1)
        for (i, row) in rows.enumerated() {
            if spanning.contains(i) {
                for line in Table.wrap(row.first { !$0.isEmpty } ?? "", width: total) { out += line + "\n" }
            } else {
                emit(row)
            }
        }
        return out
    }

    /// The longest piece of a cell that TextLayout never breaks.
    package static func longestWord(_ cell: String) -> Int {
        cell.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap(TextLayout.pieces).map(\.count).max() ?? 0
    }

    package static func longestLine(_ cell: String) -> Int {
        cell.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
    }

    /// Breaks a cell into lines of at most `width` characters, never inside a word (TextLayout).
    package static func wrap(_ cell: String, width: Int) -> [String] { TextLayout.lines(cell, width: width) }

    /// RFC 4180: fields with a comma, quote, line break or edge blank are quoted. Written by hand:
    /// a dozen lines, and the CSV packages here pull in full Foundation, which would triple kvo's start-up.
    /// A cell a spreadsheet would run as a formula is neutralised first (`Table.neutralised`).
    package var csv: String { delimited(by: ",") { $0 } }

    /// The rows under the header, cells neutralised (after `prepare`), quoted where they hold the
    /// separator, a quote, a line break or edge blanks, CRLF line ends (RFC 4180).
    private func delimited(by separator: Character, _ prepare: (String) -> String) -> String {
        func field(_ cell: String) -> String {
            let s = Table.neutralised(prepare(cell))
            let needsQuotes = s.contains(separator) || s.contains("\"") || s.contains("\n") || s.contains("\r")
                || s.hasPrefix(" ") || s.hasSuffix(" ")
            return needsQuotes ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
        }
        return ([headers] + rows).map { $0.map(field).joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
    }

    /// The table as Excel opens it in a Dutch locale, where the comma is the decimal sign: a
    /// byte-order mark (so Excel reads UTF-8), semicolons between cells, decimal commas in
    /// numbers (2.5 → 2,5; 25.8% → 25,8%), CRLF line ends; quoted and neutralised as `csv`.
    package var excelCSV: String { "\u{FEFF}" + delimited(by: ";", Table.decimalComma) }

    /// A plain number written with a decimal point gets a decimal comma: "-2.5" → "-2,5",
    /// "25.8%" → "25,8%". Anything else (dates, IDs, text, "1.2.3") is left alone.
    package static func decimalComma(_ cell: String) -> String {
        var body = Substring(cell)
        let percent = body.hasSuffix("%")
        if percent { body = body.dropLast() }
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return cell }
        return cell.replacingAll(".", with: ",")
    }

    /// Against CSV injection, as OWASP advises: a cell starting with `=`, `+`, `-`, `@`, a tab or
    /// a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of
    /// running it (`=HYPERLINK(...)`, `-2+3`). A plain number such as -3 or -2.5 stays as it is:
    /// digits with at most one decimal point or comma form no formula, and a spreadsheet should
    /// read them as the number they are.
    package static func neutralised(_ cell: String) -> String {
        guard let first = cell.utf8.first, "=+-@\t\r".utf8.contains(first) else { return cell }
        return isPlainNegativeNumber(cell) ? cell : "'" + cell
    }

    /// `-3`, `-2.5`, `-0,5`: a minus, digits, at most one separator followed by digits.
    private static func isPlainNegativeNumber(_ cell: String) -> Bool {
        let bytes = Array(cell.utf8)
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "-") else { return false }
        var separators = 0, digitsSinceSeparator = 0
        for b in bytes.dropFirst() {
            if b >= 48, b <= 57 { digitsSinceSeparator += 1; continue }
            guard b == UInt8(ascii: ".") || b == UInt8(ascii: ","), separators == 0, digitsSinceSeparator > 0 else { return false }
            separators += 1
            digitsSinceSeparator = 0
        }
        return digitsSinceSeparator > 0
    }

    /// How the cells of a Markdown table are written.
    package enum MarkdownCells: Sendable {
        /// As data (`as md`): `|` escaped, line breaks as <br>, group titles as plain rows.
        case data
        /// As report text: escaped as prose (`Markup.escapeMarkdown`), numeric columns aligned
        /// right, compact ones centred, group titles in bold across the row.
        case prose
    }

    /// A GitHub-flavoured Markdown table, as data.
    package var markdown: String { markdown(.data) }

    /// A GitHub-flavoured Markdown table: the one Markdown table writer.
    package func markdown(_ cells: MarkdownCells) -> String {
        let cell: (String) -> String = switch cells {
        case .data: { $0.replacingAll("|", with: "\\|").replacingAll("\n", with: "<br>") }
        case .prose: { Markup.escapeMarkdown($0, keepLines: false) }
        }
        var out = "| " + headers.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + headers.indices.map { numeric.contains($0) ? "---:|" : (compact.contains($0) ? ":-:|" : "---|") }.joined() + "\n"
        for (i, row) in rows.enumerated() {
            if cells == .prose, spanning.contains(i) {
                let title = row.first { !$0.isEmpty } ?? ""
                out += "| **" + cell(title) + "** |" + String(repeating: " |", count: max(0, headers.count - 1)) + "\n"
            } else {
                out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }
}

extension String {
    package func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
