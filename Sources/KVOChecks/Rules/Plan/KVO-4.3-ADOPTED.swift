import KVOModel

/// §4.3: the plan of action is approved by all workgroup members, with the date recorded.
struct PlanAdopted: RuleEvaluator {
    let id = "KVO-4.3-ADOPTED"

    func evaluate(_ c: CheckContext) -> Finding {
        let plan = c.plan
        let members = c.members
        let approvedBy = plan.approvedBy
        guard plan.adopted != nil || !approvedBy.isEmpty else {
            return .missing(Message(en: "The plan of action's approval is not recorded; record it with: set plan adopted=YYYY-MM-DD approvedBy=MB-1,MB-2,....",
                                    nl: "De goedkeuring van het plan van aanpak is niet vastgelegd; leg haar vast met: wijzig plan adopted=JJJJ-MM-DD approvedBy=MB-1,MB-2,...."))
        }
        guard !members.isEmpty else {
            return .missing(Message(en: "No workgroup members are recorded, so approval by all of them cannot be judged; add them with: add member \"NAME\" party=PA-1.",
                                    nl: "Er zijn geen werkgroepleden vastgelegd, dus goedkeuring door allen is niet te beoordelen; voeg ze toe met: voegtoe member \"NAAM\" party=PA-1."))
        }
        let approved = Set(approvedBy)
        let absent = members.filter { !approved.contains($0.id) }
        let date = plan.adopted
        let n = members.count
        if let date, absent.isEmpty {
            return .met(Message(en: "All \(n) workgroup members approved the plan of action on \(date).",
                                nl: "Alle \(n) werkgroepleden hebben het plan van aanpak op \(date) goedgekeurd."))
        }
        guard !absent.isEmpty else {
            return .notMet(Message(en: "All \(n) workgroup members approved the plan of action, but the approval date is not recorded.",
                                   nl: "Alle \(n) werkgroepleden hebben het plan van aanpak goedgekeurd, maar de datum van goedkeuring is niet vastgelegd."),
                           short: Message(en: "record the date: set plan adopted=YYYY-MM-DD.", nl: "leg de datum vast: wijzig plan adopted=JJJJ-MM-DD."))
        }
        let names = absent.map { PlanFacts.named($0.id, $0.name) }, k = absent.count
        let dateEN = date.map { " on \($0)" } ?? " (no approval date recorded)"
        let dateNL = date.map { " op \($0)" } ?? " (geen datum van goedkeuring vastgelegd)"
        let all = (approvedBy + absent.map(\.id)).joined(separator: ",")
        return .notMet(Message(en: "\(n - k) of \(n) workgroup members approved the plan of action\(dateEN); \(Language.en.list(names)) \(k == 1 ? "is" : "are") not among them.",
                               nl: "\(n - k) van de \(n) werkgroepleden hebben het plan van aanpak goedgekeurd\(dateNL); \(Language.nl.list(names)) \(k == 1 ? "hoort" : "horen") daar niet bij."),
                       short: Message(en: "the approval of \(Language.en.count(k, Noun(en: "member", "members", nl: "lid", "leden"))) is missing; once given: set plan approvedBy=\(all)\(date == nil ? " adopted=YYYY-MM-DD" : "").",
                                      nl: "de goedkeuring van \(k == 1 ? "1 lid" : "\(k) leden") ontbreekt; zodra gegeven: wijzig plan approvedBy=\(all)\(date == nil ? " adopted=JJJJ-MM-DD" : "")."))
    }
}
