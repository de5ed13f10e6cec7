import KVOModel

/// §3.2: the police are represented in the workgroup (a police party with a member).
struct PoliceRepresented: RuleEvaluator {
    let id = "KVO-3.2-POLICE"

    func evaluate(_ c: CheckContext) -> Finding {
        WorkgroupFacts.represented(c, type: .police, en: ("the police", "are"), nl: ("de politie", "is"))
    }
}
