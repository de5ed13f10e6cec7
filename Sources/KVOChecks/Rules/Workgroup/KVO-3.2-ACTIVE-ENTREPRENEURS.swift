import KVOModel

/// §3.2: entrepreneur members are demonstrably active in the area (members.activeInArea) as business, landlord or property manager.
struct ActiveEntrepreneurs: RuleEvaluator {
    let id = "KVO-3.2-ACTIVE-ENTREPRENEURS"

    func evaluate(_ c: CheckContext) -> Finding {
        let members = WorkgroupFacts.members(c), parties = WorkgroupFacts.partiesByID(c)
        guard !members.isEmpty else {
            return .missing(Message(en: "No workgroup members are recorded; add them with: add member \"NAME\" party=PA-n activeInArea=true.",
                                    nl: "Er zijn geen werkgroepleden vastgelegd; voeg ze toe met: voegtoe member \"NAAM\" party=PA-n activeInArea=true."))
        }
        // Entrepreneur members: association, representing organisation and property owner (see WorkgroupFacts).
        let entrepreneurs = members.filter { WorkgroupFacts.partyType(of: $0, parties).map(WorkgroupFacts.entrepreneurTypes.contains) == true }
        guard !entrepreneurs.isEmpty else {
            return .notApplicable(Message(en: "\(members.count == 1 ? "The only member does not sit" : "None of the \(members.count) members sits") for an entrepreneurs' association, representing organisation or property owner (KVO-3.2-ENTREPRENEURS covers their absence).",
                                          nl: "\(members.count == 1 ? "Het enige lid zit niet" : "Geen van de \(members.count) leden zit") namens een ondernemersvereniging, belangenorganisatie of vastgoedeigenaar (KVO-3.2-ENTREPRENEURS gaat over hun afwezigheid)."))
        }
        let inactive = entrepreneurs.filter { $0.activeInArea == false }
        let unknown = entrepreneurs.filter { $0.activeInArea == nil }
        let n = entrepreneurs.count
        if !inactive.isEmpty {
            let names = inactive.map { WorkgroupFacts.who($0, parties) }
            let alsoEN = unknown.isEmpty ? "" : "; not recorded for \(Language.en.list(unknown.map(AreaFacts.name)))"
            let alsoNL = unknown.isEmpty ? "" : "; niet vastgelegd voor \(Language.nl.list(unknown.map(AreaFacts.name)))"
            return .notMet(Message(en: "\(inactive.count) of \(n) entrepreneur members \(inactive.count == 1 ? "is" : "are") not active in the area: \(Language.en.list(names))\(alsoEN).",
                                   nl: "\(inactive.count) van \(n) ondernemers in de werkgroep \(inactive.count == 1 ? "is" : "zijn") niet actief in het gebied: \(Language.nl.list(names))\(alsoNL)."),
                           short: Message(en: "Entrepreneur members should be active in the area as business, landlord or property manager; not so: \(Language.en.list(inactive.map(AreaFacts.name))).",
                                          nl: "Ondernemers in de werkgroep zijn bij voorkeur actief in het gebied als bedrijf, verhuurder of beheerder van vastgoed; niet zo: \(Language.nl.list(inactive.map(AreaFacts.name)))."))
        }
        if !unknown.isEmpty {
            let names = unknown.map { "\(WorkgroupFacts.who($0, parties)) [\($0.id)]" }
            return .missing(Message(en: "Whether \(unknown.count) of \(n) entrepreneur members \(unknown.count == 1 ? "is" : "are") active in the area is not recorded: \(Language.en.list(names)); set \(unknown[0].id) activeInArea=true (or false).",
                                    nl: "Of \(unknown.count) van \(n) ondernemers in de werkgroep actief \(unknown.count == 1 ? "is" : "zijn") in het gebied is niet vastgelegd: \(Language.nl.list(names)); wijzig \(unknown[0].id) activeInArea=true (of false)."))
        }
        let names = entrepreneurs.map { WorkgroupFacts.who($0, parties) }
        return .met(Message(en: "All \(n) entrepreneur members are active in the area: \(Language.en.list(names)).",
                            nl: "Alle \(n) ondernemers in de werkgroep zijn actief in het gebied: \(Language.nl.list(names))."))
    }
}
