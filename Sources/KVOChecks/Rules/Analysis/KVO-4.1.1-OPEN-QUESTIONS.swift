import KVOModel

/// §4.1.1: the survey includes the three mandatory open questions (subjects 16, 23 and 33).
struct SurveyOpenQuestions: RuleEvaluator {
    let id = "KVO-4.1.1-OPEN-QUESTIONS"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let subjects = AnalysisSupport.surveySubjects(c) else { return .missing(AnalysisSupport.noSubjects) }
        let chosen = Set(subjects)
        let open = AnalysisSupport.catalogue.themes.flatMap { theme in
            theme.subjects.filter(\.mandatoryOpenQuestion).map { (subject: $0, theme: theme) }
        }
        let numbers = open.map { String($0.subject.number) }
        let absent = open.filter { !chosen.contains($0.subject.number) }
        if absent.isEmpty {
            return .met(both("The survey includes all \(open.count) mandatory open questions (subjects \(AnalysisSupport.list(numbers))).",
                             "De enquête bevat alle \(open.count) verplichte open vragen (onderwerpen \(AnalysisSupport.list(numbers, dutch: true)))."))
        }
        let en = absent.map { "\($0.subject.number) (\($0.theme.english))" }
        let nl = absent.map { "\($0.subject.number) (\($0.theme.dutch))" }
        let add = absent.map { String($0.subject.number) }
        return .notMet(both("The survey lacks \(AnalysisSupport.count(absent.count, "mandatory open question", "mandatory open questions")): subject \(AnalysisSupport.list(en)); \(open.count - absent.count) of \(open.count) are included.",
                            "De enquête mist \(absent.count == 1 ? "1 verplichte open vraag" : "\(absent.count) verplichte open vragen"): onderwerp \(AnalysisSupport.list(nl, dutch: true)); \(open.count - absent.count) van de \(open.count) zijn opgenomen."),
                       short: both("Add subject \(AnalysisSupport.list(add)) to the survey subjects.",
                                   "Voeg onderwerp \(AnalysisSupport.list(add, dutch: true)) toe aan de enquêteonderwerpen."))
    }
}
