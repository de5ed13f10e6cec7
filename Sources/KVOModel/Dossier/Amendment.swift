/// One change to one record: its state before and after. A new record has no `before`, a
/// removed one no `after`; `position` says where a removed record stood, so undo can put it back.
public struct Change: Sendable, Equatable {
    public let kind: String
    public let id: String
    public let before: Record?
    public let after: Record?
    public let position: Int?

    public init(kind: String, id: String, before: Record?, after: Record?, position: Int? = nil) {
        self.kind = kind
        self.id = id
        self.before = before
        self.after = after
        self.position = position
    }

    public var inverse: Change { Change(kind: kind, id: id, before: after, after: before, position: position) }
}

/// What one amending command did, as a unit: applied, journaled, undone and redone whole.
public struct Amendment: Sendable, Equatable {
    /// The command as typed (`set M-3 status="done"`).
    public let command: String
    /// When, as YYYY-MM-DDTHH:MM:SS local time.
    public let at: String
    /// Who: the user name of the session.
    public let by: String
    public let changes: [Change]

    public init(command: String, at: String, by: String, changes: [Change]) {
        self.command = command
        self.at = at
        self.by = by
        self.changes = changes
    }

    /// The amendment that takes this one back.
    public func inverse(command: String, at: String, by: String) -> Amendment {
        Amendment(command: command, at: at, by: by, changes: changes.reversed().map(\.inverse))
    }

    /// Applies every change, or none: each change's `before` must match the dossier.
    public func apply(to dossier: inout Dossier) throws(DossierError) {
        var copy = dossier
        for change in changes {
            guard let kind = copy.schema.kind(named: change.kind) else {
                throw DossierError(message: Message(en: "unknown kind \(change.kind) in an amendment", nl: "onbekende soort \(change.kind) in een wijziging"))
            }
            let current = copy.record(change.id)?.record
            guard current == change.before else {
                throw DossierError(message: Message(en: "\(change.id) is not as the amendment expects; the dossier changed since (\(command))",
                                                nl: "\(change.id) is niet zoals de wijziging verwacht; het dossier is sindsdien veranderd (\(command))"))
            }
            if let after = change.after {
                if current == nil, let position = change.position {
                    copy.insert(after, kind: kind, at: position)
                } else {
                    copy.put(after, kind: kind)
                }
            } else {
                copy.remove(change.id)
            }
        }
        dossier = copy
    }

    // MARK: journal form

    public var json: JSONValue {
        .object([
            "command": .string(command), "at": .string(at), "by": .string(by),
            "changes": .array(changes.map { c in
                var o: [String: JSONValue] = ["kind": .string(c.kind), "id": .string(c.id)]
                o["before"] = c.before.map { .object($0.fields) } ?? .null
                o["after"] = c.after.map { .object($0.fields) } ?? .null
                if let p = c.position { o["position"] = .number(Double(p)) }
                return .object(o)
            }),
        ])
    }

    public init?(json: JSONValue) {
        guard let command = json["command"]?.stringValue, let at = json["at"]?.stringValue, let by = json["by"]?.stringValue,
              let list = json["changes"]?.arrayValue else { return nil }
        var changes: [Change] = []
        for c in list {
            guard let kind = c["kind"]?.stringValue, let id = c["id"]?.stringValue else { return nil }
            let before = c["before"]?.objectValue.map(Record.init(fields:))
            let after = c["after"]?.objectValue.map(Record.init(fields:))
            var position: Int?
            if case .number(let n)? = c["position"] {
                // kvo writes an index; anything else (1e300, -5, 0.5) is damage, not a place to insert.
                guard let p = Int(exactly: n), p >= 0 else { return nil }
                position = p
            }
            changes.append(Change(kind: kind, id: id, before: before, after: after, position: position))
        }
        self.init(command: command, at: at, by: by, changes: changes)
    }
}
