import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KVOModel
import ZIPFoundation

/// Reads one sheet of an Excel workbook (.xlsx, Office Open XML) as rows of text, for `import`:
/// ZIPFoundation opens the archive, Foundation's XML parser reads the parts. Text cells (shared or
/// inline), numbers as Excel stores them, booleans, and date cells (a number whose cell style has
/// a date format) as `2025-04-03` or `2025-04-03 10:15`, so that a date is read as the date it
/// shows, whatever the locale of the PC that saved it. Row numbers stay the sheet's: an empty row
/// is an empty row, so messages name the row Excel shows.
public enum XLSXReader {
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[String]]
        /// Every sheet of the workbook, in order.
        public var sheets: [String]
    }

    /// Why a workbook cannot be read: a Diagnostic of kind `.load`, its text the same in both
    /// languages (the ZIP and XML libraries' words; kvo puts it inside a sentence of its own).
    static func failure(_ text: String) -> Diagnostic { Diagnostic(.load, .verbatim(text)) }

    /// The sheet asked for is not in the workbook.
    public struct NoSuchSheet: Error {
        public let sheet: String
        public let sheets: [String]
    }

    /// Runs the XML parser over a part; nil when the part is well-formed, else where and why not.
    /// A part cut off or garbled must be an error: the rows read up to the damage would import
    /// as if they were all.
    static func parse(_ data: Data, with delegate: XMLParserDelegate) -> String? {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        // swift-corelibs' parse() answers true for a document cut off before its end, with
        // parserError set (code 5, premature end): the error is the verdict, not the answer.
        let finished = parser.parse()
        guard !finished || parser.parserError != nil else { return nil }
        let code = (parser.parserError as NSError?)?.code
        let why = code == XMLParser.ErrorCode.prematureDocumentEndError.rawValue ? "it ends before its XML does"
            : "XML error \(code.map(String.init) ?? "unknown")"
        return "line \(parser.lineNumber): \(why)"
    }

    /// A part's elements, or the failure naming the damaged part.
    static func checked<Part>(_ part: Part, _ damage: String?, _ path: String) throws -> Part {
        guard let damage else { return part }
        throw failure("the workbook's part \(path) is not well-formed XML (\(damage))")
    }

    /// The sheet named `sheet` (case and blanks ignored), or the first.
    public static func read(_ data: Data, sheet: String? = nil) throws -> Sheet {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw failure("not a ZIP archive (\(error))") }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            _ = try archive.extract(entry, skipCRC32: true) { out.append($0) }
            return out
        }
        guard let workbook = try part("xl/workbook.xml") else { throw failure("no xl/workbook.xml: not an Excel workbook") }
        let parsedBook = XMLElements(workbook)
        let book = try checked(parsedBook, parsedBook.damage, "xl/workbook.xml")
        let sheets = book.all("sheet")
        guard !sheets.isEmpty else { throw failure("the workbook has no sheets") }
        let names = sheets.map { $0.attributes["name"] ?? "" }
        let wanted = sheet.map { s in sheets.firstIndex { ($0.attributes["name"] ?? "").lowercased() == s.lowercased().trimmingCharacters(in: .whitespaces) } } ?? 0
        guard let index = wanted else {
            throw NoSuchSheet(sheet: sheet ?? "", sheets: names)
        }
        let relID = sheets[index].attributes["r:id"] ?? ""
        var rels: [XMLElements.Element] = []
        if let data = try part("xl/_rels/workbook.xml.rels") {
            let parsed = XMLElements(data)
            rels = try checked(parsed, parsed.damage, "xl/_rels/workbook.xml.rels").all("Relationship")
        }
        var target = rels.first { $0.attributes["Id"] == relID }?.attributes["Target"] ?? "worksheets/sheet\(index + 1).xml"
        target = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let sheetData = try part(target) else { throw failure("the sheet's part \(target) is missing") }
        let shared = try part("xl/sharedStrings.xml").map(sharedStrings) ?? []
        let dateStyles = try part("xl/styles.xml").map(dateStyleIndices) ?? []
        let epoch1904 = book.all("workbookPr").first?.attributes["date1904"].map { $0 == "1" || $0 == "true" } ?? false
        let parsedRows = SheetRows(sheetData, shared: shared, dateStyles: dateStyles, epoch1904: epoch1904)
        let rows = try checked(parsedRows, parsedRows.damage, target).rows
        return Sheet(name: names[index], rows: rows, sheets: names)
    }

    /// The shared strings: each `<si>` is one string, its `<t>` runs joined (rich text has several).
    static func sharedStrings(_ data: Data) throws -> [String] {
        let strings = XMLElements(data, textOf: ["t"], groupedBy: "si")
        return try checked(strings, strings.damage, "xl/sharedStrings.xml").groups
    }

    /// The cell styles (`cellXfs` positions) whose number format shows a date or time.
    static func dateStyleIndices(_ data: Data) throws -> Set<Int> {
        let parsed = XMLElements(data)
        let styles = try checked(parsed, parsed.damage, "xl/styles.xml")
        var custom: [Int: String] = [:]
        for f in styles.all("numFmt") {
            if let id = f.attributes["numFmtId"].flatMap(Int.init) { custom[id] = f.attributes["formatCode"] ?? "" }
        }
        var result = Set<Int>()
        for (i, xf) in styles.all("xf", inside: "cellXfs").enumerated() {
            guard let id = xf.attributes["numFmtId"].flatMap(Int.init) else { continue }
            if isDateFormat(id: id, code: custom[id]) { result.insert(i) }
        }
        return result
    }

    /// Excel's built-in date formats (14 to 22, 45 to 47) and custom ones that show a day, month,
    /// year or time (letters outside quotes and [colour] brackets).
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (45...47).contains(id) { return true }
        guard let code, id >= 164 else { return false }
        var plain = "", quoted = false, bracket = false
        for c in code {
            if c == "\"" { quoted.toggle(); continue }
            if !quoted, c == "[" { bracket = true; continue }
            if !quoted, c == "]" { bracket = false; continue }
            if !quoted, !bracket { plain.append(c) }
        }
        return plain.lowercased().contains { "dmyhs".contains($0) } && !plain.lowercased().contains("general")
    }

    /// A date serial as text: days since 1899-12-30 (or 1904-01-01), a fraction of a day as the time.
    static func dateText(serial: Double, epoch1904: Bool) -> String {
        let totalSeconds = Int((serial * 86400).rounded())
        let days = totalSeconds / 86400 + (epoch1904 ? 1462 : 0) - 25569 // to days since 1970-01-01
        let seconds = totalSeconds % 86400
        // Days to a civil date (Howard Hinnant's algorithm).
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        var text = String(format: "%04d-%02d-%02d", y, m, d)
        if seconds > 0 {
            text += String(format: " %02d:%02d", seconds / 3600, seconds / 60 % 60)
            if seconds % 60 > 0 { text += String(format: ":%02d", seconds % 60) }
        }
        return text
    }
}

