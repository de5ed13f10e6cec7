/// A byte-level JSON reader (RFC 8259).
///
/// Written by hand rather than taken from Foundation: JSONDecoder measured about 27 MB/s and
/// reports no line and column, and a dossier at the handbook's upper bound is ~4.5 MB that must
/// open faster than `jq` reads it. Errors carry line and column (columns count characters).
public struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    /// The fields of the record being read: one buffer for all records, so that each record's
    /// own array is allocated once at its exact size (growing it field by field allocated five
    /// times per record and left it up to twice as large as needed).
    private var scratch = SortedFields()
    /// The shapes of the records read last, the latest first: records of a kind written alike
    /// share one (`FieldNames`).
    private var shapes: [FieldNames] = []
    /// The ASCII field names of records read so far, each with where its bytes are in the file:
    /// records of a kind repeat their names, so a name is found by comparing bytes (first the
    /// name that followed the previous one last time) instead of building a new String.
    private var known: [Reused] = []
    /// Each known name's place in String order, so that a record's fields are known to come
    /// sorted by comparing two integers (for ASCII, String order is byte order).
    private var ranks: [Int] = []
    /// For each known name: the name that followed it last, and the last string value it had
    /// (many repeat: a source, an area), reused when the bytes are the same.
    private var successors: [Int] = []
    private var lastTexts: [Reused?] = []
    /// A match this many bytes or more after where a known name or text was seen moves it there
    /// (`Reused.at`), so that what is matched often stays among the pages not given back
    /// (`released` trails the reading by at least 64 KiB). Moving it at every match measured
    /// 7.5 M instructions more opening the upper-bound dossier; this way a few thousand moves.
    private static let moveAfter = 32 * 1024
    /// The known name just read in the record being read, or -1.
    private var current = -1
    /// The first name of the last record, and the known names by length, for finding a name
    /// that is not the one that followed last time.
    private var firstName = -1
    private var byLength: [[Int]] = []
    /// Whether the ranks stayed the same since the record being read began (a name learned
    /// while reading it changes them).
    private var ranksStable = false
    /// The file whose pages are given back as records are read (`parseDocument(releasing:)`), and
    /// how far: bytes below `released` may read as zeros, so no known name or text is matched
    /// against them.
    private var file: FileBuffer?
    private var released = 0

    /// A string read before: where its bytes (no escapes) were seen, how many, and the String.
    fileprivate struct Reused {
        var at: Int
        var count: Int
        var string: String
    }
    static let maximumDepth = 200

    private init(_ bytes: UnsafeBufferPointer<UInt8>, file: FileBuffer? = nil) {
        self.bytes = bytes
        self.file = file
    }

    public static func parse(_ data: [UInt8]) throws(JSONError) -> JSONValue {
        let result: Result<JSONValue, JSONError> = data.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(buffer)
            return Result { () throws(JSONError) -> JSONValue in
                parser.skipBOM()
                let value = try parser.value()
                parser.skipWhitespace()
                if parser.i < buffer.count { throw parser.error(Message(en: "unexpected text after the end of the document", nl: "onverwachte tekst na het einde van het document")) }
                return value
            }
        }
        return try result.get()
    }

    public static func parse(_ text: String) throws(JSONError) -> JSONValue { try parse(Array(text.utf8)) }

    private mutating func skipBOM() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    }

    func error(_ message: Message, at offset: Int? = nil) -> JSONError {
        let position = JSONParser.position(of: offset ?? i, in: bytes)
        return JSONError(message: message, line: position.line, column: position.column, offset: offset ?? i)
    }

    static let notClosedOnItsLine = Message(en: "the string is not closed on its line", nl: "de tekst wordt niet op dezelfde regel afgesloten")
    static let controlCharacter = Message(en: "a control character inside a string must be escaped",
                                          nl: "een stuurteken in een tekst moet met een escape worden geschreven")

    /// Line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var k = 0
        let end = min(offset, bytes.count)
        while k < end {
            let b = bytes[k]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        return (line, column)
    }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } else { return }
        }
    }

    /// What stands at the reading position, for "found ...".
    private func describeHere() -> Message {
        guard i < bytes.count else { return Message(en: "the end of the file", nl: "het einde van het bestand") }
        let b = bytes[i]
        if b >= 0x21 && b < 0x7F { return .verbatim("'\(Character(Unicode.Scalar(b)))'") }
        return Message(en: "byte 0x", nl: "byte 0x") + String(b, radix: 16)
    }

    /// "expected a value, found ..." (with what was found).
    private func expectedValue(_ found: Message) -> Message {
        Message(en: "expected a value, found ", nl: "een waarde verwacht, maar ") + found + Message(en: "", nl: " gevonden")
    }

    fileprivate mutating func value() throws(JSONError) -> JSONValue {
        skipWhitespace()
        guard i < bytes.count else { throw error(Message(en: "expected a value, found the end of the file", nl: "een waarde verwacht, maar het bestand houdt op")) }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "'"): throw error(Message(en: "strings in JSON are written in double quotes", nl: "tekst staat in JSON tussen dubbele aanhalingstekens"))
        case UInt8(ascii: "]"), UInt8(ascii: "}"): throw error(expectedValue(describeHere()) + Message(en: " (a comma too many?)", nl: " (een komma te veel?)"))
        default: throw error(expectedValue(describeHere()))
        }
    }

    private mutating func literal(_ word: String) throws(JSONError) {
        let start = i
        let expected = Array(word.utf8)
        let n = expected.count
        guard i + n <= bytes.count else { throw error(expectedValue(describeHere()), at: start) }
        for k in 0..<n where bytes[i + k] != expected[k] {
            throw error(expectedValue(describeHere()), at: start)
        }
        i += n
    }

    private mutating func enter() throws(JSONError) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw error(Message(en: "nested deeper than \(JSONParser.maximumDepth) levels", nl: "dieper genest dan \(JSONParser.maximumDepth) niveaus")) }
    }

    // Never inlined into `value`: a container's type metadata (`[String: JSONValue]`) is looked up
    // at the entry of the function that makes one, and inlined that lookup cost every string and
    // number read (measured: 170 M of 900 M instructions opening the upper-bound dossier).
    @inline(never)
    private mutating func object() throws(JSONError) -> JSONValue {
        var fields: [String: JSONValue] = [:]
        try members(into: &fields)
        return .object(fields)
    }

    /// A record: an object whose fields are kept sorted by name, without a dictionary.
    private mutating func record() throws(JSONError) -> Record {
        var fields = scratch
        scratch = SortedFields()
        fields.removeAll()
        try members(into: &fields)
        let values = fields.values
        let record = Record(shape: shape(of: fields.names), values: [JSONValue](unsafeUninitializedCapacity: values.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: values)
        })
        scratch = fields
        return record
    }

    /// The shape with these names: one of the last eight, or a new one.
    private mutating func shape(of names: [String]) -> FieldNames {
        for (k, shape) in shapes.enumerated() where shape.same(as: names) {
            if k > 0 { shapes.swapAt(k, k - 1) }
            return shape
        }
        let shape = FieldNames(names)
        if shapes.count == 8 { shapes.removeLast() }
        shapes.insert(shape, at: 0)
        return shape
    }

    /// Reads an object's members into `members`; a name given twice is an error at its second place.
    private mutating func members<Members: ObjectMembers>(into members: inout Members) throws(JSONError) {
        let open = i
        try enter()
        i += 1
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return
        }
        var position = 0
        while true {
            skipWhitespace()
            guard i < bytes.count else { throw error(Message(en: "the object opened at \(place(open)) is not closed", nl: "het object dat op \(place(open)) begint, wordt niet gesloten")) }
            guard bytes[i] == UInt8(ascii: "\"") else {
                if bytes[i] == UInt8(ascii: "}") { throw error(Message(en: "a comma before '}' is not allowed in JSON", nl: "een komma voor '}' mag niet in JSON")) }
                throw error(Message(en: "expected a field name in double quotes, found ", nl: "een veldnaam tussen dubbele aanhalingstekens verwacht, maar ") + describeHere() + Message(en: "", nl: " gevonden"))
            }
            let keyStart = i
            let key = Members.reusesStrings ? try name(first: position == 0) : try string()
            position += 1
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error(Message(en: "expected ':' after the field name \"\(key)\"", nl: "':' verwacht na de veldnaam \"\(key)\"")) }
            i += 1
            let v = try Members.read(&self)
            if !members.add(key, v, rank: Members.reusesStrings && current >= 0 && ranksStable ? ranks[current] : -1) {
                throw error(Message(en: "the field \"\(key)\" appears twice in this object", nl: "het veld \"\(key)\" staat twee keer in dit object"), at: keyStart)
            }
            skipWhitespace()
            guard i < bytes.count else { throw error(Message(en: "the object opened at \(place(open)) is not closed", nl: "het object dat op \(place(open)) begint, wordt niet gesloten")) }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                depth -= 1
                return
            }
            throw error(Message(en: "expected ',' or '}' after the value of \"\(key)\", found ", nl: "',' of '}' verwacht na de waarde van \"\(key)\", maar ") + describeHere() + Message(en: "", nl: " gevonden"))
        }
    }

    @inline(never) // as `object`
    private mutating func array() throws(JSONError) -> JSONValue {
        .array(try elements { (parser: inout JSONParser) throws(JSONError) in try parser.value() })
    }

    /// Reads a list's elements with `read`.
    private mutating func elements<Item>(_ read: (inout JSONParser) throws(JSONError) -> Item) throws(JSONError) -> [Item] {
        let open = i
        try enter()
        i += 1
        var items: [Item] = []
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return items
        }
        while true {
            items.append(try read(&self))
            skipWhitespace()
            guard i < bytes.count else { throw error(Message(en: "the list opened at \(place(open)) is not closed", nl: "de lijst die op \(place(open)) begint, wordt niet gesloten")) }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                skipWhitespace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { throw error(Message(en: "a comma before ']' is not allowed in JSON", nl: "een komma voor ']' mag niet in JSON")) }
                continue
            }
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                depth -= 1
                return items
            }
            throw error(Message(en: "expected ',' or ']' in the list, found ", nl: "',' of ']' verwacht in de lijst, maar ") + describeHere() + Message(en: "", nl: " gevonden"))
        }
    }

    // MARK: documents

    /// Reads a file whose root is an object of sections, as a dossier is: a list member's objects
    /// become records directly (`Record`), never dictionaries. Errors are the same as `parse`'s.
    static func parseDocument(_ data: [UInt8]) throws(JSONError) -> JSONDocument {
        try data.withUnsafeBufferPointer { parseDocument($0, file: nil) }.get()
    }

    /// `parseDocument` over a file's pages, giving them back as it passes them (issue 15: the
    /// bytes and the records are never in memory whole together). An error's line and column
    /// are not to be trusted here (they are counted over bytes given back): the caller reads the
    /// file again and parses it with `parseDocument(_:)` for the place.
    static func parseDocument(releasing file: FileBuffer) throws(JSONError) -> JSONDocument {
        try file.withBytes { parseDocument($0, file: file) }.get()
    }

    private static func parseDocument(_ buffer: UnsafeBufferPointer<UInt8>, file: FileBuffer?) -> Result<JSONDocument, JSONError> {
        var parser = JSONParser(buffer, file: file)
        return Result { () throws(JSONError) -> JSONDocument in
            parser.skipBOM()
            parser.skipWhitespace()
            let document: JSONDocument
            if parser.i < buffer.count, buffer[parser.i] == UInt8(ascii: "{") {
                var members = DocumentMembers()
                try parser.members(into: &members)
                document = .object(members.members)
            } else {
                document = .other(try parser.value())
            }
            parser.skipWhitespace()
            if parser.i < buffer.count { throw parser.error(Message(en: "unexpected text after the end of the document", nl: "onverwachte tekst na het einde van het document")) }
            return document
        }
    }

    /// A member of the document's root: a list is read as records where it holds objects.
    fileprivate mutating func member() throws(JSONError) -> JSONMember {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return .value(try value()) }
        return .list(try elements { (parser: inout JSONParser) throws(JSONError) in
            parser.skipWhitespace()
            guard parser.i < parser.bytes.count, parser.bytes[parser.i] == UInt8(ascii: "{") else { return .value(try parser.value()) }
            let record = JSONItem.record(try parser.record())
            parser.releasePassedPages()
            return record
        })
    }

    /// Gives back the pages of the file read so far, every 256 KiB, keeping the last 64 KiB (the
    /// names and texts matched most often lie there).
    @inline(__always)
    private mutating func releasePassedPages() {
        guard let file, i - released > 320 * 1024 else { return }
        released = i - 64 * 1024
        file.release(below: released)
    }

    /// A record's field name: a known name when the bytes are the same, else read (and known
    /// from then on when it is ASCII). Sets `current`.
    private mutating func name(first: Bool) throws(JSONError) -> String {
        if first {
            current = -1
            ranksStable = true
        }
        let previous = current
        let candidate = previous >= 0 ? successors[previous] : firstName
        let start = i + 1
        // A match moves the name's bytes to here, so that they stay among the pages not given back.
        if candidate >= 0, case let seen = known[candidate], matches(seen) {
            if seen.at < start - Self.moveAfter { known[candidate].at = start }
            current = candidate
            return known[candidate].string
        }
        var end = start
        while end < bytes.count {
            let b = bytes[end]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
            end += 1
        }
        var found = -1
        if end - start < byLength.count {
            for k in byLength[end - start] where matches(known[k]) {
                found = k
                if known[k].at < start - Self.moveAfter { known[k].at = start }
                break
            }
        }
        if found < 0 {
            let name = try string()
            found = learn(Reused(at: start, count: i - 1 - start, string: name))
            if found < 0 {
                current = -1
                return name
            }
        }
        if previous >= 0 { successors[previous] = found } else if first { firstName = found }
        current = found
        return known[found].string
    }

    /// Whether the string at the reading position (on its opening quote) has `candidate`'s bytes;
    /// then reads past it.
    @inline(__always)
    private mutating func matches(_ candidate: Reused) -> Bool {
        let start = i + 1, end = start + candidate.count, place = candidate.at
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\""), place >= released else { return false }
        var k = 0
        while k < candidate.count {
            if bytes[start + k] != bytes[place + k] { return false }
            k += 1
        }
        i = end + 1
        return true
    }

    /// Adds an ASCII name without escapes to the known names (at most 512: a dossier has far
    /// fewer); its index, or -1.
    private mutating func learn(_ name: Reused) -> Int {
        guard known.count < 512, name.string.utf8.count == name.count, name.string.utf8.allSatisfy({ $0 < 0x80 }) else { return -1 }
        if byLength.isEmpty { byLength = Array(repeating: [], count: 64) }
        guard name.count < byLength.count else { return -1 }
        byLength[name.count].append(known.count)
        ranksStable = false
        // The new name's rank in String order is the number of known names before it; those after
        // it move up one. (Sorting all names again for each new one cost 3 M instructions per
        // example dossier: a tenth of `kvo check` on it.)
        var rank = 0
        for k in known.indices where known[k].string < name.string { rank += 1 }
        for k in ranks.indices where ranks[k] >= rank { ranks[k] += 1 }
        ranks.append(rank)
        known.append(name)
        successors.append(-1)
        lastTexts.append(nil)
        return known.count - 1
    }

    /// A record's field value: a string as the last value of the same field name when the bytes
    /// are the same.
    fileprivate mutating func fieldValue() throws(JSONError) -> JSONValue {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return try value() }
        let field = current
        let start = i + 1
        if field >= 0, let last = lastTexts[field], matches(last) {
            if last.at < start - Self.moveAfter { lastTexts[field]!.at = start }
            return .string(last.string)
        }
        let text = try string()
        if field >= 0, text.utf8.count == i - 1 - start { lastTexts[field] = Reused(at: start, count: i - 1 - start, string: text) }
        return .string(text)
    }

    private func place(_ offset: Int) -> String {
        let p = JSONParser.position(of: offset, in: bytes)
        return "\(p.line):\(p.column)"
    }

    private mutating func string() throws(JSONError) -> String {
        let open = i
        i += 1
        let start = i
        // Fast path: no escapes.
        var bits: UInt8 = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<i])
                i += 1
                // ASCII needs no validation; `String(validating:)` is an unspecialised generic
                // (its metadata lookups measured 200 M instructions opening the upper-bound dossier).
                if bits < 0x80 { return String(decoding: slice, as: UTF8.self) }
                guard let s = String(validating: slice, as: UTF8.self) else { throw error(Message(en: "the string is not valid UTF-8", nl: "de tekst is geen geldige UTF-8"), at: open) }
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw error(b == 0x0A ? JSONParser.notClosedOnItsLine : JSONParser.controlCharacter) }
            bits |= b
            i += 1
        }
        guard i < bytes.count else { throw error(Message(en: "the string is not closed", nl: "de tekst wordt niet afgesloten met een aanhalingsteken"), at: open) }
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else { throw error(Message(en: "the string is not valid UTF-8", nl: "de tekst is geen geldige UTF-8"), at: open) }
                return s
            }
            if b < 0x20 { throw error(b == 0x0A ? JSONParser.notClosedOnItsLine : JSONParser.controlCharacter) }
            if b != UInt8(ascii: "\\") {
                out.append(b)
                i += 1
                continue
            }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw error(Message(en: "a lone surrogate \\u escape", nl: "een losse surrogaat-\\u-escape"))
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error(Message(en: "a lone surrogate \\u escape", nl: "een losse surrogaat-\\u-escape")) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else { throw error(Message(en: "an invalid \\u escape", nl: "een ongeldige \\u-escape")) }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                throw error(Message(en: "unknown escape '\\\(Character(Unicode.Scalar(e)))' in a string", nl: "onbekende escape '\\\(Character(Unicode.Scalar(e)))' in een tekst"), at: i - 2)
            }
        }
        throw error(Message(en: "the string is not closed", nl: "de tekst wordt niet afgesloten met een aanhalingsteken"), at: open)
    }

    private mutating func hex4() throws(JSONError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error(Message(en: "a \\u escape needs four hexadecimal digits", nl: "een \\u-escape heeft vier hexadecimale cijfers nodig")) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 48...57: d = UInt32(b - 48)
            case 65...70: d = UInt32(b - 55)
            case 97...102: d = UInt32(b - 87)
            default: throw error(Message(en: "a \\u escape needs four hexadecimal digits", nl: "een \\u-escape heeft vier hexadecimale cijfers nodig"))
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }

    private mutating func number() throws(JSONError) -> Double {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 else { throw error(Message(en: "expected a digit after '-'", nl: "een cijfer verwacht na '-'"), at: start) }
        if bytes[i] == 48, i + 1 < bytes.count, bytes[i + 1] >= 48, bytes[i + 1] <= 57 {
            throw error(Message(en: "a number may not start with 0 (write 7, not 07)", nl: "een getal mag niet met 0 beginnen (schrijf 7, niet 07)"), at: start)
        }
        var integer: Int64 = 0
        var simple = true
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
            if integer < 100_000_000_000_000 { integer = integer * 10 + Int64(bytes[i] - 48) } else { simple = false }
            i += 1
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            simple = false
            i += 1
            guard i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 else { throw error(Message(en: "expected a digit after the decimal point", nl: "een cijfer verwacht na de decimale punt"), at: start) }
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            simple = false
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 else { throw error(Message(en: "expected a digit in the exponent", nl: "een cijfer verwacht in de exponent"), at: start) }
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        }
        // -0 keeps its sign, as the writer writes it.
        if simple { return bytes[start] == UInt8(ascii: "-") ? -Double(integer) : Double(integer) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let d = Double(text) else { throw error(Message(en: "'\(text)' is not a number", nl: "'\(text)' is geen getal"), at: start) }
        // 1e400 is read as infinity by Double(_:); JSON has no infinity, and the writer could
        // not write it back.
        guard d.isFinite else {
            let shown = text.count > 40 ? String(text.prefix(40)) + "..." : text
            throw error(Message(en: "\(shown) is too large a number", nl: "\(shown) is een te groot getal"), at: start)
        }
        return d
    }
}

