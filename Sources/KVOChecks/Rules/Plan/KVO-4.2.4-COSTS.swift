import KVOModel

/// §4.2.4: a measure whose costs are unknown or unfunded includes finding the money as part of the measure.
///
/// The dossier has one free-text `cost` field ("what it costs and who pays"). A cost note that says
/// the costs are unknown or unfunded (onbekend, geen budget, unknown, ...) must also say that finding
/// the money is part of the measure (financiering, dekking, subsidie, zoeken, funding, ...), in the
/// cost note, the title or the indicator. Measures without a cost note are counted, not judged.
struct MeasureCosts: RuleEvaluator {
    let id = "KVO-4.2.4-COSTS"

    static let unknownWords = ["onbekend", "niet bekend", "nog te bepalen", "n.t.b.", "geen budget", "geen dekking", "niet gedekt",
                               "ongedekt", "geen financiering", "unknown", "not known", "to be determined", "tbd", "no budget",
                               "unfunded", "not funded", "no funding"]
    static let fundingWords = ["financiering", "financieel", "financiële", "dekking zoeken", "dekking vinden", "zoeken", "subsidie",
                               "onderdeel van de maatregel", "funding", "find the money", "finding the money", "raise", "seek",
                               "part of the measure", "grant"]

    static func says(_ text: String, _ words: [String]) -> Bool {
        TextSearch.lowercased(text, containsAny: words)
    }

    func evaluate(_ c: CheckContext) -> Finding {
        let measures = c.measures.filter { !PlanFacts.dropped($0) }
        guard !measures.isEmpty else {
            return .missing(Message(en: "No measures are recorded; add them with: add measure \"TITLE\" cost=\"...\".",
                                    nl: "Er zijn geen maatregelen vastgelegd; voeg ze toe met: voegtoe measure \"TITEL\" cost=\"...\"."))
        }
        let noted = measures.filter { $0.cost != nil }
        let unknown = noted.filter { Self.says($0.cost!, Self.unknownWords) }
        let unfundedWithoutSearch = unknown.filter { m in
            let text = [m.cost, m.title, m.indicator].compactMap { $0 }.joined(separator: " ")
            return !Self.says(text, Self.fundingWords)
        }
        let n = measures.count, k = noted.count, u = unknown.count
        let countsEN = "\(k) of \(n) measures have a cost note, \(u) of them with unknown or unfunded costs"
        let countsNL = "\(k) van de \(n) maatregelen hebben een kostennotitie, \(u) daarvan met onbekende of ongedekte kosten"
        if unfundedWithoutSearch.isEmpty {
            let tailEN = u == 0 ? "" : " (\(unknown.map(\.id).joined(separator: ", "))), and each includes finding the money"
            let tailNL = u == 0 ? "" : " (\(unknown.map(\.id).joined(separator: ", "))), en elk omvat het vinden van het geld"
            return .met(Message(en: "\(countsEN)\(tailEN).", nl: "\(countsNL)\(tailNL)."))
        }
        let ids = unfundedWithoutSearch.map(\.id)
        return .notMet(Message(en: "\(countsEN); \(Language.en.list(ids)) \(ids.count == 1 ? "does" : "do") not include finding the money.",
                               nl: "\(countsNL); \(Language.nl.list(ids)) \(ids.count == 1 ? "omvat" : "omvatten") niet het vinden van het geld."),
                       short: Message(en: "make finding the money part of \(Language.en.list(ids)), e.g. set \(ids[0]) cost=\"Costs unknown; finding funding is part of the measure\".",
                                      nl: "maak het vinden van het geld onderdeel van \(Language.nl.list(ids)), bijv. wijzig \(ids[0]) cost=\"Kosten onbekend; financiering zoeken is onderdeel van de maatregel\"."))
    }
}
