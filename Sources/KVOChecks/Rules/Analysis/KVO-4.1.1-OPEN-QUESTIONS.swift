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
            return .met(Message(en: "The survey includes all \(open.count) mandatory open questions (subjects \(Language.en.list(numbers))).",
                                nl: "De enquête bevat alle \(open.count) verplichte open vragen (onderwerpen \(Language.nl.list(numbers)))."))
        }
        let en = absent.map { "\($0.subject.number) (\($0.theme.english))" }
        let nl = absent.map { "\($0.subject.number) (\($0.theme.dutch))" }
        let add = absent.map { String($0.subject.number) }
        return .notMet(Message(en: "The survey lacks \(Language.en.count(absent.count, Noun(en: "mandatory open question", "mandatory open questions", nl: "verplichte open vraag", "verplichte open vragen"))): subject \(Language.en.list(en)); \(open.count - absent.count) of \(open.count) are included.",
                               nl: "De enquête mist \(absent.count == 1 ? "1 verplichte open vraag" : "\(absent.count) verplichte open vragen"): onderwerp \(Language.nl.list(nl)); \(open.count - absent.count) van de \(open.count) zijn opgenomen."),
                       short: Message(en: "Add subject \(Language.en.list(add)) to the survey subjects.",
                                      nl: "Voeg onderwerp \(Language.nl.list(add)) toe aan de enquêteonderwerpen."))
    }
}
