import KVOModel

/// §3.3: where an entrepreneurs' fund (BIZ, advertising tax) exists, its relation to the workgroup is described.
struct FundRelation: RuleEvaluator {
    let id = "KVO-3.3-FUND-RELATION"

    private static let fundEN = ["biz": "a BIZ (business investment zone)", "advertising-tax": "an advertising tax", "other": "an entrepreneurs' fund"]
    private static let fundNL = ["biz": "een BIZ (bedrijveninvesteringszone)", "advertising-tax": "een reclamebelasting", "other": "een ondernemersfonds"]

    func evaluate(_ c: CheckContext) -> Finding {
        let organisation = c.section("organisation")
        guard let fund = organisation.string("fund") else {
            return .missing(Message(en: "Whether an entrepreneurs' fund exists is not recorded; set organisation fund=none (or biz, advertising-tax, other).",
                                    nl: "Of er een ondernemersfonds is, is niet vastgelegd; wijzig organisation fund=none (of biz, advertising-tax, other)."))
        }
        if fund == "none" {
            return .notApplicable(Message(en: "No entrepreneurs' fund (BIZ, advertising tax) exists in the area (organisation.fund = none).",
                                          nl: "Er is geen ondernemersfonds (BIZ, reclamebelasting) in het gebied (organisation.fund = none)."))
        }
        let en = Self.fundEN[fund] ?? fund, nl = Self.fundNL[fund] ?? fund
        if let relation = organisation.string("fundRelation") {
            let quoted = AreaFacts.excerpt(relation)
            return .met(Message(en: "The area has \(en), and its relation to the workgroup is described: \"\(quoted)\".",
                                nl: "Het gebied heeft \(nl), en de relatie met de werkgroep is beschreven: \"\(quoted)\"."))
        }
        return .notMet(Message(en: "The area has \(en), but its relation to the workgroup is not described.",
                               nl: "Het gebied heeft \(nl), maar de relatie met de werkgroep is niet beschreven."),
                       short: Message(en: "Describe it: set organisation fundRelation=\"TEXT\".",
                                      nl: "Beschrijf haar: wijzig organisation fundRelation=\"TEKST\"."))
    }
}
