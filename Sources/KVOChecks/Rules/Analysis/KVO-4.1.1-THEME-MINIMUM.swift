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
        let mandatory = AnalysisSupport.catalogue.themes.filter(\.mandatory)
        var shortEn: [String] = [], shortNl: [String] = []
        var needEn: [String] = [], needNl: [String] = []
        var blocks = 0
        for theme in mandatory {
            let have = theme.subjects.filter { !$0.mandatoryOpenQuestion && chosen.contains($0.number) }.count
            blocks += min(have, theme.minimumBlocks)
            guard have < theme.minimumBlocks else { continue }
            let en = AnalysisSupport.themeName(theme), nl = AnalysisSupport.themeName(theme, dutch: true)
            shortEn.append("\(en) has \(have) of \(theme.minimumBlocks)")
            shortNl.append("\(nl) heeft \(have) van \(theme.minimumBlocks)")
            let more = theme.minimumBlocks - have
            needEn.append("\(en) needs \(AnalysisSupport.count(more, "more block", "more blocks"))")
            needNl.append("\(nl) heeft nog \(AnalysisSupport.count(more, "blok", "blokken")) nodig")
        }
        let minimum = mandatory.map(\.minimumBlocks).reduce(0, +)
        if shortEn.isEmpty {
            return .met(both("All \(mandatory.count) mandatory themes have at least their minimum number of subject blocks (\(minimum) blocks in all).",
                             "Alle \(mandatory.count) verplichte thema's hebben ten minste hun minimumaantal onderwerpblokken (samen \(minimum) blokken)."))
        }
        let themesEn = AnalysisSupport.count(shortEn.count, "mandatory theme is", "mandatory themes are")
        let themesNl = shortNl.count == 1 ? "1 verplicht thema heeft" : "\(shortNl.count) verplichte thema's hebben"
        return .notMet(both("\(themesEn) short of subject blocks: \(AnalysisSupport.list(shortEn)) (\(blocks) of the minimum \(minimum) blocks are met).",
                            "\(themesNl) te weinig onderwerpblokken: \(AnalysisSupport.list(shortNl, dutch: true)) (\(blocks) van de minimaal \(minimum) blokken gehaald)."),
                       short: both(AnalysisSupport.list(needEn) + ".", AnalysisSupport.list(needNl, dutch: true) + "."))
    }
}