/// A file's root as `JSONParser.parseDocument` reads it.
enum JSONDocument {
    /// The root object's members in file order.
    case object([(key: String, member: JSONMember)])
    /// A root that is no object.
    case other(JSONValue)
}

/// A member of a document's root object.
enum JSONMember {
    case value(JSONValue)
    /// A list, its objects read as records.
    case list([JSONItem])

    /// The member as plain JSON.
    var json: JSONValue {
        switch self {
        case .value(let v): v
        case .list(let items): .array(items.map(\.json))
        }
    }

    /// A member from plain JSON (after an upgrade rewrote the file's JSON).
    init(_ json: JSONValue) {
        guard case .array(let items) = json else { self = .value(json); return }
        self = .list(items.map { item in
            if case .object(let fields) = item { return .record(Record(fields: fields)) }
            return .value(item)
        })
    }
}

/// An element of a list member: an object as a record, or any other value.
enum JSONItem {
    case record(Record)
    case value(JSONValue)

    var json: JSONValue {
        switch self {
        case .record(let r): r.json
        case .value(let v): v
        }
    }
}

/// Where an object's members go as they are read: `add` says false for a name already there.
private protocol ObjectMembers {
    associatedtype Member
    static func read(_ parser: inout JSONParser) throws(JSONError) -> Member
    /// `rank`: the key's place among the parser's known names (String order), or -1.
    mutating func add(_ key: String, _ value: Member, rank: Int) -> Bool
    /// Whether names and string values are compared with the previous object's (`JSONParser.name`).
    static var reusesStrings: Bool { get }
}

