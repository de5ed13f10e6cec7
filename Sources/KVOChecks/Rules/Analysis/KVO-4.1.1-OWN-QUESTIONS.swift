import KVOModel

/// §4.1.1 (info): lists the workgroup's own questions and own themes; an own theme needs questions written.
///
/// The dossier does not link an own question to an own theme (survey.ownQuestions is plain text),
/// so an own theme counts as unwritten only when no own question is recorded at all.
struct SurveyOwnQuestions: RuleEvaluator {
    let id = "KVO-4.1.1-OWN-QUESTIONS"

    func evaluate(_ c: CheckContext) -> Finding {
        let survey = c.survey
        let questions = survey.ownQuestions.filter { AnalysisSupport.written($0) }
        let themes = survey.ownThemes.filter { AnalysisSupport.written($0) }
        if questions.isEmpty && themes.isEmpty {
            guard AnalysisSupport.surveySubjects(c) != nil else { return .missing(AnalysisSupport.noSubjects) }
            return .figure(Message(en: "The workgroup added no own questions and no own themes to the survey.",
                                   nl: "De werkgroep heeft geen eigen vragen en geen eigen thema's aan de enquête toegevoegd."))
        }
        let quoted = questions.map { "\"\($0)\"" }
        let questionsEn = questions.isEmpty ? "no own questions"
            : Language.en.count(questions.count, Noun(en: "own question", "own questions", nl: "eigen vraag", "eigen vragen")) + " (" + quoted.joined(separator: "; ") + ")"
        let questionsNl = questions.isEmpty ? "geen eigen vragen"
            : (questions.count == 1 ? "1 eigen vraag" : "\(questions.count) eigen vragen") + " (" + quoted.joined(separator: "; ") + ")"
        let themesEn = themes.isEmpty ? "no own themes"
            : Language.en.count(themes.count, Noun(en: "own theme", "own themes", nl: "eigen thema", "eigen thema's")) + " (" + Language.en.list(themes) + ")"
        let themesNl = themes.isEmpty ? "geen eigen thema's"
            : (themes.count == 1 ? "1 eigen thema" : "\(themes.count) eigen thema's") + " (" + Language.nl.list(themes) + ")"
        let message = Message(en: "The workgroup added \(questionsEn) and \(themesEn) to the survey.",
                              nl: "De werkgroep heeft \(questionsNl) en \(themesNl) aan de enquête toegevoegd.")
        if !themes.isEmpty && questions.isEmpty {
            return .notMet(message, short: Message(en: "Own theme \(Language.en.list(themes)) needs its own questions: write them and record them with set survey ownQuestions=\"...\".",
                                                   nl: "Eigen thema \(Language.nl.list(themes)) heeft eigen vragen nodig: schrijf ze en leg ze vast met wijzig survey ownQuestions=\"...\"."))
        }
        return .figure(message)
    }
}
