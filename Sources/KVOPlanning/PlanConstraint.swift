/// The constraints `plan` works to (§4.2.2, §4.2.4, §4.2.5, §5.2.2 and the measures' own
/// dependencies and deadlines), each with how the proposal stands against it.
public struct PlanConstraint: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case goals = "§4.2.2"
        case fixed = "§4.2.5"
        case firstAudit = "§5.2.2"
        case hours = "§4.2.4 hours"
        case spread = "§4.2.4 spread"
        case dependencies = "after"
        case deadlines = "deadlines"

        public func title(dutch: Bool) -> String {
            switch self {
            case .goals: dutch ? "§4.2.2 doelstellingen per thema" : "§4.2.2 goals per theme"
            case .fixed: dutch ? "§4.2.5 vaste maatregelen per jaar" : "§4.2.5 fixed measures per year"
            case .firstAudit: dutch ? "§5.2.2 uitgevoerd vóór de eerste audit" : "§5.2.2 done before the first audit"
            case .hours: dutch ? "§4.2.4 uren per partij per kwartaal" : "§4.2.4 hours per party per quarter"
            case .spread: dutch ? "§4.2.4 verdeling over de partijen" : "§4.2.4 spread over the parties"
            case .dependencies: dutch ? "volgorde (after)" : "order (after)"
            case .deadlines: dutch ? "termijnen van de doelen" : "the goals' deadlines"
            }
        }
    }

    public enum Status: String, Sendable {
        case met, unmet
        /// The dossier lacks what is needed to tell (an audit date, say).
        case unknown
        case notApplicable = "n/a"
    }

    public let kind: Kind
    public let status: Status
    public let english: String
    public let dutch: String

    public init(_ kind: Kind, _ status: Status, en: String, nl: String) {
        self.kind = kind
        self.status = status
        self.english = en
        self.dutch = nl
    }

    public func text(dutch: Bool) -> String { dutch ? self.dutch : english }
}
