import KVOModel

/// §4.1.1: in a cluster every park received the same survey questions (survey.sameQuestions).
struct SurveyClusterSameQuestions: RuleEvaluator {
    let id = "KVO-4.1.1-CLUSTER-SAME-QUESTIONS"

    func evaluate(_ c: CheckContext) -> Finding {
        let parks = c.records("parks")
        guard !parks.isEmpty else {
            return .missing(both("No parks are recorded, so it is unknown whether the area is a cluster; add them with: add park \"NAME\".",
                                 "Er zijn geen terreinen vastgelegd, dus het is onbekend of het gebied een cluster is; voeg ze toe met: add park \"NAAM\"."))
        }
        guard c.isCluster else {
            return .notApplicable(both("Applies to a cluster only; the area is one park (\(AnalysisSupport.parkName(parks[0]))).",
                                       "Geldt alleen voor een cluster; het gebied is één terrein (\(AnalysisSupport.parkName(parks[0])))."))
        }
        let names = parks.map(AnalysisSupport.parkName)
        let blocks = AnalysisSupport.surveySubjects(c).map { " (\($0.count) subject blocks)" } ?? ""
        let blokken = AnalysisSupport.surveySubjects(c).map { " (\($0.count) onderwerpblokken)" } ?? ""
        switch c.section("survey").bool("sameQuestions") {
        case true?:
            return .met(both("All \(parks.count) parks of the cluster (\(AnalysisSupport.list(names))) received the same questions\(blocks).",
                             "Alle \(parks.count) terreinen van het cluster (\(AnalysisSupport.list(names, dutch: true))) kregen dezelfde vragen\(blokken)."))
        case false?:
            return .notMet(both("The \(parks.count) parks of the cluster (\(AnalysisSupport.list(names))) did not all receive the same questions.",
                                "De \(parks.count) terreinen van het cluster (\(AnalysisSupport.list(names, dutch: true))) kregen niet allemaal dezelfde vragen."),
                           short: both("Give every park of the cluster the same questions: no difference in themes within a cluster.",
                                       "Geef elk terrein van het cluster dezelfde vragen: geen verschil in thema's binnen het cluster."))
        case nil:
            return .missing(both("Whether all \(parks.count) parks of the cluster received the same questions is not recorded; set survey sameQuestions=true (or false).",
                                 "Of alle \(parks.count) terreinen van het cluster dezelfde vragen kregen is niet vastgelegd; set survey sameQuestions=true (of false)."))
        }
    }
}
