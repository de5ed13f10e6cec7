import KVOModel

/// §4.2.4: every measure names its party, quarters, hours, expertise and progress indicator, and serves a goal.
struct MeasureFields: RuleEvaluator {
    let id = "KVO-4.2.4-MEASURE-FIELDS"

    func evaluate(_ c: CheckContext) -> Finding {
        let measures = c.measures
        guard !measures.isEmpty else {
            return .missing(Message(en: "No measures are recorded; add them with: add measure \"TITLE\" goal=G-1 party=PA-1 quarters=2025Q2 hours=8 expertise=workgroup indicator=\"...\".",
                                    nl: "Er zijn geen maatregelen vastgelegd; voeg ze toe met: voegtoe measure \"TITEL\" goal=G-1 party=PA-1 quarters=2025Q2 hours=8 expertise=workgroup indicator=\"...\"."))
        }
        let goals = Set(c.goals.map(\.id))
        let parties = Set(c.parties.map(\.id))
        var gapsEN: [String] = [], gapsNL: [String] = [], failing: [String] = []
        for m in measures {
            var en: [String] = [], nl: [String] = []
            if let p = m.party {
                if !parties.contains(p) { en.append("party \(p) does not exist"); nl.append("partij \(p) bestaat niet") }
            } else { en.append("no party"); nl.append("geen partij") }
            if m.quarters.isEmpty { en.append("no quarters"); nl.append("geen kwartalen") }
            if m.hours == nil { en.append("no hours"); nl.append("geen uren") }
            if m.expertise == nil { en.append("no expertise (workgroup or external)"); nl.append("geen deskundigheid (werkgroep of extern)") }
            if m.indicator == nil { en.append("no progress indicator"); nl.append("geen voortgangsindicator") }
            if let g = m.goal {
                if !goals.contains(g) { en.append("goal \(g) does not exist"); nl.append("doelstelling \(g) bestaat niet") }
            } else { en.append("no goal"); nl.append("geen doelstelling") }
            guard !en.isEmpty else { continue }
            failing.append(m.id)
            gapsEN.append("\(m.id) has \(en.joined(separator: ", "))")
            gapsNL.append("\(m.id) heeft \(nl.joined(separator: ", "))")
        }
        let n = measures.count
        if failing.isEmpty {
            let allEN = n == 1 ? "The only measure, \(measures[0].id), names its" : "All \(n) measures name their"
            let allNL = n == 1 ? "De enige maatregel, \(measures[0].id), noemt zijn" : "Alle \(n) maatregelen noemen hun"
            return .met(Message(en: "\(allEN) party, quarters, hours, expertise and progress indicator, and serve\(n == 1 ? "s" : "") a goal.",
                                nl: "\(allNL) partij, kwartalen, uren, deskundigheid en voortgangsindicator, en dien\(n == 1 ? "t" : "en") een doelstelling."))
        }
        let k = failing.count
        return .notMet(Message(en: "\(k) of \(n) measures \(k == 1 ? "is" : "are") incomplete: \(gapsEN.joined(separator: "; ")).",
                               nl: "\(k) van de \(n) maatregelen \(k == 1 ? "is" : "zijn") onvolledig: \(gapsNL.joined(separator: "; "))."),
                       short: Message(en: "complete \(Language.en.list(failing)), e.g. set \(failing[0]) party=PA-n quarters=2025Q2 hours=N expertise=workgroup indicator=\"...\" goal=G-n.",
                                      nl: "maak \(Language.nl.list(failing)) compleet, bijv. wijzig \(failing[0]) party=PA-n quarters=2025Q2 hours=N expertise=workgroup indicator=\"...\" goal=G-n."))
    }
}
