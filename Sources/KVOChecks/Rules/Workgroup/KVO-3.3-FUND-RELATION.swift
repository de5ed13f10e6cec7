import KVOModel

/// §3.3: where an entrepreneurs' fund (BIZ, advertising tax) exists, its relation to the workgroup is described.
struct FundRelation: RuleEvaluator {
    let id = "KVO-3.3-FUND-RELATION"

    private static let fundEN = ["biz": "a BIZ (business investment zone)", "advertising-tax": "an advertising tax", "other": "an entrepreneurs' fund"]
    private static let fundNL = ["biz": "een BIZ (bedrijveninvesteringszone)", "advertising-tax": "een reclamebelasting", "other": "een ondernemersfonds"]

    func evaluate(_ c: CheckContext) -> Finding {
        let organisation = c.section("organisation")
        guard let fund = organisation.string("fund") else {
            return .missing(both("Whether an entrepreneurs' fund exists is not recorded; set organisation fund=none (or biz, advertising-tax, other).",
                                 "Of er een ondernemersfonds is, is niet vastgelegd; set organisation fund=none (of biz, advertising-tax, other)."))
        }
        if fund == "none" {
            return .notApplicable(both("No entrepreneurs' fund (BIZ, advertising tax) exists in the area (organisation.fund = none).",
                                       "Er is geen ondernemersfonds (BIZ, reclamebelasting) in het gebied (organisation.fund = none)."))
        }
        let en = Self.fundEN[fund] ?? fund, nl = Self.fundNL[fund] ?? fund
        if let relation = organisation.string("fundRelation") {
            let quoted = AreaFacts.excerpt(relation)
            return .met(both("The area has \(en), and its relation to the workgroup is described: \"\(quoted)\".",
                             "Het gebied heeft \(nl), en de relatie met de werkgroep is beschreven: \"\(quoted)\"."))
        }
        return .notMet(both("The area has \(en), but its relation to the workgroup is not described.",
                            "Het gebied heeft \(nl), maar de relatie met de werkgroep is niet beschreven."),
                       short: both("Describe it: set organisation fundRelation=\"TEXT\".",
                                   "Beschrijf haar: set organisation fundRelation=\"TEKST\"."))
    }
}
