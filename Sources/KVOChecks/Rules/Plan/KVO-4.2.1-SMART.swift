import KVOModel

/// §4.2.1: every goal is SMART (description, norm, accepted, realistic, deadline); each missing element is named per goal.
struct GoalsSMART: RuleEvaluator {
    let id = "KVO-4.2.1-SMART"

    func evaluate(_ c: CheckContext) -> Finding {
        let goals = c.goals
        guard !goals.isEmpty else {
            return .missing(Message(en: "No goals are recorded; add them with: add goal theme=T02 description=\"...\" norm=\"...\" accepted=true realistic=true deadline=YYYY-MM-DD.",
                                    nl: "Er zijn geen doelstellingen vastgelegd; voeg ze toe met: voegtoe goal theme=T02 description=\"...\" norm=\"...\" accepted=true realistic=true deadline=JJJJ-MM-DD."))
        }
        var gapsEN: [String] = [], gapsNL: [String] = [], failing: [String] = []
        for g in goals {
            var en: [String] = [], nl: [String] = []
            if g.description == nil { en.append("no description (specific)"); nl.append("geen omschrijving (specifiek)") }
            if g.norm == nil { en.append("no norm (measurable)"); nl.append("geen norm (meetbaar)") }
            switch g.accepted {
            case true?: break
            case false?: en.append("not accepted by the workgroup (acceptable)"); nl.append("niet aanvaard door de werkgroep (acceptabel)")
            case nil: en.append("acceptance by the workgroup not recorded (acceptable)"); nl.append("aanvaarding door de werkgroep niet vastgelegd (acceptabel)")
            }
            switch g.realistic {
            case true?: break
            case false?: en.append("judged not realistic (realistic)"); nl.append("niet realistisch bevonden (realistisch)")
            case nil: en.append("realism not recorded (realistic)"); nl.append("realiteitsgehalte niet vastgelegd (realistisch)")
            }
            if g.deadline == nil { en.append("no deadline (time-bound)"); nl.append("geen termijn (tijdgebonden)") }
            if !en.isEmpty {
                failing.append(g.id)
                gapsEN.append("\(g.id) has \(en.joined(separator: ", "))")
                gapsNL.append("\(g.id) heeft \(nl.joined(separator: ", "))")
            }
        }
        let n = goals.count
        if gapsEN.isEmpty {
            let allEN = n == 1 ? "The only goal, \(goals[0].id), is SMART: it has" : "All \(n) goals are SMART: each has"
            let allNL = n == 1 ? "De enige doelstelling, \(goals[0].id), is SMART: ze heeft" : "Alle \(n) doelstellingen zijn SMART: elk heeft"
            return .met(Message(en: "\(allEN) a description, a norm, acceptance by the workgroup, a realistic judgement and a deadline.",
                                nl: "\(allNL) een omschrijving, een norm, aanvaarding door de werkgroep, een realistisch oordeel en een termijn."))
        }
        let k = failing.count
        return .notMet(Message(en: "\(k) of \(n) goals \(k == 1 ? "is" : "are") not SMART: \(gapsEN.joined(separator: "; ")).",
                               nl: "\(k) van de \(n) doelstellingen \(k == 1 ? "is" : "zijn") niet SMART: \(gapsNL.joined(separator: "; "))."),
                       short: Message(en: "complete \(Language.en.list(failing)), e.g. set \(failing[0]) norm=\"...\" deadline=YYYY-MM-DD accepted=true realistic=true.",
                                      nl: "maak \(Language.nl.list(failing)) compleet, bijv. wijzig \(failing[0]) norm=\"...\" deadline=JJJJ-MM-DD accepted=true realistic=true."))
    }
}
