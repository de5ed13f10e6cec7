/// One record of the dossier: its JSON object, `id` included (sections that exist once have no
/// `id` field; their ID is the section's name). Fields kvo does not know stay in the record.
///
/// Held as a small array of fields sorted by name, not a dictionary: a record has about ten
/// fields, and a dossier at the handbook's upper bound some 30,000 records. Hashing every name on
/// every read measured 28 % of opening that dossier; a name of up to 15 bytes is a small string,
/// compared in two machine words, so a binary search over ten fields costs a few compares. The
/// parser builds records in this form directly (`JSONParser.parseDocument`).
public struct Record: Sendable, Equatable {
    /// One field: its name and value.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var value: JSONValue
    }

    /// The fields, sorted by name (String's `<`), no name twice.
    public private(set) var entries: [Entry]

    public init(fields: [String: JSONValue]) {
        entries = fields.map { Entry(name: $0.key, value: $0.value) }.sorted { $0.name < $1.name }
    }

    /// Fields already sorted by name without repeats (the parser's).
    init(sorted entries: [Entry]) { self.entries = entries }

    /// The fields as a dictionary (for code that walks or rebuilds them whole; a field is read
    /// with the subscript).
    public var fields: [String: JSONValue] {
        get { Dictionary(uniqueKeysWithValues: entries.lazy.map { ($0.name, $0.value) }) }
        set { self = Record(fields: newValue) }
    }

    /// The names of the fields, sorted.
    public var fieldNames: [String] { entries.map(\.name) }

    /// The ID read without the trail noting it (`FieldTrail`).
    var rawID: String {
        let at = slot(Record.idField)
        if at.found, case .string(let id) = entries[at.index].value { return id }
        return ""
    }

    public var id: String {
        if case .string(let id)? = self[Record.idField] { return id }
        return ""
    }

    /// Where a field is, or where it would go.
    @inline(__always)
    private func slot(_ name: String) -> (index: Int, found: Bool) {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) >> 1
            let here = entries[mid].name
            if here == name { return (mid, true) }
            if here < name { low = mid + 1 } else { high = mid }
        }
        return (low, false)
    }

    public subscript(_ field: String) -> JSONValue? {
        get {
            let at = slot(field)
            let value = at.found ? entries[at.index].value : nil
            if FieldTrail.active > 0 { FieldTrail.note(self, field, value) }
            return value
        }
        set {
            let at = slot(field)
            switch (newValue, at.found) {
            case (let value?, true): entries[at.index].value = value
            case (let value?, false): entries.insert(Entry(name: field, value: value), at: at.index)
            case (nil, true): entries.remove(at: at.index)
            case (nil, false): break
            }
        }
    }

    /// The record as a JSON object.
    public var json: JSONValue { .object(fields) }
}
