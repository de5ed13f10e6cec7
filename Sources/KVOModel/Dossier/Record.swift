/// One record of the dossier: its JSON object, `id` included (sections that exist once have no
/// `id` field; their ID is the section's name). Fields kvo does not know stay in the record.
///
/// Held as its field names sorted (a shape shared by the records written alike, `FieldNames`) and
/// the values in their order, not a dictionary: a record has about ten
/// fields, and a dossier at the handbook's upper bound some 30,000 records. Hashing every name on
/// every read measured 28 % of opening that dossier; a name of up to 15 bytes is a small string,
/// compared in two machine words, so a binary search over ten fields costs a few compares. The
/// parser builds records in this form directly (`JSONParser.parseDocument`).
public struct Record: Sendable, Equatable {
    /// The names of the fields, sorted; shared with the records of the same shape.
    public private(set) var shape: FieldNames
    /// The values, in the order of the names.
    public private(set) var values: [JSONValue]

    public init(fields: [String: JSONValue]) {
        let sorted = fields.sorted { $0.key < $1.key }
        shape = FieldNames(sorted.map(\.key))
        values = sorted.map(\.value)
    }

    /// Values in the order of `shape`'s names (the parser's).
    init(shape: FieldNames, values: [JSONValue]) {
        self.shape = shape
        self.values = values
    }

    public static func == (a: Record, b: Record) -> Bool {
        (a.shape === b.shape || a.shape.names == b.shape.names) && a.values == b.values
    }

    /// The fields as a dictionary (for code that walks or rebuilds them whole; a field is read
    /// with the subscript).
    public var fields: [String: JSONValue] {
        get { Dictionary(uniqueKeysWithValues: zip(shape.names, values)) }
        set { self = Record(fields: newValue) }
    }

    /// The names of the fields, sorted.
    public var fieldNames: [String] { shape.names }

    /// The ID read without the trail noting it (`FieldTrail`).
    var rawID: String {
        let at = slot(Record.idField)
        if at.found, case .string(let id) = values[at.index] { return id }
        return ""
    }

    public var id: String {
        if case .string(let id)? = self[Record.idField] { return id }
        return ""
    }

    /// Where a field is, or where it would go.
    @inline(__always)
    private func slot(_ name: String) -> (index: Int, found: Bool) {
        let names = shape.names
        if let k = Record.sameBits(name, in: names) { return (k, true) }
        var low = 0, high = names.count
        while low < high {
            let mid = (low + high) >> 1
            let here = names[mid]
            if here == name { return (mid, true) }
            if here < name { low = mid + 1 } else { high = mid }
        }
        return (low, false)
    }

    /// The place of a name whose String is bit for bit one of `names`, or nil. A field name of up
    /// to 15 bytes is held inside the String, and the name asked for is nearly always the very
    /// String the parser put there or a constant with the same bits: two word compares a name
    /// instead of String comparison, which measured 1.1 M instructions a realistic dossier in
    /// `kvo check` (issue 15). Any other case, an absent field included, is the binary search's.
    @inline(__always)
    private static func sameBits(_ name: String, in names: [String]) -> Int? {
        let wanted = unsafeBitCast(name, to: (UInt64, UInt64).self)
        return names.withUnsafeBufferPointer { names in
            names.withMemoryRebound(to: (UInt64, UInt64).self) { bits in
                for k in bits.indices where bits[k] == wanted { return k }
                return nil
            }
        }
    }

    public subscript(_ field: String) -> JSONValue? {
        get {
            let at = slot(field)
            let value = at.found ? values[at.index] : nil
            if FieldTrail.isActive { FieldTrail.note(self, field, value) }
            return value
        }
        set {
            let at = slot(field)
            // A new name or one taken away makes a shape of this record's own.
            switch (newValue, at.found) {
            case (let value?, true):
                values[at.index] = value
            case (let value?, false):
                var names = shape.names
                names.insert(field, at: at.index)
                shape = FieldNames(names)
                values.insert(value, at: at.index)
            case (nil, true):
                var names = shape.names
                names.remove(at: at.index)
                shape = FieldNames(names)
                values.remove(at: at.index)
            case (nil, false):
                break
            }
        }
    }

    /// The record as a JSON object.
    public var json: JSONValue { .object(fields) }
}
