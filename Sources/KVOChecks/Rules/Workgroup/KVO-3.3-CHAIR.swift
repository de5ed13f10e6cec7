import KVOModel

/// §3.3: a chair is appointed (a member with role chair); preferably an entrepreneur member (advice otherwise).
struct ChairAppointed: RuleEvaluator {
    let id = "KVO-3.3-CHAIR"

    func evaluate(_ c: CheckContext) -> Finding {
        WorkgroupFacts.appointed(c, role: .chair, en: "chair", nl: "voorzitter")
    }
}
