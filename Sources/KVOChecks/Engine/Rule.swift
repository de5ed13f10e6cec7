import KVOModel

/// One checkable requirement of the handbook, as restated in shared/spec/requirements.md.
/// The ID is a public contract: scripts select rules by it and reports quote it.
public struct Rule: Hashable, Sendable {
    public enum Level: String, Sendable {
        /// A nonconformity an auditor would raise.
        case must
        /// Advice the handbook gives without making it a condition.
        case should
        /// A derived figure.
        case info
    }

    public enum When: String, Sendable {
        case always
        /// First certification only.
        case first
        /// Every later certification.
        case renewal
        /// Only once an audit date is set.
        case audit
    }

    public let id: String
    /// The handbook paragraph, e.g. "4.1.1" or "B1.2".
    public let paragraph: String
    public let level: Level
    public let when: When
    /// The heading of requirements.md the rule sits under ("Area", "Workgroup", ...).
    public let section: String
    public let text: String

    public init(id: String, paragraph: String, level: Level, when: When, section: String, text: String) {
        self.id = id
        self.paragraph = paragraph
        self.level = level
        self.when = when
        self.section = section
        self.text = text
    }
}
