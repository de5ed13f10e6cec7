import KVOModel

/// §4.1.2: police incident figures (reports and notifications) cover at least one whole year before the analysis.
struct PoliceFigures: RuleEvaluator {
    let id = "KVO-4.1.2-POLICE-FIGURES"

    func evaluate(_ c: CheckContext) -> Finding {
        switch IncidentFigures(source: .police, en: "Police", nl: "politie").judge(c).outcome {
        case .covered(let m): .met(m)
        case .short(let m, let short): .notMet(m, short: short)
        case .missing(let m): .missing(m)
        }
    }
}
