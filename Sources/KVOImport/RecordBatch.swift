import KVOModel

/// The records one import adds and changes, collected as the `Change`s of a single amendment:
/// new records get the next free IDs of their kind, one after the other. Before it hands them
/// over it checks every record against the schema, so an import cannot store what `open` would
/// refuse.
struct RecordBatch {
    let dossier: Dossier
    private var next: [String: Int] = [:]
    private(set) var changes: [Change] = []
    /// IDs added, per kind.
    private(set) var added: [String: [String]] = [:]

    init(dossier: Dossier) { self.dossier = dossier }

    /// Adds a new record of `kind` and returns its ID.
    @discardableResult
    mutating func add(_ fields: [String: JSONValue], kind: RecordKind) -> String {
        let number = next[kind.name] ?? ((dossier.records(kind).compactMap { kind.number(of: $0.id) }.max() ?? 0) + 1)
        next[kind.name] = number + 1
        let id = "\(kind.prefix!)-\(number)"
        var record = Record(fields: fields)
        record["id"] = .string(id)
        changes.append(Change(kind: kind.name, id: id, before: nil, after: record))
        added[kind.name, default: []].append(id)
        return id
    }

    /// Replaces a record (or a section, which may not exist yet) with a changed copy.
    mutating func update(_ before: Record?, to after: Record, kind: RecordKind) {
        guard before != after else { return }
        let id = kind.isSingleton ? kind.name : after.id
        changes.append(Change(kind: kind.name, id: id, before: before, after: after))
    }

    /// The changes, once every record has passed the schema's checks.
    func checked() throws(ImportError) -> [Change] {
        for change in changes {
            guard let after = change.after, let kind = dossier.schema.kind(named: change.kind) else { continue }
            if let problem = Dossier.problems(in: after, of: kind).first {
                let detail = "\(change.id).\(problem.field): \(problem.message)"
                throw ImportError(Message(en: "kvo made a \(kind.singular) it cannot store (\(detail)); nothing was imported",
                                          nl: "kvo maakte een record \(kind.name) dat het niet kan opslaan (\(detail)); er is niets geïmporteerd"),
                                  hint: Message(en: "this is a bug in kvo; please report it with the file", nl: "dit is een fout in kvo; meld hem graag, met het bestand"))
            }
        }
        return changes
    }
}
