import KVOModel

/// The outcome of one rule on one dossier.
package enum CheckStatus: String, Sendable, CaseIterable {
    case pass
    /// A `must` that is not met.
    case fail
    /// A `should` that is not met.
    case warn
    /// The rule does not apply here (first certification only, no audit date set, cluster only, ...).
    case notApplicable = "n/a"
    /// The dossier lacks the data to judge; the message names what to fill in. Never a silent pass.
    case notAssessable = "not assessable"
    /// Not met, but a live waiver covers it.
    case waived
    /// A derived figure (`info` rules).
    case info

    /// The status as shown in tables and reports; `rawValue` is the code in JSON and JUnit.
    package var name: Message {
        switch self {
        case .pass: Message(en: "pass", nl: "voldaan")
        case .fail: Message(en: "fail", nl: "niet voldaan")
        case .warn: Message(en: "warn", nl: "waarschuwing")
        case .notApplicable: Message(en: "n/a", nl: "n.v.t.")
        case .notAssessable: Message(en: "not assessable", nl: "niet te beoordelen")
        case .waived: Message(en: "waived", nl: "ontheffing")
        case .info: Message(en: "info", nl: "info")
        }
    }
}
