import KVOModel

/// The evaluators of this section of the handbook, one per rule, each in its own file named after the rule ID.
enum WorkgroupRules {
    static let all: [any RuleEvaluator] = [
        EntrepreneursRepresented(),
        MunicipalityRepresented(),
        PoliceRepresented(),
        FireBrigadeRepresented(),
        MemberList(),
        ActiveEntrepreneurs(),
        ContactPrivacy(),
        ChairAppointed(),
        SecretaryAppointed(),
        CommunicationRoles(),
        AssociationRelation(),
        FundRelation(),
        CorrespondenceAddress(),
        AgreementTopics(),
        MeetingsAgreed(),
    ]
}

/// What the rules of §3.2 to §3.4 read the same way: parties, their members, roles.
enum WorkgroupFacts {
    /// Party types that represent the entrepreneurs as §3.2 requires: an entrepreneurs' association
    /// and/or an organisation that represents them by agreement.
    static let representingTypes: Set<PartyRecord.Kind> = [.association, .representative]

    /// Party types whose members count as entrepreneur members (chair and secretary "bij voorkeur door
    /// ondernemers", "aantoonbaar actief in het gebied"): the representing types, and property owners,
    /// since §3.2 lets an entrepreneur in the workgroup be active "als verhuurder en/of beheerder van
    /// vastgoed in het gebied". Security firms take part as service providers, and "other" says
    /// nothing about who they are, so neither counts.
    static let entrepreneurTypes: Set<PartyRecord.Kind> = [.association, .representative, .owner]

    /// A party type as the workgroup rules name it: "entrepreneurs' association" / "ondernemersvereniging".
    static func typeName(_ type: PartyRecord.Kind) -> Message {
        switch type {
        case .association: Message(en: "entrepreneurs' association", nl: "ondernemersvereniging")
        case .representative: Message(en: "representing organisation", nl: "belangenorganisatie")
        case .municipality: Message(en: "municipality", nl: "gemeente")
        case .police: Message(en: "police", nl: "politie")
        case .fireRegion: Message(en: "safety region fire brigade", nl: "brandweer veiligheidsregio")
        case .fireMunicipal: Message(en: "municipal fire-prevention specialist", nl: "gemeentelijk specialist brandpreventie")
        case .security: Message(en: "private security", nl: "particuliere beveiliging")
        case .owner: Message(en: "property owner", nl: "vastgoedeigenaar")
        case .other: Message(en: "other", nl: "overig")
        }
    }

    /// The members of the workgroup on the check date: a member who left before it, or joins
    /// after it, is no member (members.joined/left; without them every recorded member counts).
    static func members(_ c: CheckContext) -> [MemberRecord] {
        c.members.filter { $0.isMember(on: c.asOf) }
    }

