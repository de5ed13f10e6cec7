import KVOModel

/// §3.3: where an entrepreneurs' fund (BIZ, advertising tax) exists, its relation to the workgroup is described.
struct FundRelation: RuleEvaluator {
    let id = "KVO-3.3-FUND-RELATION"

    /// "a BIZ (business investment zone)" / "een BIZ (bedrijveninvesteringszone)"; nil for none.
    private static func fundName(_ fund: OrganisationRecord.Fund) -> Message? {
        switch fund {
        case .noFund: nil
        case .biz: Message(en: "a BIZ (business investment zone)", nl: "een BIZ (bedrijveninvesteringszone)")
        case .advertisingTax: Message(en: "an advertising tax", nl: "een reclamebelasting")
        case .other: Message(en: "an entrepreneurs' fund", nl: "een ondernemersfonds")
        }
    }

    func evaluate(_ c: CheckContext) -> Finding {
        let organisation = c.organisation
        guard let fund = organisation.fund else {
            return .missing(Message(en: "Whether an entrepreneurs' fund exists is not recorded; set organisation fund=none (or biz, advertising-tax, other).",
                                    nl: "Of er een ondernemersfonds is, is niet vastgelegd; wijzig organisation fund=none (of biz, advertising-tax, other)."))
        }
        guard let name = Self.fundName(fund) else {
            return .notApplicable(Message(en: "No entrepreneurs' fund (BIZ, advertising tax) exists in the area (organisation.fund = none).",
                                          nl: "Er is geen ondernemersfonds (BIZ, reclamebelasting) in het gebied (organisation.fund = none)."))
        }
        let en = name.en, nl = name.nl
        if let relation = organisation.fundRelation {
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
