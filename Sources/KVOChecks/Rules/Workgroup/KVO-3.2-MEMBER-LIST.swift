import KVOModel

/// §3.2: a written list of workgroup members exists, each member linked to a recorded party.
struct MemberList: RuleEvaluator {
    let id = "KVO-3.2-MEMBER-LIST"

    func evaluate(_ c: CheckContext) -> Finding {
        let members = WorkgroupFacts.members(c), parties = WorkgroupFacts.partiesByID(c)
        guard !members.isEmpty else {
            return .notMet(Message(en: "No workgroup members are recorded, so there is no member list.",
                                   nl: "Er zijn geen werkgroepleden vastgelegd, dus er is geen ledenlijst."),
                           short: Message(en: "Record every member with the party they represent: add member \"NAME\" party=PA-n.",
                                          nl: "Leg elk lid vast met de partij die hij of zij vertegenwoordigt: voegtoe member \"NAAM\" party=PA-n."))
        }
        var unlinkedEN: [String] = [], unlinkedNL: [String] = []
        for m in members {
            if let party = m.party {
                if parties[party] == nil {
                    unlinkedEN.append("\(AreaFacts.name(m)) (\(m.id)) sits for \(party), which is not a recorded party")
                    unlinkedNL.append("\(AreaFacts.name(m)) (\(m.id)) zit voor \(party), dat geen vastgelegde partij is")
                }
            } else {
                unlinkedEN.append("\(AreaFacts.name(m)) (\(m.id)) has no party"); unlinkedNL.append("\(AreaFacts.name(m)) (\(m.id)) heeft geen partij")
            }
        }
        if !unlinkedEN.isEmpty {
            return .notMet(Message(en: "\(unlinkedEN.count) of \(members.count) members \(unlinkedEN.count == 1 ? "is" : "are") not linked to the party they represent: \(unlinkedEN.joined(separator: "; ")).",
                                   nl: "\(unlinkedNL.count) van \(members.count) leden \(unlinkedNL.count == 1 ? "is" : "zijn") niet gekoppeld aan de partij die ze vertegenwoordigen: \(unlinkedNL.joined(separator: "; "))."),
                           short: Message(en: "Link each to its party: set MB-n party=PA-n (add party \"NAME\" type=TYPE first if it is missing).",
                                          nl: "Koppel elk aan zijn partij: wijzig MB-n party=PA-n (eerst voegtoe party \"NAAM\" type=TYPE als die ontbreekt)."))
        }
        let used = Set(members.compactMap(\.party)).count
        // The written form, when the dossier holds one: the latest current document of type "members".
        let list = c.documents.filter { $0.type == .members && $0.superseded != true }
            .max { ($0.date?.ordinal ?? .min) < ($1.date?.ordinal ?? .min) }
        let docEN = list.map { d in "; its document is \(AreaFacts.name(d))\(d.version.map { " version \($0)" } ?? "") (\(d.id))" } ?? ""
        let docNL = list.map { d in "; het document is \(AreaFacts.name(d))\(d.version.map { " versie \($0)" } ?? "") (\(d.id))" } ?? ""
        return .met(Message(en: "The member list holds \(members.count) members, each linked to the party they represent (\(used) parties)\(docEN).",
                            nl: "De ledenlijst telt \(members.count) leden, elk gekoppeld aan de partij die hij of zij vertegenwoordigt (\(used) partijen)\(docNL)."))
    }
}
