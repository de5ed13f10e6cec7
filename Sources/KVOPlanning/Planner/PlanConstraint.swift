import KVOModel

/// The constraints `plan` works to (§4.2.2, §4.2.4, §4.2.5, §5.2.2 and the measures' own
/// dependencies and deadlines), each with how the proposal stands against it.
package struct PlanConstraint: Sendable, Equatable {
    package enum Kind: String, Sendable, CaseIterable {
        case goals = "§4.2.2"
        case fixed = "§4.2.5"
        case firstAudit = "§5.2.2"
        case hours = "§4.2.4 hours"
        case spread = "§4.2.4 spread"
        case dependencies = "after"
        case deadlines = "deadlines"

        package var title: Message {
            switch self {
            case .goals: Message(en: "§4.2.2 goals per theme", nl: "§4.2.2 doelstellingen per thema")
            case .fixed: Message(en: "§4.2.5 fixed measures per year", nl: "§4.2.5 vaste maatregelen per jaar")
            case .firstAudit: Message(en: "§5.2.2 done before the first audit", nl: "§5.2.2 uitgevoerd vóór de eerste audit")
            case .hours: Message(en: "§4.2.4 hours per party per quarter", nl: "§4.2.4 uren per partij per kwartaal")
            case .spread: Message(en: "§4.2.4 spread over the parties", nl: "§4.2.4 verdeling over de partijen")
            case .dependencies: Message(en: "order (after)", nl: "volgorde (after)")
            case .deadlines: Message(en: "the goals' deadlines", nl: "termijnen van de doelen")
            }
        }
    }

    package enum Status: String, Sendable {
        case met, unmet
        /// The dossier lacks what is needed to tell (an audit date, say).
        case unknown
        case notApplicable = "n/a"
    }

    package let kind: Kind
    package let status: Status
    /// How the proposal stands against it, and why.
    package let message: Message

    package init(_ kind: Kind, _ status: Status, _ message: Message) {
        self.kind = kind
        self.status = status
        self.message = message
    }

    package init(_ kind: Kind, _ status: Status, en: String, nl: String) {
        self.init(kind, status, Message(en: en, nl: nl))
    }
}
