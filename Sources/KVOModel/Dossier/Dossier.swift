/// A workgroup's dossier in memory: the records of every kind, in file order, found by ID.
/// Loading checks the whole file against the schema and fails with the first problem's place;
/// nothing is half-loaded. Unknown fields and sections are kept and written back on save.
public struct Dossier: Sendable, Equatable {
    public let schema: Schema
    /// Top-level fields that are no section: `format`, `name`, and anything kvo does not know.
    public var header: [String: JSONValue]
    private(set) var sections: [String: [Record]]
    /// Where each ID's record is. Eight bytes an entry rather than forty (a kind's name and a
    /// whole Int): at the handbook's upper bound the index holds 30,000 of them, spread over a
    /// hash table of 65,536 buckets (1 MiB less at its peak; issue 15).
    private var index: [String: RecordPlace]
    /// The format the file had when it was older than this kvo's (`kvo-dossier/1`): the dossier
    /// was upgraded in memory on load (`DossierUpgrade`) and is written in the current format.
    public internal(set) var upgradedFrom: String?

    public static func == (a: Dossier, b: Dossier) -> Bool { a.header == b.header && a.sections == b.sections }

    /// An empty dossier.
    public init(schema: Schema = .dossier, name: String? = nil) {
        self.schema = schema
        self.header = ["format": .string(Schema.format)]
        if let name { header[Schema.nameField] = .string(name) }
        self.sections = [:]
        self.index = [:]
    }

    public var name: String? { header[Schema.nameField]?.stringValue }

    /// The workgroup's language (`"language": "nl"`): a session that is not told otherwise by
    /// `--lang` speaks it, so a Dutch workgroup gets Dutch on any laptop.
    public var language: Language? { header["language"]?.stringValue.flatMap { Language(rawValue: $0) } }

    // MARK: reading

    public func records(_ kind: RecordKind) -> [Record] { sections[kind.name] ?? [] }

    public func count(_ kind: RecordKind) -> Int { sections[kind.name]?.count ?? 0 }

    /// The record with this ID, and its kind. A singleton's ID is its section name (`plan`).
    public func record(_ id: String) -> (kind: RecordKind, record: Record)? {
        guard let at = index[id] else { return nil }
        let kind = schema.kinds[at.kind]
        return (kind, sections[kind.name]![at.position])
    }

    public func position(of id: String) -> Int? { index[id]?.position }

    /// The kind of the record with this ID, without the record.
    func kindName(of id: String) -> String? { index[id].map { schema.kinds[$0.kind].name } }

    public var allIDs: [String] { Array(index.keys) }

    /// Records whose fields refer to `id`, as "KIND ID.field".
    public func references(to id: String) -> [(id: String, field: String)] {
        guard let target = schema.kind(ofID: id) else { return [] }
        var found: [(String, String)] = []
        for kind in schema.kinds {
            let fields = kind.fields.filter { $0.type.refers(to: target.name) }
            if fields.isEmpty { continue }
            for record in records(kind) {
                for field in fields where record[field.name]?.mentions(id) == true {
                    found.append((kind.isSingleton ? kind.name : record.id, field.name))
                }
            }
        }
        return found
    }

    /// The ID the next new record of a kind gets: one more than the highest in use. Only a
    /// `ChangeSet` allocates IDs; this asks it, for a look ahead (tests, builders).
    public func nextID(_ kind: RecordKind) -> String {
        var changes = ChangeSet(self)
        return changes.newID(kind)
    }

    // MARK: changing

    /// Inserts a record, or replaces the one with its ID. Checks are the caller's (`Amendment`).
    public mutating func put(_ record: Record, kind: RecordKind) {
        let id = kind.isSingleton ? kind.name : record.id
        if let at = index[id] {
            sections[schema.kinds[at.kind].name]![at.position] = record
        } else {
            sections[kind.name, default: []].append(record)
            index[id] = RecordPlace(kind: schema.place(of: kind), position: sections[kind.name]!.count - 1)
        }
    }

    /// Inserts a record at a position (undoing a removal puts it back where it was).
    public mutating func insert(_ record: Record, kind: RecordKind, at position: Int) {
        var list = sections[kind.name] ?? []
        list.insert(record, at: min(position, list.count))
        sections[kind.name] = list
        reindex(kind)
    }

    @discardableResult
    public mutating func remove(_ id: String) -> (kind: RecordKind, record: Record, position: Int)? {
        guard let at = index[id] else { return nil }
        let kind = schema.kinds[at.kind]
        let record = sections[kind.name]!.remove(at: at.position)
        if sections[kind.name]!.isEmpty { sections[kind.name] = nil }
        index[id] = nil
        // Only the records after it moved: undoing an import of 20,000 records removes them
        // last first, each in constant time.
        reindex(kind, from: at.position)
        return (kind, record, at.position)
    }