/// The elements of a small XML part (workbook, relationships, styles) with their attributes, or
/// the text of chosen elements grouped per parent (shared strings).
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element { let name: String; let attributes: [String: String]; let parents: [String] }
    private(set) var elements: [Element] = []
    private(set) var groups: [String] = []
    private var path: [String] = []
    private let textOf: Set<String>
    private let groupedBy: String?
    private var text: String?
    /// Why the XML is not well-formed (line and the parser's words), nil when it is.
    private(set) var damage: String?

    init(_ data: Data, textOf: Set<String> = [], groupedBy: String? = nil) {
        self.textOf = textOf
        self.groupedBy = groupedBy
        super.init()
        damage = XLSXReader.parse(data, with: self)
    }

    func all(_ name: String, inside parent: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (parent.map($0.parents.contains) ?? true) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        if local == groupedBy { groups.append("") }
        if textOf.contains(local) { text = "" }
        if groupedBy == nil { elements.append(Element(name: local, attributes: attributes, parents: path)) }
        path.append(local)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let local = path.removeLast()
        if textOf.contains(local), let t = text, !groups.isEmpty {
            // Text of a phonetic run (<rPh>) is not part of the string.
            if !path.contains("rPh") { groups[groups.count - 1] += t }
            text = nil
        }
    }
}

/// The cells of a worksheet part, row by row, as text.
final class SheetRows: NSObject, XMLParserDelegate {
    private(set) var rows: [[String]] = []
    private let shared: [String]
    private let dateStyles: Set<Int>
    private let epoch1904: Bool
    private var cell: (column: Int, type: String, style: Int)?
    private var value: String?
    private var inlineText = ""
    /// Why the XML is not well-formed (line and the parser's words), nil when it is.
    private(set) var damage: String?

    init(_ data: Data, shared: [String], dateStyles: Set<Int>, epoch1904: Bool) {
        self.shared = shared
        self.dateStyles = dateStyles
        self.epoch1904 = epoch1904
        super.init()
        damage = XLSXReader.parse(data, with: self)
        while let last = rows.last, last.allSatisfy(\.isEmpty) { rows.removeLast() }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch Self.local(name) {
        case "row":
            // Rows Excel leaves out (empty) are empty rows here, so row numbers stay the sheet's.
            let number = attributes["r"].flatMap(Int.init) ?? rows.count + 1
            while rows.count < number - 1 { rows.append([]) }
            rows.append([])
        case "c":
            let column = attributes["r"].map(Self.column) ?? (rows.last?.count ?? 0)
            cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
            inlineText = ""
        case "v", "t":
            value = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { value? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch Self.local(name) {
        case "t":
            inlineText += value ?? ""
            value = nil
        case "v":
            inlineText = value ?? ""
            value = nil
        case "c":
            guard let c = cell, !rows.isEmpty else { return }
            var row = rows.removeLast()
            while row.count < c.column { row.append("") }
            row.append(text(of: c, raw: inlineText))
            rows.append(row)
            cell = nil
        default: break
        }
    }

    private func text(of cell: (column: Int, type: String, style: Int), raw: String) -> String {
        switch cell.type {
        case "s": return Int(raw).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
        case "b": return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw
        case "n":
            if dateStyles.contains(cell.style), let serial = Double(raw) { return XLSXReader.dateText(serial: serial, epoch1904: epoch1904) }
            return raw
        default: return raw // str (a formula's text), inlineStr, e (an error such as #N/A)
        }
    }

    /// An element's name without its namespace prefix (`x:row` is `row`).
    static func local(_ name: String) -> Substring { name.split(separator: ":").last ?? Substring(name) }

    /// `C12` is column 2 (0-based).
    static func column(_ reference: String) -> Int {
        reference.prefix { $0.isLetter }.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }
}
