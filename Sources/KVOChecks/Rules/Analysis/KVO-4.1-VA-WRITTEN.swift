import KVOModel

/// §4.1: the safety analysis is recorded in writing and has a summary (analysis.summary).
struct AnalysisWritten: RuleEvaluator {
    let id = "KVO-4.1-VA-WRITTEN"

    func evaluate(_ c: CheckContext) -> Finding {
        let summary = c.analysis.summary
        let document = c.documents.last { $0.type == .analysis && $0.superseded != true }
        let inDocEn = document.map { " (document \($0.id) \"\($0.name ?? "")\")" } ?? ""
        let inDocNl = document.map { " (document \($0.id) \"\($0.name ?? "")\")" } ?? ""
        guard AnalysisSupport.written(summary), let summary else {
            let holdsEn = document.map { "; document \($0.id) holds the analysis, but its summary is not recorded" } ?? ""
            let holdsNl = document.map { "; document \($0.id) bevat de analyse, maar de samenvatting is niet vastgelegd" } ?? ""
            return .notMet(Message(en: "The safety analysis has no written summary (analysis.summary is empty)\(holdsEn).",
                                   nl: "De veiligheidsanalyse heeft geen schriftelijke samenvatting (analysis.summary is leeg)\(holdsNl)."),
                           short: Message(en: "Write the summary of the analysis: set analysis summary=\"...\".",
                                          nl: "Schrijf de samenvatting van de analyse: wijzig analysis summary=\"...\"."))
        }
        let words = AnalysisSupport.wordCount(summary)
        return .met(Message(en: "The safety analysis is recorded in writing with a summary of \(Language.en.count(words, Noun(en: "word", "words", nl: "woord", "woorden")))\(inDocEn).",
                            nl: "De veiligheidsanalyse is schriftelijk vastgelegd met een samenvatting van \(Language.nl.count(words, Noun(en: "word", "words", nl: "woord", "woorden")))\(inDocNl)."))
    }
}