    private mutating func reindex(_ kind: RecordKind, from start: Int = 0) {
        let list = sections[kind.name] ?? []
        let k = schema.place(of: kind)
        for i in start..<max(start, list.count) {
            index[kind.isSingleton ? kind.name : list[i].id] = RecordPlace(kind: k, position: i)
        }
    }

    // MARK: checking

    /// What is wrong with a record's fields, by field: wrong types and missing required fields.
    /// References are checked separately (`missingReferences`), since loading checks them last.
    public static func problems(in record: Record, of kind: RecordKind) -> [(field: String, message: Message)] {
        detailedProblems(in: record, of: kind).map { ($0.path.description, $0.message) }
    }

    /// Problems with the path below the record (`quarters[1]`) and whether the field is missing
    /// (then there is no value to point at, and the record itself is shown).
    static func detailedProblems(in record: Record, of kind: RecordKind) -> [(path: JSONPath, message: Message, missing: Bool)] {
        var problems: [(JSONPath, Message, Bool)] = []
        if !kind.isSingleton {
            switch record[Record.idField] {
            case .string(let id)?:
                if !kind.owns(id: id) { problems.append((JSONPath([.key(Record.idField)]), expectedID(kind, got: .verbatim("\"\(id)\"")), false)) }
            case nil:
                problems.append((JSONPath(), Message(en: "this \(kind.singular) has no \"id\"; every \(kind.singular) needs one, such as \(kind.prefix!)-1",
                                                     nl: "dit record heeft geen \"id\"; elk record in \(kind.name) heeft er een nodig, zoals \(kind.prefix!)-1"), true))
            case let other?: problems.append((JSONPath([.key(Record.idField)]), expectedID(kind, got: other.described), false))
            }
        }
        for field in kind.fields {
            guard let value = record[field.name], value != .null else {
                if field.required {
                    let type = field.type.described
                    problems.append((JSONPath(), Message(en: "this \(kind.singular) has no \"\(field.name)\"; a \(kind.singular) needs one (\(type.en))",
                                                         nl: "dit record heeft geen \"\(field.name)\"; elk record in \(kind.name) heeft er een nodig (\(type.nl))"), true))
                }
                continue
            }
            if let p = field.type.problem(with: value) {
                var path = JSONPath([.key(field.name)])
                if let i = field.type.badItem(in: value) { path = path.appending(i) }
                problems.append((path, p, false))
            }
        }
        return problems
    }

    private static func expectedID(_ kind: RecordKind, got: Message) -> Message {
        Message(en: "expected an ID such as \(kind.prefix!)-1, got \(got.en)", nl: "een ID zoals \(kind.prefix!)-1 verwacht, niet \(got.nl)")
    }

    /// Reference fields whose IDs are not in the dossier.
    public func missingReferences(in record: Record, of kind: RecordKind) -> [(field: String, id: String, target: String)] {
        var missing: [(String, String, String)] = []
        for field in kind.fields {
            guard let value = record[field.name], let target = field.type.referencedKind else { continue }
            for id in value.strings where kindName(of: id) != target {
                missing.append((field.name, id, target))
            }
        }
        return missing
    }

    // MARK: file

    /// Reads and checks a dossier file's bytes: the JSON, the format (upgrading an older one),
    /// the language, every section's records, then every reference.
    public static func load(_ bytes: [UInt8], schema: Schema = .dossier) throws(DossierError) -> Dossier {
        let document: JSONDocument
        do {
            document = try JSONParser.parseDocument(bytes)
        } catch {
            throw DossierError(message: error.message, line: error.line, column: error.column)
        }
        return try load(document, place: LoadPlace(bytes: bytes), schema: schema)
    }

    /// `load` from a file's pages, given back as the parser passes them (`FileBuffer`; issue 15).
    /// nil when the file does not load: its bytes are partly gone, so the place of the error is
    /// not known here, and the caller reads the file again and loads it with `load(_:)`, which
    /// fails at the same place and says so.
    public static func load(releasing file: FileBuffer, schema: Schema = .dossier) -> Dossier? {
        guard let document = try? JSONParser.parseDocument(releasing: file) else { return nil }
        return try? load(document, place: LoadPlace(bytes: nil), schema: schema)
    }

    /// The file at `path` read into a `FileBuffer` and loaded by `load(releasing:)`, with the hash
    /// of its bytes (taken before they are given back) when `hashed`. nil for anything else: the
    /// caller reads the file whole with `FileSystem.read` and loads it with `load(_:)`, which says
    /// what is wrong and where (`Workspace.open` and the batch check both do).
    public static func load(releasingFileAt path: String, hashed: Bool = false) -> (dossier: Dossier, hash: FileHash?)? {
        guard let buffer = FileBuffer.read(path) else { return nil }
        let hash = hashed ? FileHash(of: buffer) : nil
        return load(releasing: buffer).map { ($0, hash) }
    }

