/// The one way to build an amendment: whoever amends the dossier (a command, an import, a vote,
/// the planner) collects its additions, changes and removals here. New records get their IDs here
/// and nowhere else, and nothing becomes an `Amendment` until every new or changed record has
/// passed the schema (`ChangeSet+Validation`): a set either yields a valid amendment or names the
/// record and field at fault.
public struct ChangeSet: Sendable {
    /// The dossier the changes are made to.
    public let base: Dossier
    public private(set) var changes: [Change] = []
    /// IDs added, per kind, in the order they were added.
    public private(set) var added: [String: [String]] = [:]
    /// The next free number per kind: found by one scan of the kind's records the first time,
    /// then counted on, so that an import of 20,000 records allocates each ID in constant time.
    private var next: [String: Int] = [:]
    /// IDs handed out by `newID` and not yet added.
    private var reserved: Set<String> = []
    /// A misuse found while building (an ID not allocated here, an added singleton): reported when
    /// the amendment is asked for, as every other refusal.
    var misuse: Refusal?

    public init(_ dossier: Dossier) { base = dossier }

    public var isEmpty: Bool { changes.isEmpty }

    // MARK: IDs

    /// The number the next new record of `kind` gets in `dossier`: one more than the highest in use.
    static func firstFreeNumber(_ kind: RecordKind, in dossier: Dossier) -> Int {
        var highest = 0
        for record in dossier.records(kind) {
            if let n = kind.number(of: record.id), n > highest { highest = n }
        }
        return highest + 1
    }

    /// The next free ID of `kind`, kept for a record this set adds later (`add` takes it from the
    /// record): for callers that must name a new record before they have made it (the planner
    /// places its new fixed measures first).
    public mutating func newID(_ kind: RecordKind) -> String {
        let number = next[kind.name] ?? Self.firstFreeNumber(kind, in: base)
        next[kind.name] = number + 1
        let id = "\(kind.prefix ?? kind.name)-\(number)"
        reserved.insert(id)
        return id
    }

    // MARK: building

    /// Adds a new record of `kind` and returns its ID: the one `newID` gave it, else the next free one.
    @discardableResult
    public mutating func add(_ record: Record, kind: RecordKind) -> String {
        guard !kind.isSingleton else {
            note(Refusal(kind: kind.name, id: kind.name, field: nil, reason: .notApplicable,
                         message: Message(en: "there is one \(kind.name) in a dossier; it is changed, not added",
                                          nl: "een dossier heeft één \(kind.name); dat wordt gewijzigd, niet toegevoegd")))
            return kind.name
        }
        var record = record
        let id: String
        if let given = record[Record.idField]?.stringValue {
            if reserved.remove(given) == nil {
                note(Refusal(kind: kind.name, id: given, field: Record.idField, reason: .notApplicable,
                             message: Message(en: "\(given): a new record's ID is given by its change set",
                                              nl: "\(given): het ID van een nieuw gegeven wordt door de wijziging toegekend")))
            }
            id = given
        } else {
            id = newID(kind)
            reserved.remove(id)
            record[Record.idField] = .string(id)
        }
        changes.append(Change(kind: kind.name, id: id, before: nil, after: record))
        added[kind.name, default: []].append(id)
        return id
    }

    /// Adds a new record made of `fields`; returns its ID.
    @discardableResult
    public mutating func add(_ fields: [String: JSONValue], kind: RecordKind) -> String {
        add(Record(fields: fields), kind: kind)
    }

    /// Replaces a record (or a section, which may not exist yet: `before` nil) with a changed copy.
    /// A copy equal to `before` is recorded too (quick vote entry lists every theme it walked);
    /// callers that want no such change leave it out (`import` does).
    public mutating func change(_ before: Record?, to after: Record, kind: RecordKind) {
        let id = kind.isSingleton ? kind.name : (before?.id ?? after.id)
        if before == nil, !kind.isSingleton {
            note(Refusal(kind: kind.name, id: id, field: nil, reason: .notApplicable,
                         message: Message(en: "\(id): a new \(kind.singular) is added, not changed",
                                          nl: "\(id): een nieuw gegeven in \(kind.name) wordt toegevoegd, niet gewijzigd")))
        }
        changes.append(Change(kind: kind.name, id: id, before: before, after: after))
    }

    /// Removes a record, remembering where it stood so that undo puts it back there.
    public mutating func remove(_ record: Record, kind: RecordKind) {
        let id = kind.isSingleton ? kind.name : record.id
        changes.append(Change(kind: kind.name, id: id, before: record, after: nil, position: base.position(of: id)))
    }

    private mutating func note(_ refusal: Refusal) {
        if misuse == nil { misuse = refusal }
    }
}
