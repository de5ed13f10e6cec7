import KVOModel

/// §4.1.1: each park's survey response reaches its minimum (1–50 entrepreneurs 40 %, 51–100 30 %, 101–600 20 %).
///
/// Every park is judged on its own, also in a cluster. A park that falls short fails the rule even
/// when another park's figures are still missing; only when none falls short do missing figures
/// make the rule not assessable.
struct SurveyResponseMinimum: RuleEvaluator {
    let id = "KVO-4.1.1-RESPONSE"

    func evaluate(_ c: CheckContext) -> Finding {
        let parks = c.parks
        guard !parks.isEmpty else {
            return .missing(Message(en: "No parks are recorded; add them with: add park \"NAME\" entrepreneurs=N surveyResponses=N.",
                                    nl: "Er zijn geen terreinen vastgelegd; voeg ze toe met: voegtoe park \"NAAM\" entrepreneurs=N surveyResponses=N."))
        }
        var figuresEn: [String] = [], figuresNl: [String] = []
        var shortEn: [String] = [], shortNl: [String] = []
        var missingEn: [String] = [], missingNl: [String] = []
        for park in parks {
            let name = AnalysisSupport.parkName(park)
            guard let entrepreneurs = park.entrepreneurs, entrepreneurs > 0 else {
                missingEn.append("\(name): the number of entrepreneurs is not recorded (set \(park.id) entrepreneurs=N)")
                missingNl.append("\(name): het aantal ondernemers ontbreekt (wijzig \(park.id) entrepreneurs=N)")
                continue
            }
            guard let responses = park.surveyResponses else {
                missingEn.append("\(name): the number of survey responses is not recorded (set \(park.id) surveyResponses=N)")
                missingNl.append("\(name): het aantal enquêtereacties ontbreekt (wijzig \(park.id) surveyResponses=N)")
                continue
            }
            guard responses >= 0, responses <= entrepreneurs else {
                missingEn.append("\(name): \(responses) responses from \(entrepreneurs) entrepreneurs cannot be right (correct \(park.id) surveyResponses or entrepreneurs)")
                missingNl.append("\(name): \(responses) reacties van \(entrepreneurs) ondernemers kan niet kloppen (corrigeer \(park.id) surveyResponses of entrepreneurs)")
                continue
            }
            let minimum = Handbook.Survey.minimumResponse(entrepreneurs: entrepreneurs)
            let required = Handbook.Survey.requiredResponses(entrepreneurs: entrepreneurs)
            let more = required - responses
            let response = Noun(en: "response", "responses", nl: "reactie", "reacties")
            let neededEn = more > 0 ? "\(required) responses, \(more) more" : Language.en.count(required, response)
            let neededNl = more > 0 ? "\(required) reacties, nog \(more)" : Language.nl.count(required, response)
            figuresEn.append("\(name): \(responses) of \(entrepreneurs) entrepreneurs responded = \(Language.en.percent(responses, of: entrepreneurs)), needs \(Language.en.percentSign(String(minimum))) (\(neededEn))")
            figuresNl.append("\(name): \(responses) van \(entrepreneurs) ondernemers reageerden = \(Language.nl.percent(responses, of: entrepreneurs)), nodig \(Language.nl.percentSign(String(minimum))) (\(neededNl))")
            if more > 0 {
                shortEn.append("\(name) needs \(Language.en.count(more, Noun(en: "more response", "more responses", nl: "reactie meer", "reacties meer")))")
                shortNl.append("\(name) heeft nog \(Language.nl.count(more, response)) nodig")
            }
        }
        let allEn = (figuresEn + missingEn).joined(separator: "; ") + "."
        let allNl = (figuresNl + missingNl).joined(separator: "; ") + "."
        if !shortEn.isEmpty {
            return .notMet(Message(en: allEn, nl: allNl), short: Message(en: shortEn.joined(separator: "; ") + ".", nl: shortNl.joined(separator: "; ") + "."))
        }
        if !missingEn.isEmpty {
            return .missing(Message(en: allEn, nl: allNl))
        }
        return .met(Message(en: allEn, nl: allNl))
    }
}