    private static func load(_ document: JSONDocument, place: LoadPlace, schema: Schema) throws(DossierError) -> Dossier {
        var place = place
        guard case .object(var members) = document else {
            guard case .other(let root) = document else { fatalError("unreachable") }
            throw DossierError(message: Message(en: "a dossier is a JSON object, this file holds \(root.described.en)",
                                               nl: "een dossier is een JSON-object, dit bestand bevat \(root.described.nl)"), line: 1, column: 1)
        }
        let upgradedFrom = try upgradeIfOlder(&members, place: &place)
        switch members.first(where: { $0.key == "language" })?.member.json {
        case nil, .string("nl")?, .string("en")?: break
        case let other?:
            throw place.error(Message(en: "the language is \"nl\" or \"en\", not \(other.described.en)",
                                      nl: "de taal is \"nl\" of \"en\", niet \(other.described.nl)"), JSONPath([.key("language")]))
        }
        var dossier = Dossier(schema: schema)
        dossier.upgradedFrom = upgradedFrom
        try dossier.loadMembers(members, place: place)
        try dossier.checkReferences(place: place)
        return dossier
    }

    /// Where a load error is in the file, as line and column. A section an upgrade renamed is
    /// found in the file under its old name.
    struct LoadPlace {
        /// The file's bytes; nil when they are gone (`load(releasing:)`, whose errors are not shown).
        let bytes: [UInt8]?
        var renamed: [String: String] = [:]

        func error(_ message: Message, _ path: JSONPath) -> DossierError {
            var components = path.components
            if case .key(let first)? = components.first, let old = renamed[first] { components[0] = .key(old) }
            let at = bytes.flatMap { JSONLocator.locate(JSONPath(components), in: $0) }
            return DossierError(message: message, path: path, line: at?.line, column: at?.column)
        }
    }

    /// Checks the `format` field; an older format is upgraded in place (the upgrade rewrites the
    /// file's JSON, read again as records after). Returns the format upgraded from, if any.
    private static func upgradeIfOlder(_ members: inout [(key: String, member: JSONMember)],
                                       place: inout LoadPlace) throws(DossierError) -> String? {
        switch members.first(where: { $0.key == "format" })?.member.json {
        case .string(Schema.format)?:
            return nil
        case .string(let other)?:
            var old = Dictionary(members.map { ($0.key, $0.member.json) }, uniquingKeysWith: { a, _ in a })
            guard let steps = DossierUpgrade.upgrade(&old, from: other) else {
                let readable = DossierUpgrade.readable.map { "\"\($0)\"" }
                throw place.error(Message(en: "unsupported format \"\(other)\"; this kvo reads \(Language.en.alternatives(readable))",
                                          nl: "onbekend formaat \"\(other)\"; deze kvo leest \(Language.nl.alternatives(readable))"), JSONPath([.key("format")]))
            }
            members = old.map { ($0.key, JSONMember($0.value)) }
            for step in steps { for (old, new) in step.renamedSections { place.renamed[new] = old } }
            return other
        case nil:
            throw DossierError(message: Message(en: "not a kvo dossier: the \"format\" field is missing (expected \"\(Schema.format)\")",
                                               nl: "geen kvo-dossier: het veld \"format\" ontbreekt (verwacht: \"\(Schema.format)\")"), line: 1, column: 1)
        case let other?:
            throw place.error(Message(en: "expected \"\(Schema.format)\", got \(other.described.en)",
                                      nl: "\"\(Schema.format)\" verwacht, niet \(other.described.nl)"), JSONPath([.key("format")]))
        }
    }

    /// Every member of the file's root: a section of records (checked and indexed), a section
    /// that exists once, or a header field kept as it is.
    private mutating func loadMembers(_ members: [(key: String, member: JSONMember)], place: LoadPlace) throws(DossierError) {
        // Sized once: grown record by record, the index was rehashed a dozen times (19 M instructions on BIG).
        var records = 0
        for (_, member) in members { if case .list(let items) = member { records += items.count } }
        index.reserveCapacity(records)
        for (key, member) in members {
            guard let kind = schema.kinds.first(where: { $0.name == key }) else {
                header[key] = member.json
                continue
            }
            let path = JSONPath([.key(key)])
            if kind.isSingleton {
                guard case .value(.object(let fields)) = member else {
                    let value = member.json
                    throw place.error(Message(en: "expected an object, got \(value.described.en)", nl: "een object verwacht, niet \(value.described.nl)"), path)
                }
                let record = Record(fields: fields)
                if let p = Self.detailedProblems(in: record, of: kind).first { throw place.error(p.message, JSONPath(path.components + p.path.components)) }
                put(record, kind: kind)
                continue
            }
            guard case .list(let items) = member else {
                let value = member.json
                throw place.error(Message(en: "expected a list of \(kind.name), got \(value.described.en)",
                                          nl: "een lijst van \(kind.name) verwacht, niet \(value.described.nl)"), path)
            }
            let list = try loadSection(items, of: kind, fail: { message, path throws(DossierError) in throw place.error(message, path) })
            if !list.isEmpty { sections[kind.name] = list }
        }
    }

