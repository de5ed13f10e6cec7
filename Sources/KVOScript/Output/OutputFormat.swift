/// How `list`, `show` and friends write their results: `as table|json|csv|md`. On a terminal the
/// default is a table; otherwise JSON, so that a pipe gets exact, complete data.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv, md

    public static let names = allCases.map(\.rawValue)
}
