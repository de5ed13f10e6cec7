import KVOModel

/// §4.1.1: every mandatory theme has at least its minimum number of subject blocks in the survey.
///
/// The mandatory open questions (16, 23, 33) are not counted here: the handbook puts the minimum at
/// "20 + 3 blocks", the 20 being the themes' minimums and the 3 the open questions
/// (KVO-4.1.1-OPEN-QUESTIONS checks those).
struct SurveyThemeMinimum: RuleEvaluator {
    let id = "KVO-4.1.1-THEME-MINIMUM"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let subjects = AnalysisSupport.surveySubjects(c) else { return .missing(AnalysisSupport.noSubjects) }
        let chosen = Set(subjects)
        let mandatory = Handbook.Survey.mandatoryThemes
        var shortEn: [String] = [], shortNl: [String] = []
        var needEn: [String] = [], needNl: [String] = []
        var blocks = 0
        for theme in mandatory {
            let have = theme.subjects.filter { !$0.mandatoryOpenQuestion && chosen.contains($0.number) }.count
            blocks += min(have, theme.minimumBlocks)
            guard have < theme.minimumBlocks else { continue }
            let name = AnalysisSupport.themeName(theme), en = name.en, nl = name.nl
            shortEn.append("\(en) has \(have) of \(theme.minimumBlocks)")
            shortNl.append("\(nl) heeft \(have) van \(theme.minimumBlocks)")
            let more = theme.minimumBlocks - have
            needEn.append("\(en) needs \(Language.en.count(more, Noun(en: "more block", "more blocks", nl: "blok meer", "blokken meer")))")
            needNl.append("\(nl) heeft nog \(Language.nl.count(more, Noun(en: "block", "blocks", nl: "blok", "blokken"))) nodig")
        }
        let minimum = Handbook.Survey.minimumBlocks
        if shortEn.isEmpty {
            return .met(Message(en: "All \(mandatory.count) mandatory themes have at least their minimum number of subject blocks (\(minimum) blocks in all).",
                                nl: "Alle \(mandatory.count) verplichte thema's hebben ten minste hun minimumaantal onderwerpblokken (samen \(minimum) blokken)."))
        }
        let themes = Noun(en: "mandatory theme is", "mandatory themes are", nl: "verplicht thema heeft", "verplichte thema's hebben")
        let themesEn = Language.en.count(shortEn.count, themes), themesNl = Language.nl.count(shortNl.count, themes)
        return .notMet(Message(en: "\(themesEn) short of subject blocks: \(Language.en.list(shortEn)) (\(blocks) of the minimum \(minimum) blocks are met).",
                               nl: "\(themesNl) te weinig onderwerpblokken: \(Language.nl.list(shortNl)) (\(blocks) van de minimaal \(minimum) blokken gehaald)."),
                       short: Message(en: Language.en.list(needEn) + ".", nl: Language.nl.list(needNl) + "."))
    }
}
