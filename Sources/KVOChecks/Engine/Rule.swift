import KVOModel

/// One checkable requirement of the handbook, as restated in shared/spec/requirements.md.
/// The ID is a public contract: scripts select rules by it and reports quote it.
package struct Rule: Hashable, Sendable {
    package enum Level: String, Sendable {
        /// A nonconformity an auditor would raise.
        case must
        /// Advice the handbook gives without making it a condition.
        case should
        /// A derived figure.
        case info

        /// The level as shown: "must" / "eis", "should" / "advies", "info" / "info".
        package var name: Message {
            switch self {
            case .must: Message(en: "must", nl: "eis")
            case .should: Message(en: "should", nl: "advies")
            case .info: Message(en: "info", nl: "info")
            }
        }
    }

    package enum When: String, Sendable {
        case always
        /// First certification only.
        case first
        /// Every later certification.
        case renewal
        /// Only once an audit date is set.
        case audit

        /// When the rule applies, as shown: "always" / "altijd", "first" / "eerste certificering", ...
        package var name: Message {
            switch self {
            case .always: Message(en: "always", nl: "altijd")
            case .first: Message(en: "first", nl: "eerste certificering")
            case .renewal: Message(en: "renewal", nl: "hercertificering")
            case .audit: Message(en: "audit", nl: "zodra er een auditdatum is")
            }
        }
    }

    package let id: String
    /// The handbook paragraph, e.g. "4.1.1" or "B1.2".
    package let paragraph: String
    package let level: Level
    package let when: When
    /// The heading of requirements.md the rule sits under ("Area", "Workgroup", ...): a code, the
    /// same in every language; `sectionName` is the heading as shown.
    package let section: String
    /// The rule in English (requirements.md) and in Dutch (RuleCatalogue+Dutch.swift).
    package let text: Message

    package init(id: String, paragraph: String, level: Level, when: When, section: String, text: Message) {
        self.id = id
        self.paragraph = paragraph
        self.level = level
        self.when = when
        self.section = section
        self.text = text
    }

    /// The section heading as shown: "Area" / "Gebied", "Safety analysis" / "Veiligheidsanalyse", ...
    package var sectionName: Message {
        switch section {
        case "Area": Message(en: "Area", nl: "Gebied")
        case "Workgroup": Message(en: "Workgroup", nl: "Werkgroep")
        case "Documents and communication": Message(en: "Documents and communication", nl: "Documenten en communicatie")
        case "Safety analysis": Message(en: "Safety analysis", nl: "Veiligheidsanalyse")
        case "Plan of action": Message(en: "Plan of action", nl: "Plan van aanpak")
        case "Evaluation": Message(en: "Evaluation", nl: "Evaluatie")
        case "Audit": Message(en: "Audit", nl: "Audit")
        case "Certificate and mark": Message(en: "Certificate and mark", nl: "Certificaat en beeldmerk")
        case "Version in force": Message(en: "Version in force", nl: "Geldende versie")
        case "Phases": Message(en: "Phases", nl: "Stappen")
        default: .verbatim(section)
        }
    }
}
