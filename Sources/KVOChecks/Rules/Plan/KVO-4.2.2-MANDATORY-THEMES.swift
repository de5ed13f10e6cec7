import KVOModel

/// §4.2.2: the goals cover at least 7 of the 10 mandatory themes of §4.1.1.
struct MandatoryThemes: RuleEvaluator {
    let id = "KVO-4.2.2-MANDATORY-THEMES"
    static let minimum = Handbook.Plan.minimumMandatoryThemesWithGoal

    func evaluate(_ c: CheckContext) -> Finding {
        let goals = c.goals
        guard !goals.isEmpty else {
            return .missing(Message(en: "No goals are recorded; add one per chosen theme with: add goal \"DESCRIPTION\" theme=T02.",
                                    nl: "Er zijn geen doelstellingen vastgelegd; voeg er een per gekozen thema toe met: voegtoe goal \"OMSCHRIJVING\" theme=T02."))
        }
        let mandatory = Handbook.Survey.mandatoryThemes
        let covered = Set(goals.compactMap { PlanFacts.themeID($0.theme) })
        let with = mandatory.filter { covered.contains($0.id) }
        let without = mandatory.filter { !covered.contains($0.id) }
        let n = with.count, total = mandatory.count, need = Self.minimum
        if n >= need {
            let restEN = without.isEmpty ? "" : "; \(Language.en.list(without.map(PlanFacts.themeEN))) \(without.count == 1 ? "has" : "have") none"
            let restNL = without.isEmpty ? "" : "; \(Language.nl.list(without.map(PlanFacts.themeNL))) \(without.count == 1 ? "heeft" : "hebben") er geen"
            return .met(Message(en: "Goals cover \(n) of the \(total) mandatory themes (\(with.map(\.id).joined(separator: ", "))), at least \(need) needed\(restEN).",
                                nl: "De doelstellingen dekken \(n) van de \(total) verplichte thema's (\(with.map(\.id).joined(separator: ", "))), minimaal \(need) nodig\(restNL)."))
        }
        let more = need - n
        let coveredEN = n == 0 ? "none" : with.map(\.id).joined(separator: ", ")
        let coveredNL = n == 0 ? "geen" : with.map(\.id).joined(separator: ", ")
        return .notMet(Message(en: "Goals cover \(n) of the \(total) mandatory themes (\(coveredEN)); at least \(need) are needed.",
                               nl: "De doelstellingen dekken \(n) van de \(total) verplichte thema's (\(coveredNL)); minimaal \(need) zijn nodig."),
                       short: Message(en: "needs \(more) more of the \(total) mandatory themes: \(Language.en.alternatives(without.map(PlanFacts.themeEN))) \(without.count == 1 ? "has" : "have") no goal.",
                                      nl: "nog \(more) van de \(total) verplichte thema's nodig: \(Language.nl.alternatives(without.map(PlanFacts.themeNL))) \(without.count == 1 ? "heeft" : "hebben") geen doelstelling."))
    }
}
