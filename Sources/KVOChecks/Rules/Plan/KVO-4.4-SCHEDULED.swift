import KVOModel

/// §4.4: the plan of action states when evaluations take place (plan.evaluations, or evaluation measures with quarters in the matrix).
struct EvaluationsScheduled: RuleEvaluator {
    let id = "KVO-4.4-SCHEDULED"

    func evaluate(_ c: CheckContext) -> Finding {
        let moments = c.plan.evaluations
        if !moments.isEmpty {
            let quoted = moments.map { "\"\($0)\"" }
            return .met(Message(en: "The plan of action states \(Language.en.count(moments.count, Noun(en: "evaluation moment", "evaluation moments", nl: "evaluatiemoment", "evaluatiemomenten"))): \(quoted.joined(separator: "; ")).",
                                nl: "Het plan van aanpak noemt \(moments.count) evaluatiemoment\(moments.count == 1 ? "" : "en"): \(quoted.joined(separator: "; "))."))
        }
        let scheduled = c.measures.filter { ($0.fixed == .evaluation || $0.fixed == .interimEvaluation) && !$0.quarters.isEmpty }
        if !scheduled.isEmpty {
            let items = scheduled.map { "\($0.id) in \($0.quarters.map(\.description).joined(separator: ","))" }
            return .met(Message(en: "The plan of action states no evaluation moments in words, but its measures matrix schedules \(Language.en.count(scheduled.count, Noun(en: "evaluation", "evaluations", nl: "evaluatie", "evaluaties"))): \(Language.en.list(items)).",
                                nl: "Het plan van aanpak noemt geen evaluatiemomenten in woorden, maar de maatregelmatrix plant \(scheduled.count) evaluatie\(scheduled.count == 1 ? "" : "s"): \(Language.nl.list(items))."))
        }
        return .notMet(Message(en: "The plan of action does not state when evaluations take place: plan.evaluations is empty and no evaluation measure in the matrix has quarters.",
                               nl: "Het plan van aanpak vermeldt niet wanneer er geëvalueerd wordt: plan.evaluations is leeg en geen evaluatiemaatregel in de matrix heeft kwartalen."),
                       short: Message(en: "state the evaluation moments: set plan evaluations=\"Interim evaluation each September\",\"Year-end evaluation each February\".",
                                      nl: "leg de evaluatiemomenten vast: wijzig plan evaluations=\"Tussenevaluatie elke september\",\"Jaarevaluatie elke februari\"."))
    }
}
