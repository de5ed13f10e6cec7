import KVOModel

extension CSVTable {
    /// The encodings exports arrive in: Excel's "CSV UTF-8" (with a byte-order mark), plain UTF-8,
    /// UTF-16 with a byte-order mark (Excel's "Unicode text", some survey tools), and Windows-1252
    /// (Excel's plain "CSV" on a Dutch Windows, the police's BVH export).
    public enum Encoding: Sendable, Equatable {
        case utf8, utf8BOM, utf16LE, utf16BE, windows1252

        /// How the summary names it.
        public var name: String {
            switch self {
            case .utf8: "UTF-8"
            case .utf8BOM: "UTF-8 (BOM)"
            case .utf16LE: "UTF-16 LE"
            case .utf16BE: "UTF-16 BE"
            case .windows1252: "Windows-1252"
            }
        }
    }

    /// The text of a file and the encoding it was in. A byte-order mark decides; without one,
    /// text that is valid UTF-8 is UTF-8 and any other text is Windows-1252 (every byte means a
    /// character there, so it never fails). A file that is not text at all (NUL bytes, or a
    /// known binary signature) is refused and named for what it is; its bytes are never quoted,
    /// so nothing of it reaches the terminal.
    static func decode(_ bytes: [UInt8], name: String) throws(Diagnostic) -> (String, Encoding) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = bytes.dropFirst(2)
            let units = stride(from: body.startIndex, to: body.endIndex - 1, by: 2).map { i -> UInt16 in
                let (a, b) = (UInt16(body[i]), UInt16(body[i + 1]))
                return little ? a | b << 8 : a << 8 | b
            }
            return (String(decoding: units, as: UTF16.self), little ? .utf16LE : .utf16BE)
        }
        if let what = binaryKind(bytes) {
            throw Diagnostic.importing(Message(en: "\(name) is \(what.en), not a CSV file", nl: "\(name) is \(what.nl), geen CSV-bestand"), file: name,
                                       hint: Message(en: "import reads CSV files and Excel workbooks (.xlsx); save the file as one of those",
                                                     nl: "import leest CSV-bestanden en Excel-werkmappen (.xlsx); sla het bestand als een van beide op"))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(validating: bytes.dropFirst(3), as: UTF8.self) { return (text, .utf8BOM) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        var text = ""
        text.unicodeScalars.reserveCapacity(bytes.count)
        for b in bytes { text.unicodeScalars.append(windows1252(b)) }
        return (text, .windows1252)
    }

    /// Whether the bytes are an Excel workbook (.xlsx): read with `init(name:workbook:)`.
    public static func isWorkbook(_ bytes: [UInt8]) -> Bool { BinaryKind(bytes) == .workbook }

    /// What a file that is no text is, by its first bytes; nil for text.
    static func binaryKind(_ bytes: [UInt8]) -> Message? { BinaryKind(bytes)?.name }

    enum BinaryKind: Equatable {
        case workbook, zip, xls, pdf, binary

        init?(_ bytes: [UInt8]) {
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                // An Office Open XML workbook is a ZIP archive with entries under xl/; their names
                // are in the local headers near the start and in the directory at the end.
                let xl = Array("xl/".utf8)
                func holds(_ part: ArraySlice<UInt8>) -> Bool {
                    part.indices.dropLast(xl.count).contains { i in part[i..<i + xl.count].elementsEqual(xl) }
                }
                self = holds(bytes.prefix(4096)) || holds(bytes.suffix(65536)) ? .workbook : .zip
            } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
                self = .xls
            } else if bytes.starts(with: Array("%PDF".utf8)) {
                self = .pdf
            } else if bytes.prefix(65536).contains(0) {
                // Text in any of the encodings read has no NUL byte (UTF-16 has a byte-order mark).
                self = .binary
            } else {
                return nil
            }
        }

        var name: Message {
            switch self {
            case .workbook: Message(en: "an Excel workbook", nl: "een Excel-werkmap")
            case .zip: Message(en: "a ZIP archive", nl: "een ZIP-archief")
            case .xls: Message(en: "an old Excel workbook (.xls)", nl: "een oude Excel-werkmap (.xls)")
            case .pdf: Message(en: "a PDF document", nl: "een PDF-document")
            case .binary: Message(en: "a binary file", nl: "een binair bestand")
            }
        }
    }

    /// A Windows-1252 byte as a character: Latin-1 except 0x80 to 0x9F, which hold the euro sign,
    /// curly quotes, dashes and a few letters (the five bytes unassigned there stay C1 controls).
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(high[Int(byte - 0x80)])!
    }
}
