import KVOModel

/// The outcome of one rule on one dossier.
public enum CheckStatus: String, Sendable, CaseIterable {
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
}
