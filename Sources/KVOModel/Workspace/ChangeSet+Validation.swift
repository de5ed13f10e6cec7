extension ChangeSet {
    /// Why a change set cannot become an amendment: the record (and field) at fault, and a whole
    /// sentence in both languages that names them (`M-3.hours: ...`).
    public struct Refusal: Error, Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            /// A required field has no value (`field`).
            case missing
            /// A value the field's type refuses, or an ID of the wrong shape.
            case invalid
            /// `field` names a record that is not in the dossier: `id`, of kind `target`.
            case brokenReference(id: String, target: String)
            /// A removed record that another record still refers to, as "ID.field".
            case stillReferenced(by: String)
            /// The changes do not fit the dossier (it changed since), or the set was misused.
            case notApplicable
        }

        /// The kind and ID of the record at fault (a section's ID is its name).
        public let kind: String
        public let id: String
        public let field: String?
        public let reason: Reason
        public let message: Message
    }

    /// The amendment the changes make, once every new or changed record passes the schema in the
    /// dossier they make from `base`.
    public func amendment(command: String, at: String, by: String) throws(Refusal) -> Amendment {
        try applied(to: base, command: command, at: at, by: by).amendment
    }

    /// Checks the changes by applying them to `dossier` (the workspace's current state, which is
    /// `base` unless something amended it since the set was made) and looking at the result: a
    /// record is valid or not in the dossier it ends up in. Returns the amendment and that dossier.
    public func applied(to dossier: Dossier, command: String, at: String, by: String) throws(Refusal) -> (amendment: Amendment, dossier: Dossier) {
        if let misuse { throw misuse }
        let amendment = Amendment(command: command, at: at, by: by, changes: changes)
        var after = dossier
        do {
            try amendment.apply(to: &after)
        } catch {
            let stale = changes.first { dossier.record($0.id)?.record != $0.before } ?? changes.first
            throw Refusal(kind: stale?.kind ?? "", id: stale?.id ?? "", field: nil, reason: .notApplicable, message: error.message)
        }
        if let refusal = Self.refusal(for: changes, in: after) { throw refusal }
        return (amendment, after)
    }

    /// The first thing wrong with `changes` in `dossier`, the state after them: a new or changed
    /// record the schema refuses (its fields, then its references), or a removed record that is
    /// still referred to. Costs a look at each changed record, and one pass over the kinds that
    /// can refer to removed ones (an undone import of 20,000 records is one pass, not 20,000).
    static func refusal(for changes: [Change], in dossier: Dossier) -> Refusal? {
        var seen = Set<String>()
        var removed: [String: String] = [:]
        for change in changes where seen.insert(change.id).inserted {
            // A record changed twice in one set is checked as it ends up; one removed, as gone.
            guard let (kind, record) = dossier.record(change.id) else {
                removed[change.id] = change.kind
                continue
            }
            if let refusal = refusal(for: record, id: change.id, of: kind, in: dossier) { return refusal }
        }
        return danglingReference(to: removed, in: dossier)
    }

    /// What is wrong with one record in `dossier`, in the order a reader meets it: its fields as
    /// the file would be checked (`Dossier.problems`), then the records it refers to.
    static func refusal(for record: Record, id: String, of kind: RecordKind, in dossier: Dossier) -> Refusal? {
        if let problem = Dossier.detailedProblems(in: record, of: kind).first {
            guard problem.missing else {
                let field = problem.path.description
                return Refusal(kind: kind.name, id: id, field: field, reason: .invalid,
                               message: Message(en: "\(id).\(field): ", nl: "\(id).\(field): ") + problem.message)
            }
            let field = !kind.isSingleton && record[Record.idField] == nil ? Record.idField
                : kind.fields.first { $0.required && (record[$0.name] ?? .null) == .null }?.name
            return Refusal(kind: kind.name, id: id, field: field, reason: .missing,
                           message: Message(en: "\(id): ", nl: "\(id): ") + problem.message)
        }
        guard let broken = dossier.missingReferences(in: record, of: kind).first else { return nil }
        let target = dossier.schema.kind(named: broken.target)?.singular ?? broken.target
        return Refusal(kind: kind.name, id: id, field: broken.field, reason: .brokenReference(id: broken.id, target: broken.target),
                       message: Message(en: "\(id).\(broken.field): there is no \(target) \(broken.id)",
                                        nl: "\(id).\(broken.field): \(broken.id) staat niet in \(broken.target)"))
    }

    /// A record that still refers to one of the removed records (ID: kind), found in one pass.
    static func danglingReference(to removed: [String: String], in dossier: Dossier) -> Refusal? {
        guard !removed.isEmpty else { return nil }
        let removedKinds = Set(removed.values)
        for kind in dossier.schema.kinds {
            let fields = kind.fields.filter { $0.type.referencedKind.map(removedKinds.contains) ?? false }
            if fields.isEmpty { continue }
            for record in dossier.records(kind) {
                for field in fields {
                    guard let id = record[field.name]?.strings.first(where: { removed[$0] != nil }) else { continue }
                    let by = "\(kind.isSingleton ? kind.name : record.id).\(field.name)"
                    return Refusal(kind: removed[id]!, id: id, field: nil, reason: .stillReferenced(by: by),
                                   message: Message(en: "\(id) is removed but \(by) still refers to it",
                                                    nl: "\(id) wordt verwijderd maar \(by) verwijst er nog naar"))
                }
            }
        }
        return nil
    }
}
