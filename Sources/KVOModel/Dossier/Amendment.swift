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
                guard kind.isSingleton || after.id == change.id else {
                    throw Amendment.damaged(Message(en: "the record \(change.id) carries the ID \(after.id)", nl: "het gegeven \(change.id) draagt het ID \(after.id)"))
                }
                if current == nil, let position = change.position {
                    guard position >= 0, position <= copy.count(kind) else {
                        throw Amendment.damaged(Message(en: "position \(position) of \(change.id) is outside the \(copy.count(kind)) records of \(kind.name)",
                                                        nl: "positie \(position) van \(change.id) ligt buiten de \(copy.count(kind)) gegevens van \(kind.name)"))
                    }
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

    /// The largest position a change may name: far above any real dossier, and a whole number
    /// whatever the platform (a damaged journal's 1e300 or -5 is refused, not trapped on).
    public static let maximumPosition = 1_000_000_000

    public init?(json: JSONValue) {
        guard let amendment = try? Amendment(parsing: json) else { return nil }
        self = amendment
    }

    /// Reads the journal form, saying what is wrong with it.
    public init(parsing json: JSONValue) throws(DossierError) {
        func text(_ value: JSONValue?, _ name: String) throws(DossierError) -> String {
            guard let s = value?.stringValue else {
                throw Amendment.damaged(Message(en: "\(name) is missing or not a text", nl: "\(name) ontbreekt of is geen tekst"))
            }
            return s
        }
        let command = try text(json["command"], "command"), at = try text(json["at"], "at"), by = try text(json["by"], "by")
        guard let list = json["changes"]?.arrayValue else {
            throw Amendment.damaged(Message(en: "changes is missing or not a list", nl: "changes ontbreekt of is geen lijst"))
        }
        var changes: [Change] = []
        for c in list {
            let kind = try text(c["kind"], "kind"), id = try text(c["id"], "id")
            changes.append(Change(kind: kind, id: id, before: try Amendment.record(c["before"], "before"),
                                  after: try Amendment.record(c["after"], "after"), position: try Amendment.position(c["position"])))
        }
        self.init(command: command, at: at, by: by, changes: changes)
    }

    private static func record(_ value: JSONValue?, _ name: String) throws(DossierError) -> Record? {
        switch value {
        case nil, .null?: return nil
        case .object(let fields)?: return Record(fields: fields)
        default: throw damaged(Message(en: "\(name) is not a record", nl: "\(name) is geen gegeven"))
        }
    }

    private static func position(_ value: JSONValue?) throws(DossierError) -> Int? {
        switch value {
        case nil, .null?: return nil
        case .number(let n)? where n.isFinite && n == n.rounded() && n >= 0 && n <= Double(maximumPosition): return Int(n)
        default: throw damaged(Message(en: "position is not a whole number from 0 to \(maximumPosition)",
                                       nl: "position is geen geheel getal van 0 tot \(maximumPosition)"))
        }
    }

    static func damaged(_ why: Message) -> DossierError { DossierError(message: why) }
}
