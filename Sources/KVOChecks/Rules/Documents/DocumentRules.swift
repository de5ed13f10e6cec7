import KVOModel

/// The evaluators of this section of the handbook, one per rule, each in its own file named after the rule ID.
/// Shared helpers (lists, plan years) are in PlanFacts (Rules/Plan/PlanRules.swift).
enum DocumentRules {
    static let all: [any RuleEvaluator] = [
        DocsetFirst(),
        DocsetRenewal(),
        DocumentRetention(),
        ArchivedMinutes(),
        DocumentVersions(),
        IncidentSpokesperson(),
        ProgressUpdates(),
        AppGroupAdministrator(),
    ]
}
