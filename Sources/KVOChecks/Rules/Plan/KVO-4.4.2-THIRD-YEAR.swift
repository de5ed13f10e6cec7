import KVOModel

/// §4.4.2: the third-year evaluation also answers which goals were (not) achieved and the main reason.
///
/// It is due once plan year 3 has ended, or once an audit dated inside plan year 3 has been reached;
/// before that a recorded third-year evaluation is still judged, a missing one is not yet due.
struct ThirdYearEvaluation: RuleEvaluator {
    let id = "KVO-4.4.2-THIRD-YEAR"

    func evaluate(_ c: CheckContext) -> Finding {
        let years = c.planYears
        guard years.count == Handbook.Plan.years else { return PlanFacts.missingPlanStart() }
        let third = years[years.count - 1]
        let candidates = c.evaluations.filter { ($0.date.map { $0 <= c.asOf }) != false && $0.year == third.number }
        let extra = Handbook.Evaluation.thirdYear
        func gaps(_ e: EvaluationRecord) -> [Handbook.Evaluation.Question] { extra.filter { !$0.isAnswered(by: e) } }
        guard let best = candidates.min(by: { gaps($0).count < gaps($1).count }) else {
            let auditInYear = c.auditDate.map { third.contains($0) && $0 <= c.asOf } == true
            guard third.last < c.asOf || auditInYear else {
                return .notApplicable(Message(en: "The third-year evaluation is not due yet: \(third.label.en) has not ended by \(c.asOf).",
                                              nl: "De evaluatie in het derde jaar is nog niet aan de orde: \(third.label.nl) is op \(c.asOf) nog niet afgelopen."))
            }
            let whenEN = third.last < c.asOf ? "\(third.label.en) has ended" : "the audit of \(c.auditDate!) has been reached"
            let whenNL = third.last < c.asOf ? "\(third.label.nl) is afgelopen" : "de audit van \(c.auditDate!) is bereikt"
            return .notMet(Message(en: "There is no evaluation of plan year \(third.number), although \(whenEN).",
                                   nl: "Er is geen evaluatie van planjaar \(third.number), terwijl \(whenNL)."),
                           short: Message(en: "write it, with the two extra questions: add evaluation year=\(third.number) \(YearlyEvaluation.arguments(extra)).",
                                          nl: "schrijf haar, met de twee extra vragen: voegtoe evaluation year=\(third.number) \(YearlyEvaluation.arguments(extra))."))
        }
        let g = gaps(best)
        if g.isEmpty {
            return .met(Message(en: "The third-year evaluation \(best.id) states which goals were (not) achieved and the main reason.",
                                nl: "De evaluatie in het derde jaar \(best.id) vermeldt welke doelstellingen wel/niet behaald zijn en de belangrijkste reden."))
        }
        return .notMet(Message(en: "The third-year evaluation \(best.id) does not answer \(Language.en.list(g.map(\.text.en))).",
                               nl: "De evaluatie in het derde jaar \(best.id) beantwoordt niet \(Language.nl.list(g.map(\.text.nl)))."),
                       short: Message(en: "\(g.count) of \(extra.count) extra questions unanswered: set \(best.id) \(YearlyEvaluation.arguments(g)).",
                                      nl: "\(g.count) van de \(extra.count) extra vragen onbeantwoord: wijzig \(best.id) \(YearlyEvaluation.arguments(g))."))
    }
}