extension ObjectMembers {
    static var reusesStrings: Bool { false }
}

extension Dictionary: ObjectMembers where Key == String, Value == JSONValue {
    fileprivate static func read(_ parser: inout JSONParser) throws(JSONError) -> JSONValue { try parser.value() }

    fileprivate mutating func add(_ key: String, _ value: JSONValue, rank: Int) -> Bool { updateValue(value, forKey: key) == nil }
}

/// A record's fields, kept sorted as they come: a file kvo wrote has them in order already, so
/// each is appended after one compare.
private struct SortedFields: ObjectMembers {
    var names: [String] = []
    var values: [JSONValue] = []

    static var reusesStrings: Bool { true }

    static func read(_ parser: inout JSONParser) throws(JSONError) -> JSONValue { try parser.fieldValue() }

    /// The rank of the last name, or -1.
    var lastRank = -1

    mutating func removeAll() {
        names.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        lastRank = -1
    }

    mutating func add(_ key: String, _ value: JSONValue, rank: Int) -> Bool {
        if rank >= 0, lastRank >= 0, lastRank < rank {
            names.append(key)
            values.append(value)
            lastRank = rank
            return true
        }
        guard let last = names.last, !(last < key) else {
            names.append(key)
            values.append(value)
            lastRank = rank
            return true
        }
        var low = 0, high = names.count
        while low < high {
            let mid = (low + high) >> 1
            let here = names[mid]
            if here == key { return false }
            if here < key { low = mid + 1 } else { high = mid }
        }
        names.insert(key, at: low)
        values.insert(value, at: low)
        return true
    }
}

/// The root's members in file order; a name given twice is refused as in any object.
private struct DocumentMembers: ObjectMembers {
    var members: [(key: String, member: JSONMember)] = []
    var names: Set<String> = []

    static func read(_ parser: inout JSONParser) throws(JSONError) -> JSONMember { try parser.member() }

    mutating func add(_ key: String, _ value: JSONMember, rank: Int) -> Bool {
        guard names.insert(key).inserted else { return false }
        members.append((key, value))
        return true
    }
}
