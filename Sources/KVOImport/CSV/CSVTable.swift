import KVOModel

/// A CSV file as survey software, Excel or a police system writes it, read with SwiftCSV (in the
/// helper program `kvo-csv`, see `CSVHelperProcess`): a header row and the rows under it, each
/// with the line of the file it starts on.
///
/// What it copes with: UTF-8 with or without a byte-order mark, UTF-16 with one, Windows-1252
/// (see `CSVTable+Encoding`), Windows (CRLF) and old Mac (CR) line ends, `;` (Dutch Excel), `,`
/// or tab as separator (detected over the first lines), quoted fields with separators, quotes
/// and line breaks inside, and empty rows (skipped, but counted for line numbers). What it
/// refuses: a binary file (named for what it is, never quoted), and, with the line and column, a
/// row with another number of fields than the header, and a quote out of place or never closed.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// The line of the file the row starts on (1-based).
        public let line: Int
        /// The fields, blanks around them removed, line breaks inside them written "\n".
        public let fields: [String]

        /// A field, or "" past the end.
        public subscript(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
    }

    /// The file as the user named it.
    public let name: String
    /// The text as read: without the byte-order mark, line ends as in the file except lone CRs.
    public let text: String
    public let separator: Character
    /// The encoding the file was in (named in the summary when it is not UTF-8).
    public let encoding: Encoding
    /// The sheet read, for an Excel workbook.
    public let sheet: String?
    public let header: [String]
    public let headerLine: Int
    public let rows: [Row]
    /// Rows that held nothing but blanks and separators.
    public let emptyRows: Int
    private let scanner: CSVRowScanner

    /// The encoding as the summary names it, when the file was not UTF-8.
    public var encodingNote: String? { encoding == .utf8 || encoding == .utf8BOM ? nil : encoding.name }

    /// How the separator is named in messages.
    public var separatorName: String { Self.name(of: separator) }

    /// Splits text into rows of fields with the CSV package; `CSVHelperProcess.split` in kvo.
    public typealias Splitter = (String, Character) throws(Diagnostic) -> RawCSV

    /// `shortRowsAllowed`: a row may leave off empty fields at its end (tables written by hand,
    /// such as a mapping file); exports must have every field.
    public init(name: String, bytes: [UInt8], shortRowsAllowed: Bool = false,
                split: Splitter = CSVHelperProcess.split) throws(Diagnostic) {
        let (text, encoding) = try Self.decode(bytes, name: name)
        try self.init(name: name, text: text, encoding: encoding, sheet: nil, separator: nil, shortRowsAllowed: shortRowsAllowed, split: split)
    }

    /// A sheet of an Excel workbook (the first, or `sheet`), read by kvo-csv. Its rows become
    /// `;`-separated text, one line per row of the sheet, so that messages point at the row
    /// Excel shows and quote it.
    public init(name: String, workbook bytes: [UInt8], sheet: String? = nil, split: Splitter = CSVHelperProcess.split) throws(Diagnostic) {
        let book = try CSVHelperProcess.readWorkbook(bytes, sheet: sheet, name: name)
        let width = book.rows.map(\.count).max() ?? 0
        let text = book.rows.map { row in (row + Array(repeating: "", count: width - row.count)).map(Self.quoted).joined(separator: ";") }
            .joined(separator: "\n") + "\n"
        try self.init(name: name, text: text, encoding: .utf8, sheet: book.sheet, separator: ";", shortRowsAllowed: false, split: split)
    }

    /// A cell as a CSV field: in quotes (quotes doubled) when it holds a separator, quote or line break.
    static func quoted(_ cell: String) -> String {
        cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            ? "\"" + cell.replacingAll("\"", with: "\"\"") + "\"" : cell
    }

    private init(name: String, text decoded: String, encoding: Encoding, sheet: String?, separator fixed: Character?,
                 shortRowsAllowed: Bool, split: Splitter) throws(Diagnostic) {
        self.name = name
        self.encoding = encoding
        self.sheet = sheet
        var text = decoded
        // A lone CR ends a line (old Mac files); make it a line feed so lines count alike everywhere.
        // (Characters, not text search: "\r\n" is one Character, so only lone CRs match.)
        if text.contains("\r" as Character) { text = String(text.map { $0 == "\r" ? "\n" : $0 }) }
        self.text = text

        let separator = fixed ?? Self.detectSeparator(text)
        self.separator = separator
        let scanner = CSVRowScanner(text: text, separator: separator)
        self.scanner = scanner

        // SwiftCSV drops the last field of a final line without a line break when that field is
        // empty; a closing line break keeps every field.
        let last = text.last
        let input = (last == nil || last == "\n" || last == "\r\n") ? text : text + "\n"
        let split = try split(input, separator)
        try Self.check(split, text: text, scanner: scanner, name: name)
        let read = try Self.records(split.rows, text: text, scanner: scanner, name: name, separator: separator, shortRowsAllowed: shortRowsAllowed)
        guard let header = read.header else {
            throw Diagnostic.importing(Message(en: "\(name) is empty", nl: "\(name) is leeg"), file: name,
                                       hint: Message(en: "a header row and one row per record are expected", nl: "verwacht worden een kopregel en één regel per record"))
        }
        self.header = header
        self.headerLine = read.headerLine
        self.rows = read.rows
        self.emptyRows = read.empty
    }

    /// The splitter's failure, or a quote never closed, as an error at its row.
    private static func check(_ split: RawCSV, text: String, scanner: CSVRowScanner, name: String) throws(Diagnostic) {
        let raw = split.rows
        if let error = split.failure {
            // SwiftCSV says what but not where: the row that failed starts after the rows it gave.
            let line = lines(before: raw.count, of: raw)
            let problem = scanner.scan(rowAt: line).problem
            throw Diagnostic.importing(problem?.message ?? Message(en: "this row cannot be read as CSV (\(error))", nl: "deze regel is niet als CSV te lezen (\(error))"),
                                       file: name, text: text, line: problem?.line ?? line, column: problem?.column ?? 1,
                                       hint: problem?.hint ?? Message(en: "a field that holds a quote is written in quotes with the quote doubled: \"5\"\" buis\"",
                                                                      nl: "een veld met een aanhalingsteken staat tussen aanhalingstekens, met het aanhalingsteken dubbel: \"5\"\" buis\""))
        }
        // A quote that is never closed swallows the rest of the file into one field; SwiftCSV
        // accepts that silently. Every well-formed file has an even number of quotes.
        if text.utf8.lazy.filter({ $0 == 0x22 }).count % 2 == 1, !raw.isEmpty {
            let line = lines(before: raw.count - 1, of: raw)
            let at = scanner.scan(rowAt: line).unclosedQuote ?? (line, 1)
            throw Diagnostic.importing(Message(en: "this quote is never closed, so the rest of the file would be one field",
                                               nl: "dit aanhalingsteken wordt nooit gesloten, dus de rest van het bestand zou één veld zijn"),
                                       file: name, text: text, line: at.line, column: at.column,
                                       hint: Message(en: "close the quoted field with a \" before the next separator or line end",
                                                     nl: "sluit het veld af met een \" vóór het volgende scheidingsteken of het einde van de regel"))
        }
    }

    /// The header (the first row that is not empty), the rows after it and the empty rows among
    /// them; a row with more or fewer fields than the header is an error at the field that differs.
    private static func records(_ raw: [[String]], text: String, scanner: CSVRowScanner, name: String, separator: Character,
                                shortRowsAllowed: Bool) throws(Diagnostic) -> (header: [String]?, headerLine: Int, rows: [Row], empty: Int) {
        var header: [String]?
        var headerLine = 1
        var rows: [Row] = []
        var empty = 0
        var line = 1
        for fields in raw {
            defer { line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) } }
            let trimmed = fields.map(trim)
            if trimmed.allSatisfy(\.isEmpty) {
                if header != nil { empty += 1 }
                continue
            }
            guard let h = header else {
                header = trimmed
                headerLine = line
                continue
            }
            var values = trimmed
            if values.count > h.count, values[h.count...].allSatisfy(\.isEmpty) { values.removeLast(values.count - h.count) }
            if values.count < h.count, shortRowsAllowed { values += Array(repeating: "", count: h.count - values.count) }
            if values.count != h.count {
                throw widthError(values.count, header: h.count, headerLine: headerLine, line: line, text: text, scanner: scanner, name: name, separator: separator)
            }
            rows.append(Row(line: line, fields: values))
        }
        return (header, headerLine, rows, empty)
    }

    private static func widthError(_ count: Int, header width: Int, headerLine: Int, line: Int, text: String, scanner: CSVRowScanner, name: String,
                                   separator: Character) -> Diagnostic {
        let starts = scanner.scan(rowAt: line).fieldStarts
        let at = count > width ? starts[safe: width] : starts.last
        let fields = Noun(en: "field", "fields", nl: "veld", "velden")
        let sep = Self.name(of: separator)
        return Diagnostic.importing(Message(en: "this row has \(Language.en.count(count, fields)), the header (line \(headerLine)) has \(width)",
                                            nl: "deze regel heeft \(Language.nl.count(count, fields)), de kopregel (regel \(headerLine)) heeft er \(width)"),
                                    file: name, text: text, line: at?.line ?? line, column: at?.column ?? 1,
                                    hint: count > width
                                        ? Message(en: "a field that holds the separator \(sep) must be in double quotes: \"Café\(separator) De Brug\"",
                                                  nl: "een veld met het scheidingsteken \(sep) moet tussen dubbele aanhalingstekens staan: \"Café\(separator) De Brug\"")
                                        : Message(en: "a separator \(sep) is missing, or a quoted field was not closed on this line",
                                                  nl: "er ontbreekt een scheidingsteken \(sep), of een veld tussen aanhalingstekens is op deze regel niet gesloten"))
    }

    /// Where a field of a row starts: the place to point at when its value is wrong.
    public func location(ofField index: Int, in row: Row) -> (line: Int, column: Int) {
        let starts = scanner.scan(rowAt: row.line).fieldStarts
        return starts[safe: index] ?? (row.line, 1)
    }

    /// Where a header cell starts.
    public func location(ofHeader index: Int) -> (line: Int, column: Int) {
        scanner.scan(rowAt: headerLine).fieldStarts[safe: index] ?? (headerLine, 1)
    }

    /// An error pointing at a field: its line and column, underlining its value.
    public func error(_ message: Message, field index: Int, in row: Row, hint: Message? = nil,
                      unknown: String? = nil, candidates: [String] = []) -> Diagnostic {
        let at = location(ofField: index, in: row)
        return Diagnostic.importing(message, file: name, text: text, line: at.line, column: at.column,
                                    length: max(1, row[index].count), hint: hint, unknown: unknown, candidates: candidates)
    }

    /// An error pointing at a header cell.
    public func error(_ message: Message, header index: Int, hint: Message? = nil, unknown: String? = nil, candidates: [String] = []) -> Diagnostic {
        let at = location(ofHeader: index)
        return Diagnostic.importing(message, file: name, text: text, line: at.line, column: at.column,
                                    length: max(1, header[safe: index]?.count ?? 1), hint: hint, unknown: unknown, candidates: candidates)
    }

    // MARK: reading helpers

    /// The separator: of `;`, tab and `,`, the one that occurs equally often (and at least once)
    /// outside quotes on each of the first lines, the most often if several do; a question such as
    /// "Hoe vaak, en waar?" must not make a `;` file a comma file. If none is that regular (a
    /// ragged file, which is then reported at its ragged row), the most frequent on the header
    /// line. Ties go to `;`, then tab; a file with none of them is one column, read with `,`.
    static func detectSeparator(_ text: Substring) -> Character {
        let candidates: [Character] = [";", "\t", ","]
        var lines: [[Character: Int]] = []
        var counts: [Character: Int] = [:]
        var quoted = false
        var seenText = false
        for c in text {
            if c == "\"" { quoted.toggle(); continue }
            if !quoted, c == "\n" || c == "\r\n" {
                if seenText { lines.append(counts) } // empty lines do not count
                if lines.count == 10 { break }
                (counts, seenText) = ([:], false)
                continue
            }
            if !quoted, candidates.contains(c) { counts[c, default: 0] += 1 }
            if c != " " { seenText = true }
        }
        if seenText, lines.count < 10 { lines.append(counts) }
        guard let header = lines.first else { return "," }
        func most(_ of: [Character], by count: (Character) -> Int) -> Character? {
            var best: Character?
            var top = 0
            for c in of where count(c) > top { (best, top) = (c, count(c)) }
            return best
        }
        let regular = candidates.filter { c in header[c, default: 0] > 0 && lines.allSatisfy { $0[c, default: 0] == header[c, default: 0] } }
        return most(regular) { header[$0, default: 0] } ?? most(candidates) { header[$0, default: 0] } ?? ","
    }

    static func detectSeparator(_ text: String) -> Character { detectSeparator(text[...]) }

    static func name(of separator: Character) -> String { separator == "\t" ? "tab" : "'\(separator)'" }

    /// Line breaks inside a field, as SwiftCSV counts them.
    static func lineBreaks(in field: String) -> Int { field.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" || $1 == "\r" ? 1 : 0) } }

    /// The line the row after the first `count` raw rows starts on.
    static func lines(before count: Int, of raw: [[String]]) -> Int {
        raw.prefix(count).reduce(1) { line, fields in line + 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) } }
    }

    /// A field without blanks around it; a Windows line break inside it becomes a plain one.
    static func trim(_ s: String) -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\u{A0}" }
        guard let first = s.firstIndex(where: { !blank($0) }), let last = s.lastIndex(where: { !blank($0) }) else { return "" }
        let field = s[first...last]
        return field.contains("\r\n" as Character) ? String(field.map { $0 == "\r\n" ? "\n" : $0 }) : String(field)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}

extension String {
    /// The text with every `target` replaced (without Foundation).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
