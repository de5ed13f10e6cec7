import KVOModel

/// §4.1.1 (info): how many subject blocks the survey includes, against the minimum of 20 + 3.
struct SurveyBlockTotal: RuleEvaluator {
    let id = "KVO-4.1.1-BLOCK-TOTAL"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let subjects = AnalysisSupport.surveySubjects(c) else { return .missing(AnalysisSupport.noSubjects) }
        let catalogue = AnalysisSupport.catalogue
        let chosen = Set(subjects)
        let minimum = Handbook.Survey.minimumBlocks
        let openAll = Handbook.Survey.mandatoryOpenQuestions
        let open = openAll.filter { chosen.contains($0.number) }.count
        let blocks = chosen.filter { catalogue.subject($0)?.mandatoryOpenQuestion == false }.count
        let optional = chosen.filter { catalogue.theme(ofSubject: $0)?.mandatory == false }.count
        let optionalEn = optional > 0 ? ", \(optional) of them in optional themes" : ""
        let optionalNl = optional > 0 ? ", waarvan \(optional) in optionele thema's" : ""
        return .figure(Message(en: "Blocks included: \(blocks) + \(Language.en.count(open, Noun(en: "open question", "open questions", nl: "open vraag", "open vragen"))) of the minimum \(minimum) + \(openAll.count)\(optionalEn).",
                               nl: "Opgenomen blokken: \(blocks) + \(open) open \(open == 1 ? "vraag" : "vragen") van het minimum \(minimum) + \(openAll.count)\(optionalNl)."))
    }
}
