/// What an audit's type and its certification decision are called (§5), once for every layer
/// (the audit pack, `status`).
extension AuditRecord.Kind {
    public var label: Message {
        switch self {
        case .first: Message(en: "first certification", nl: "eerste certificering")
        case .renewal: Message(en: "renewal", nl: "hercertificering")
        }
    }
}

extension AuditRecord.Decision {
    public var label: Message {
        switch self {
        case .positive: Message(en: "positive", nl: "positief")
        case .negative: Message(en: "negative", nl: "negatief")
        case .pending: Message(en: "pending", nl: "nog niet genomen")
        }
    }
}