    /// Every reference names a record that exists; the first that does not is the error.
    private func checkReferences(place: LoadPlace) throws(DossierError) {
        for kind in schema.kinds {
            let records = self.records(kind)
            if records.isEmpty { continue }
            let layout = FieldLayout(kind, in: schema)
            for (i, record) in records.enumerated() where !layout.referencesResolve(record, in: index) {
                if let m = missingReferences(in: record, of: kind).first {
                    var path = kind.isSingleton ? JSONPath([.key(kind.name), .key(m.field)]) : JSONPath([.key(kind.name), .index(i), .key(m.field)])
                    if case .array(let items)? = record[m.field], let at = items.firstIndex(of: .string(m.id)) { path = path.appending(at) }
                    throw place.error(Message(en: "no \(schema.kind(named: m.target)?.singular ?? m.target) has the ID \(m.id)",
                                              nl: "er is geen record in \(m.target) met het ID \(m.id)"), path)
                }
            }
        }
    }

    /// Checks and indexes one section's records as read.
    private mutating func loadSection(_ items: [JSONItem], of kind: RecordKind,
                                      fail: (Message, JSONPath) throws(DossierError) -> Never) throws(DossierError) -> [Record] {
        let path = JSONPath([.key(kind.name)])
        var list: [Record] = []
        list.reserveCapacity(items.count)
        var layout = FieldLayout(kind, in: schema)
        let k = schema.place(of: kind)
        for (i, item) in items.enumerated() {
            guard case .record(let record) = item else {
                let value = item.json
                try fail(Message(en: "expected a \(kind.singular) object, got \(value.described.en)",
                                 nl: "een object (een record in \(kind.name)) verwacht, niet \(value.described.nl)"), path.appending(i))
            }
            if !layout.isSound(record), let p = Dossier.detailedProblems(in: record, of: kind).first {
                try fail(p.message, JSONPath(path.appending(i).components + p.path.components))
            }
            let id = record.id
            if let earlier = index.updateValue(RecordPlace(kind: k, position: list.count), forKey: id) {
                try fail(Message(en: "the ID \(id) is used twice (also \(kind.name)[\(earlier.position)])",
                                 nl: "het ID \(id) komt twee keer voor (ook \(kind.name)[\(earlier.position)])"), path.appending(i).appending(Record.idField))
            }
            list.append(record)
        }
        return list
    }

    /// The whole dossier as JSON.
    public var json: JSONValue {
        var top = header
        for kind in schema.kinds {
            guard let list = sections[kind.name], !list.isEmpty else { continue }
            top[kind.name] = kind.isSingleton ? list[0].json : .array(list.map(\.json))
        }
        return .object(top)
    }

    /// The file's bytes: pretty-printed, keys sorted, the bytes `JSONWriter.write(json)` gives,
    /// written from the records as they are (`JSONWriter.write(members:)`). Refuses (before
    /// anything is written) a value JSON cannot hold, which the schema's ranges keep out of every
    /// dossier.
    public func encoded() throws(Diagnostic) -> [UInt8] {
        var members: [(key: String, member: JSONWriter.DocumentMember)] = []
        for kind in schema.kinds {
            guard let list = sections[kind.name], !list.isEmpty else { continue }
            members.append((kind.name, kind.isSingleton ? .record(list[0]) : .records(list)))
        }
        // As in `json`, a section wins over a header field of its name.
        for (key, value) in header where !members.contains(where: { $0.key == key }) { members.append((key, .value(value))) }
        do {
            return try JSONWriter.write(members: members)
        } catch {
            throw Diagnostic(.runtime, error.message)
        }
    }
}

extension FieldType {
    /// The kind a reference field (or a list of references) points to.
    public var referencedKind: String? {
        switch self {
        case .reference(let kind): kind
        case .list(let inner): inner.referencedKind
        default: nil
        }
    }

    func refers(to kind: String) -> Bool { referencedKind == kind }
}

extension JSONValue {
    /// The strings in a string or a list of strings.
    public var strings: [String] {
        switch self {
        case .string(let s): [s]
        case .array(let items): items.compactMap(\.stringValue)
        default: []
        }
    }

    func mentions(_ id: String) -> Bool { strings.contains(id) }
}
