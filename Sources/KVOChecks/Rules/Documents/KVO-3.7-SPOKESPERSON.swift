import KVOModel

/// §3.7: a spokesperson for incidents in the area is appointed (a member with the role spokesperson).
struct IncidentSpokesperson: RuleEvaluator {
    let id = "KVO-3.7-SPOKESPERSON"

    func evaluate(_ c: CheckContext) -> Finding {
        let members = c.members
        guard !members.isEmpty else {
            return .missing(Message(en: "No workgroup members are recorded; add them with: add member \"NAME\" party=PA-1 roles=spokesperson.",
                                    nl: "Er zijn geen werkgroepleden vastgelegd; voeg ze toe met: voegtoe member \"NAAM\" party=PA-1 roles=spokesperson."))
        }
        let speakers = members.filter { $0.roles.contains(.spokesperson) }.map { PlanFacts.named($0.id, $0.name) }
        guard speakers.isEmpty else {
            let n = speakers.count
            return .met(Message(en: "\(Language.en.list(speakers)) \(n == 1 ? "is the spokesperson" : "are spokespersons") for incidents in the area.",
                                nl: "\(Language.nl.list(speakers)) \(n == 1 ? "is de woordvoerder" : "zijn woordvoerders") bij incidenten in het gebied."))
        }
        return .notMet(Message(en: "None of the \(members.count) workgroup members has the role spokesperson for incidents in the area.",
                               nl: "Geen van de \(members.count) werkgroepleden heeft de rol woordvoerder bij incidenten in het gebied."),
                       short: Message(en: "appoint one: set MB-n roles=spokesperson (keeping the member's other roles).",
                                      nl: "wijs er een aan: wijzig MB-n roles=spokesperson (met behoud van de andere rollen van het lid)."))
    }
}
