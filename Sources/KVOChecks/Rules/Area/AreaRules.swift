/// The evaluators of this section of the handbook, one per rule, each in its own file named after the rule ID.
enum AreaRules {
    static let all: [any RuleEvaluator] = [
        MaxEntrepreneurs(),
    ]
}
