/// The handbook's text laid out for a terminal: paragraphs and list items wrapped to a width, and
/// the handbook's tables (tab-separated rows in `Paragraph.text`) as aligned plain-text columns.
extension HandbookText {
    /// `text` as lines of at most `width` characters (a word longer than that stands alone).
    package static func lines(_ text: String, width: Int) -> [String] {
        let width = max(width, 20)
        let source = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var i = 0
        while i < source.count {
            guard source[i].contains("\t") else {
                out += wrapped(source[i], width: width)
                i += 1
                continue
            }
            // A table: rows with tabs, and blank lines between them while more rows follow.
            var rows: [[String]?] = []
            while i < source.count {
                if source[i].contains("\t") {
                    rows.append(cells(source[i]))
                    i += 1
                } else if source[i].trimmingSpaces.isEmpty, let next = source[i...].firstIndex(where: { !$0.trimmingSpaces.isEmpty }),
                          source[next].contains("\t") {
                    rows += Array(repeating: nil, count: next - i)
                    i = next
                } else {
                    break
                }
            }
            out += table(rows, width: width)
        }
        return out
    }

    /// A row's cells, without the empty ones at its end.
    static func cells(_ line: String) -> [String] {
        var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        while cells.count > 1, cells.last!.isEmpty { cells.removeLast() }
        return cells
    }

    /// Rows as aligned columns two spaces apart; a row of one cell spans the table. When the
    /// columns do not fit, the widest is narrowed and its cells wrap within it.
    static func table(_ rows: [[String]?], width: Int) -> [String] {
        let columns = rows.compactMap { $0?.count }.max() ?? 1
        var widths = Array(repeating: 0, count: columns)
        for case let row? in rows where row.count > 1 {
            for (c, cell) in row.enumerated() { widths[c] = max(widths[c], cell.count) }
        }
        while widths.reduce(0, +) + 2 * (columns - 1) > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 8 {
            widths[widest] -= 1
        }
        var out: [String] = []
        for row in rows {
            guard let row else { out.append(""); continue }
            if row.count == 1 {
                out += wrapped(row[0], width: width)
                continue
            }
            let wrappedCells = row.enumerated().map { wrapped($0.element, width: widths[$0.offset]) }
            let height = wrappedCells.map(\.count).max() ?? 1
            for line in 0..<height {
                var text = ""
                for (c, cell) in wrappedCells.enumerated() {
                    let piece = line < cell.count ? cell[line] : ""
                    text += c == wrappedCells.count - 1 ? piece : piece + String(repeating: " ", count: max(0, widths[c] - piece.count) + 2)
                }
                out.append(text.trimmingTrailingSpaces)
            }
        }
        return out
    }

    /// One line of text wrapped at spaces; a list item ("- ", "  - ") keeps its indent on later lines.
    static func wrapped(_ line: String, width: Int) -> [String] {
        let indent = line.prefix { $0 == " " }.count
        let body = line.dropFirst(indent)
        // A list item ("- ", "12. ") continues under its text.
        let number = body.prefix { $0.isNumber }
        let marker = body.hasPrefix("- ") ? 2 : (!number.isEmpty && body.dropFirst(number.count).hasPrefix(". ") ? number.count + 2 : 0)
        let hanging = indent + marker
        let words = body.split(separator: " ")
        guard !words.isEmpty else { return [""] }
        var out: [String] = []
        var current = String(repeating: " ", count: indent)
        var empty = true
        for word in words {
            if !empty, current.count + 1 + word.count > width {
                out.append(current)
                current = String(repeating: " ", count: hanging)
                empty = true
            }
            current += (empty ? "" : " ") + word
            empty = false
        }
        out.append(current)
        return out
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
