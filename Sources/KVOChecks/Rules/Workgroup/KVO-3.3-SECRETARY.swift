import KVOModel

/// §3.3: a secretary is appointed (a member with role secretary); preferably an entrepreneur member (advice otherwise).
struct SecretaryAppointed: RuleEvaluator {
    let id = "KVO-3.3-SECRETARY"

    func evaluate(_ c: CheckContext) -> Finding {
        WorkgroupFacts.appointed(c, role: .secretary, en: "secretary", nl: "secretaris")
    }
}
