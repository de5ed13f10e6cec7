import KVOModel

/// §3.3: fixed persons for internal and for external communication (also during calamities) are appointed.
struct CommunicationRoles: RuleEvaluator {
    let id = "KVO-3.3-COMMUNICATION-ROLES"

    // The dossier has no separate role for calamities; the handbook asks the same fixed persons to
    // communicate "ook bij calamiteiten", so the two roles are taken to cover them.
    func evaluate(_ c: CheckContext) -> Finding {
        let members = WorkgroupFacts.members(c)
        let inside = members.filter { $0.roles.contains(.internalCommunication) }.map(AreaFacts.name)
        let outside = members.filter { $0.roles.contains(.externalCommunication) }.map(AreaFacts.name)
        if !inside.isEmpty && !outside.isEmpty {
            return .met(Message(en: "Fixed persons for communication, also during calamities, are appointed: internal \(Language.en.list(inside)), external \(Language.en.list(outside)).",
                                nl: "Vaste personen voor communicatie, ook bij calamiteiten, zijn benoemd: intern \(Language.nl.list(inside)), extern \(Language.nl.list(outside))."))
        }
        var lackEN: [String] = [], lackNL: [String] = [], roles: [String] = []
        if inside.isEmpty { lackEN.append("internal"); lackNL.append("interne"); roles.append(MemberRecord.Role.internalCommunication.rawValue) }
        if outside.isEmpty { lackEN.append("external"); lackNL.append("externe"); roles.append(MemberRecord.Role.externalCommunication.rawValue) }
        let haveEN = !inside.isEmpty ? "; internal communication is \(Language.en.list(inside))"
            : !outside.isEmpty ? "; external communication is \(Language.en.list(outside))" : ""
        let haveNL = !inside.isEmpty ? "; interne communicatie is \(Language.nl.list(inside))"
            : !outside.isEmpty ? "; externe communicatie is \(Language.nl.list(outside))" : ""
        let none = WorkgroupFacts.noneOfMembers(members.count, hasRole: roles.joined(separator: " or "))
        let geen = WorkgroupFacts.noneOfMembers(members.count, hasRole: roles.joined(separator: " of ")).nl
        return .notMet(Message(en: "No fixed person for \(Language.en.list(lackEN)) communication is appointed: \(none.en)\(haveEN).",
                               nl: "Er is geen vaste persoon voor \(Language.nl.list(lackNL)) communicatie benoemd: \(geen)\(haveNL)."),
                       short: Message(en: "Appoint a fixed person for \(Language.en.list(lackEN)) communication (also during calamities): add \(Language.en.list(roles)) to a member's roles (set MB-n roles=...,\(roles[0])).",
                                      nl: "Benoem een vaste persoon voor \(Language.nl.list(lackNL)) communicatie (ook bij calamiteiten): voeg \(Language.nl.list(roles)) toe aan de rollen van een lid (wijzig MB-n roles=...,\(roles[0]))."))
    }
}
