import KVOModel

/// §4.2.2: every optional theme the survey included and every own theme the workgroup added has a goal.
struct ChosenThemes: RuleEvaluator {
    let id = "KVO-4.2.2-CHOSEN-THEMES"

    func evaluate(_ c: CheckContext) -> Finding {
        let survey = c.survey
        let subjects = survey.subjects
        let ownThemes = survey.ownThemes
        guard !subjects.isEmpty || !ownThemes.isEmpty else {
            return .missing(Message(en: "The survey's subjects are not recorded, so the optional themes it included are unknown; set them with: set survey subjects=4,5,... (and ownThemes=\"...\" for own themes).",
                                    nl: "De onderwerpen van de enquête ontbreken, dus de gekozen optionele thema's zijn onbekend; vul ze in met: wijzig survey subjects=4,5,... (en ownThemes=\"...\" voor eigen thema's)."))
        }
        let catalogue = ThemeCatalogue.handbook
        var optional: [Theme] = []
        for n in subjects {
            if let t = catalogue.theme(ofSubject: n), !t.mandatory, !optional.contains(t) { optional.append(t) }
        }
        optional.sort { $0.id < $1.id }
        var own: [String] = []
        for t in ownThemes where !own.contains(where: { PlanFacts.ownThemeKey($0) == PlanFacts.ownThemeKey(t) }) {
            own.append(t.hasPrefix("own:") ? String(t.dropFirst(4)) : t)
        }
        guard !optional.isEmpty || !own.isEmpty else {
            let all = Language.en.alternatives(catalogue.themes.filter { !$0.mandatory }.map(\.id))
            let alle = Language.nl.alternatives(catalogue.themes.filter { !$0.mandatory }.map(\.id))
            return .notApplicable(Message(en: "The survey includes no optional theme (\(all)) and the workgroup added no own theme, so no further goal is required.",
                                          nl: "De enquête bevat geen optioneel thema (\(alle)) en de werkgroep heeft geen eigen thema toegevoegd, dus er is geen extra doelstelling nodig."))
        }
        let goalThemes = c.goals.compactMap(\.theme)
        let ids = Set(goalThemes.compactMap { PlanFacts.themeID($0) })
        let ownKeys = Set(goalThemes.filter { PlanFacts.themeID($0) == nil }.map(PlanFacts.ownThemeKey))

        let chosenEN = optional.map(PlanFacts.themeEN) + own.map { "own theme \"\($0)\"" }
        let chosenNL = optional.map(PlanFacts.themeNL) + own.map { "eigen thema \"\($0)\"" }
        let lackingOptional = optional.filter { !ids.contains($0.id) }
        let lackingOwn = own.filter { !ownKeys.contains(PlanFacts.ownThemeKey($0)) }
        let lackEN = lackingOptional.map(PlanFacts.themeEN) + lackingOwn.map { "own theme \"\($0)\"" }
        let lackNL = lackingOptional.map(PlanFacts.themeNL) + lackingOwn.map { "eigen thema \"\($0)\"" }
        let n = chosenEN.count
        if lackEN.isEmpty {
            return .met(Message(en: "Every chosen theme has a goal: \(Language.en.list(chosenEN)).",
                                nl: "Elk gekozen thema heeft een doelstelling: \(Language.nl.list(chosenNL))."))
        }
        let k = lackEN.count
        let example = lackingOptional.first.map { "theme=\($0.id)" } ?? "theme=\"own:\(lackingOwn[0])\""
        return .notMet(Message(en: "\(k) of the \(n) themes the workgroup chose \(k == 1 ? "has" : "have") no goal: \(Language.en.list(lackEN)).",
                               nl: "\(k) van de \(n) door de werkgroep gekozen thema's \(k == 1 ? "heeft" : "hebben") geen doelstelling: \(Language.nl.list(lackNL))."),
                       short: Message(en: "add \(Language.en.count(k, Noun(en: "goal", "goals", nl: "doelstelling", "doelstellingen"))), e.g. add goal \"DESCRIPTION\" \(example).",
                                      nl: "voeg \(k) doelstelling\(k == 1 ? "" : "en") toe, bijv. voegtoe goal \"OMSCHRIJVING\" \(example)."))
    }
}
