import KVOModel

/// Every rule's evaluator, found by ID. Each section of the handbook keeps its own list in
/// Rules/<Section>/<Section>Rules.swift.
package enum RuleRegistry {
    package static let all: [any RuleEvaluator] =
        AreaRules.all + WorkgroupRules.all + DocumentRules.all + AnalysisRules.all + PlanRules.all + AuditRules.all

    private static let byID: [String: any RuleEvaluator] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    package static func evaluator(_ id: String) -> (any RuleEvaluator)? { byID[id] }
}
