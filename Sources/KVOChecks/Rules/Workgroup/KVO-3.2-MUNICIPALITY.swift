import KVOModel

/// §3.2: the municipality is represented in the workgroup (a municipality party with a member).
struct MunicipalityRepresented: RuleEvaluator {
    let id = "KVO-3.2-MUNICIPALITY"

    func evaluate(_ c: CheckContext) -> Finding {
        WorkgroupFacts.represented(c, type: .municipality, en: ("the municipality", "is"), nl: ("de gemeente", "is"))
    }
}
