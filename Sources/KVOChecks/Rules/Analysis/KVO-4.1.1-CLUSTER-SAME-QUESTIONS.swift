import KVOModel

/// §4.1.1: in a cluster every park received the same survey questions (survey.sameQuestions).
struct SurveyClusterSameQuestions: RuleEvaluator {
    let id = "KVO-4.1.1-CLUSTER-SAME-QUESTIONS"

    func evaluate(_ c: CheckContext) -> Finding {
        let parks = c.parks
        guard !parks.isEmpty else {
            return .missing(Message(en: "No parks are recorded, so it is unknown whether the area is a cluster; add them with: add park \"NAME\".",
                                    nl: "Er zijn geen terreinen vastgelegd, dus het is onbekend of het gebied een cluster is; voeg ze toe met: voegtoe park \"NAAM\"."))
        }
        guard c.isCluster else {
            return .notApplicable(Message(en: "Applies to a cluster only; the area is one park (\(AnalysisSupport.parkName(parks[0]))).",
                                          nl: "Geldt alleen voor een cluster; het gebied is één terrein (\(AnalysisSupport.parkName(parks[0])))."))
        }
        let names = parks.map(AnalysisSupport.parkName)
        let blocks = AnalysisSupport.surveySubjects(c).map { " (\($0.count) subject blocks)" } ?? ""
        let blokken = AnalysisSupport.surveySubjects(c).map { " (\($0.count) onderwerpblokken)" } ?? ""
        switch c.survey.sameQuestions {
        case true?:
            return .met(Message(en: "All \(parks.count) parks of the cluster (\(Language.en.list(names))) received the same questions\(blocks).",
                                nl: "Alle \(parks.count) terreinen van het cluster (\(Language.nl.list(names))) kregen dezelfde vragen\(blokken)."))
        case false?:
            return .notMet(Message(en: "The \(parks.count) parks of the cluster (\(Language.en.list(names))) did not all receive the same questions.",
                                   nl: "De \(parks.count) terreinen van het cluster (\(Language.nl.list(names))) kregen niet allemaal dezelfde vragen."),
                           short: Message(en: "Give every park of the cluster the same questions: no difference in themes within a cluster.",
                                          nl: "Geef elk terrein van het cluster dezelfde vragen: geen verschil in thema's binnen het cluster."))
        case nil:
            return .missing(Message(en: "Whether all \(parks.count) parks of the cluster received the same questions is not recorded; set survey sameQuestions=true (or false).",
                                    nl: "Of alle \(parks.count) terreinen van het cluster dezelfde vragen kregen is niet vastgelegd; wijzig survey sameQuestions=true (of false)."))
        }
    }
}
