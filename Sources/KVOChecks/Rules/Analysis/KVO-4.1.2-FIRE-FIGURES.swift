import KVOModel

/// §4.1.2: fire-brigade incident figures cover at least one whole year before the analysis.
struct FireFigures: RuleEvaluator {
    let id = "KVO-4.1.2-FIRE-FIGURES"

    func evaluate(_ c: CheckContext) -> Finding {
        switch IncidentFigures(source: .fire, en: "Fire-brigade", nl: "brandweer").judge(c).outcome {
        case .covered(let m): .met(m)
        case .short(let m, let short): .notMet(m, short: short)
        case .missing(let m): .missing(m)
        }
    }
}
