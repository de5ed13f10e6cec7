import KVOModel

/// §3.3: fixed persons for internal and for external communication (also during calamities) are appointed.
struct CommunicationRoles: RuleEvaluator {
    let id = "KVO-3.3-COMMUNICATION-ROLES"

    // The dossier has no separate role for calamities; the handbook asks the same fixed persons to
    // communicate "ook bij calamiteiten", so the two roles are taken to cover them.
    func evaluate(_ c: CheckContext) -> Finding {
        let members = c.records("members")
        let inside = members.filter { $0.strings("roles").contains("internal-communication") }.map(AreaFacts.name)
        let outside = members.filter { $0.strings("roles").contains("external-communication") }.map(AreaFacts.name)
        if !inside.isEmpty && !outside.isEmpty {
            return .met(both("Fixed persons for communication, also during calamities, are appointed: internal \(Phrase.listed(inside, "and")), external \(Phrase.listed(outside, "and")).",
                             "Vaste personen voor communicatie, ook bij calamiteiten, zijn benoemd: intern \(Phrase.listed(inside, "en")), extern \(Phrase.listed(outside, "en"))."))
        }
        var lackEN: [String] = [], lackNL: [String] = [], roles: [String] = []
        if inside.isEmpty { lackEN.append("internal"); lackNL.append("interne"); roles.append("internal-communication") }
        if outside.isEmpty { lackEN.append("external"); lackNL.append("externe"); roles.append("external-communication") }
        let haveEN = !inside.isEmpty ? "; internal communication is \(Phrase.listed(inside, "and"))"
            : !outside.isEmpty ? "; external communication is \(Phrase.listed(outside, "and"))" : ""
        let haveNL = !inside.isEmpty ? "; interne communicatie is \(Phrase.listed(inside, "en"))"
            : !outside.isEmpty ? "; externe communicatie is \(Phrase.listed(outside, "en"))" : ""
        let none = WorkgroupFacts.noneOfMembers(members.count, hasRole: roles.joined(separator: " or "))
        let geen = WorkgroupFacts.noneOfMembers(members.count, hasRole: roles.joined(separator: " of ")).nl
        return .notMet(both("No fixed person for \(Phrase.listed(lackEN, "and")) communication is appointed: \(none.en)\(haveEN).",
                            "Er is geen vaste persoon voor \(Phrase.listed(lackNL, "en")) communicatie benoemd: \(geen)\(haveNL)."),
                       short: both("Appoint a fixed person for \(Phrase.listed(lackEN, "and")) communication (also during calamities): add \(Phrase.listed(roles, "and")) to a member's roles (set MB-n roles=...,\(roles[0])).",
                                   "Benoem een vaste persoon voor \(Phrase.listed(lackNL, "en")) communicatie (ook bij calamiteiten): voeg \(Phrase.listed(roles, "en")) toe aan de rollen van een lid (set MB-n roles=...,\(roles[0]))."))
    }
}