    static func partiesByID(_ c: CheckContext) -> [String: PartyRecord] {
        Dictionary(c.parties.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The type of the party a member sits for, nil when the party is not recorded.
    static func partyType(of member: MemberRecord, _ parties: [String: PartyRecord]) -> PartyRecord.Kind? {
        member.party.flatMap { parties[$0] }?.type
    }

    /// "Hans van der Linden (Ondernemersvereniging De Hoek)".
    static func who(_ member: MemberRecord, _ parties: [String: PartyRecord]) -> String {
        let party = member.party.flatMap { parties[$0] }.map { " (\(AreaFacts.name($0)))" } ?? ""
        return AreaFacts.name(member) + party
    }

    /// Parties of the given types and their (current) members, in the order recorded.
    static func seats(_ c: CheckContext, types: Set<PartyRecord.Kind>) -> [(party: PartyRecord, members: [MemberRecord])] {
        let members = members(c)
        return c.parties.filter { $0.type.map(types.contains) ?? false }.map { party in
            (party, members.filter { $0.party == party.id })
        }
    }

    /// "Sandra de Wit and Erik Janssen (Gemeente Dommelrode)", several parties joined by "; ".
    static func seated(_ seats: [(party: PartyRecord, members: [MemberRecord])], _ language: Language) -> String {
        seats.filter { !$0.members.isEmpty }
            .map { "\(language.list($0.members.map(AreaFacts.name))) (\(AreaFacts.name($0.party)))" }
            .joined(separator: "; ")
    }

    /// "Politie Dommelrode (PA-3)" for parties that have no member.
    static func empty(_ seats: [(party: PartyRecord, members: [MemberRecord])], _ language: Language) -> String {
        language.list(seats.filter { $0.members.isEmpty }.map { "\(AreaFacts.name($0.party)) (\($0.party.id))" })
    }

    /// §3.2 representation of the municipality or the police: a party of the type with at least one
    /// member. `en`/`nl` name the party kind with its verb ("the police are", "de politie is").
    static func represented(_ c: CheckContext, type kind: PartyRecord.Kind, en: (subject: String, verb: String), nl: (subject: String, verb: String)) -> Finding {
        let type = kind.rawValue
        guard !c.parties.isEmpty else {
            return .missing(Message(en: "No parties are recorded, so it cannot be told whether \(en.subject) \(en.verb) represented; add them with: add party \"NAME\" type=\(type).",
                                    nl: "Er zijn geen partijen vastgelegd, dus niet te zeggen of \(nl.subject) vertegenwoordigd \(nl.verb); voeg ze toe met: voegtoe party \"NAAM\" type=\(type)."))
        }
        let seats = seats(c, types: [kind])
        if seats.contains(where: { !$0.members.isEmpty }) {
            return .met(Message(en: "\(Phrase.capitalised(en.subject)) \(en.verb) represented in the workgroup by \(seated(seats, .en)).",
                                nl: "\(Phrase.capitalised(nl.subject)) \(nl.verb) in de werkgroep vertegenwoordigd door \(seated(seats, .nl))."))
        }
        if seats.isEmpty {
            let n = c.parties.count
            return .notMet(Message(en: "\(Phrase.capitalised(en.subject)) \(en.verb) not represented: \(noneOfParties(n, isOfType: type).en).",
                                   nl: "\(Phrase.capitalised(nl.subject)) \(nl.verb) niet vertegenwoordigd: \(noneOfParties(n, isOfType: type).nl)."),
                           short: Message(en: "Add the party and its representative: add party \"NAME\" type=\(type), then add member \"NAME\" party=PA-n.",
                                          nl: "Voeg de partij en haar vertegenwoordiger toe: voegtoe party \"NAAM\" type=\(type), daarna voegtoe member \"NAAM\" party=PA-n."))
        }
        let ids = seats.map(\.party.id)
        return .notMet(Message(en: "\(Phrase.capitalised(en.subject)) \(en.verb) not represented: \(empty(seats, .en)) \(seats.count == 1 ? "has" : "have") no member in the workgroup.",
                               nl: "\(Phrase.capitalised(nl.subject)) \(nl.verb) niet vertegenwoordigd: \(empty(seats, .nl)) \(seats.count == 1 ? "heeft" : "hebben") geen lid in de werkgroep."),
                       short: Message(en: "Add its representative: add member \"NAME\" party=\(ids[0]).",
                                      nl: "Voeg de vertegenwoordiger toe: voegtoe member \"NAAM\" party=\(ids[0])."))
    }

    /// §3.3 chair and secretary: appointed (a member with the role), preferably an entrepreneur member.
    static func appointed(_ c: CheckContext, role held: MemberRecord.Role, en: String, nl: String) -> Finding {
        let members = members(c), parties = partiesByID(c), role = held.rawValue
        let holders = members.filter { $0.roles.contains(held) }
        guard !holders.isEmpty else {
            let none = noneOfMembers(members.count, hasRole: role)
            return .notMet(Message(en: "No \(en) is appointed: \(none.en).", nl: "Er is geen \(nl) benoemd: \(none.nl)."),
                           short: Message(en: "Appoint a \(en), preferably an entrepreneur: add \(role) to a member's roles (set MB-n roles=\(role),...) or add member \"NAME\" party=PA-n roles=\(role).",
                                          nl: "Benoem een \(nl), bij voorkeur een ondernemer: voeg \(role) toe aan de rollen van een lid (wijzig MB-n roles=\(role),...) of voegtoe member \"NAAM\" party=PA-n roles=\(role)."))
        }
        let names = holders.map { who($0, parties) }
        let entrepreneurs = holders.filter { partyType(of: $0, parties).map(entrepreneurTypes.contains) == true }
        if entrepreneurs.count == holders.count {
            return .met(Message(en: "\(Language.en.list(names)) \(holders.count == 1 ? "is" : "are") \(en) of the workgroup, \(holders.count == 1 ? "an entrepreneur member" : "entrepreneur members") as the handbook prefers.",
                                nl: "\(Language.nl.list(names)) \(holders.count == 1 ? "is" : "zijn") \(nl) van de werkgroep, \(holders.count == 1 ? "een ondernemer" : "ondernemers") zoals het handboek bij voorkeur wil."))
        }
        if !entrepreneurs.isEmpty {
            let e = entrepreneurs.map { who($0, parties) }
            return .met(Message(en: "\(Language.en.list(names)) \(holders.count == 1 ? "is" : "are") \(en) of the workgroup; \(Language.en.list(e)) \(entrepreneurs.count == 1 ? "is an entrepreneur member" : "are entrepreneur members"), as the handbook prefers.",
                                nl: "\(Language.nl.list(names)) \(holders.count == 1 ? "is" : "zijn") \(nl) van de werkgroep; \(Language.nl.list(e)) \(entrepreneurs.count == 1 ? "is ondernemer" : "zijn ondernemers"), zoals het handboek bij voorkeur wil."))
        }
        let unknown = holders.filter { partyType(of: $0, parties) == nil }
        if !unknown.isEmpty {
            let n = unknown.map { "\(AreaFacts.name($0)) (\($0.id))" }
            return .missing(Message(en: "The \(en) \(Language.en.list(n)) sits for no recorded party, so whether the \(en) is an entrepreneur cannot be told; set \(unknown[0].id) party=PA-n.",
                                    nl: "De \(nl) \(Language.nl.list(n)) zit voor geen vastgelegde partij, dus niet te zeggen of de \(nl) ondernemer is; wijzig \(unknown[0].id) party=PA-n."))
        }
        let typed = holders.map { m in "\(AreaFacts.name(m)) (\(typeName(partyType(of: m, parties)!).en))" }
        let getypt = holders.map { m in "\(AreaFacts.name(m)) (\(typeName(partyType(of: m, parties)!).nl))" }
        return .advice(Message(en: "\(Language.en.list(typed)) \(holders.count == 1 ? "is" : "are") \(en) of the workgroup, not an entrepreneur member; the handbook prefers an entrepreneur.",
                               nl: "\(Language.nl.list(getypt)) \(holders.count == 1 ? "is" : "zijn") \(nl) van de werkgroep, geen ondernemer; het handboek wil bij voorkeur een ondernemer."),
                       short: Message(en: "The \(en) should preferably be an entrepreneur member (association, representing organisation or property owner).",
                                      nl: "De \(nl) is bij voorkeur een ondernemer (ondernemersvereniging, belangenorganisatie of vastgoedeigenaar)."))
    }

    /// "none of the 4 parties is of type police", "the only party is not of type police".
    static func noneOfParties(_ n: Int, isOfType type: String) -> Message {
        n == 1 ? Message(en: "the only party is not of type \(type)", nl: "de enige partij is niet van het type \(type)")
            : Message(en: "none of the \(n) parties is of type \(type)", nl: "geen van de \(n) partijen is van het type \(type)")
    }

    /// "none of the 5 members has the role chair", "the only member does not have the role chair".
    static func noneOfMembers(_ n: Int, hasRole role: String) -> Message {
        switch n {
        case 0: Message(en: "no workgroup members are recorded", nl: "er zijn geen werkgroepleden vastgelegd")
        case 1: Message(en: "the only member does not have the role \(role)", nl: "het enige lid heeft niet de rol \(role)")
        default: Message(en: "none of the \(n) members has the role \(role)", nl: "geen van de \(n) leden heeft de rol \(role)")
        }
    }
}
