import KVOModel

/// §5.1: one contact person (a member with the certification-contact role, or a named process facilitator) handles communication with the certification body.
struct AuditContact: RuleEvaluator {
    let id = "KVO-5.1-CONTACT"

    func evaluate(_ c: CheckContext) -> Finding {
        let members = c.members
        let contacts = members.filter { $0.roles.contains(.certificationContact) }.map { AuditRules.member(c, $0.id) }
        let facilitator = c.organisation.processFacilitator
        switch contacts.count {
        case 1:
            return .met(Message(en: "\(contacts[0]) is the one contact person for the certification body.",
                                nl: "\(contacts[0]) is de enige contactpersoon voor de certificatie-instelling."))
        case 0:
            // §5.1: "Dat kan ook een aangewezen derde partij zijn zoals een externe procesbegeleider."
            // With no member in the role, the named process facilitator is taken as the contact.
            if let f = facilitator {
                return .met(Message(en: "No member has the certification-contact role, so the named process facilitator \(f) is the one contact person for the certification body.",
                                    nl: "Geen lid heeft de rol certification-contact, dus de aangewezen procesbegeleider \(f) is de enige contactpersoon voor de certificatie-instelling."))
            }
            if members.isEmpty {
                return .missing(Message(en: "No workgroup members are recorded; add them and give one the certification-contact role: add member \"NAME\" party=PA-1 roles=certification-contact.",
                                        nl: "Er zijn geen werkgroepleden vastgelegd; voeg ze toe en geef één de rol certification-contact: voegtoe member \"NAAM\" party=PA-1 roles=certification-contact."))
            }
            return .notMet(Message(en: "None of the \(members.count) members has the certification-contact role and no process facilitator is named, so there is no contact person for the certification body.",
                                   nl: "Geen van de \(members.count) leden heeft de rol certification-contact en er is geen procesbegeleider genoemd, dus er is geen contactpersoon voor de certificatie-instelling."),
                           short: Message(en: "needs 1 contact person: set MB-n roles=...,certification-contact, or set organisation processFacilitator=\"NAME\".",
                                          nl: "er is 1 contactpersoon nodig: wijzig MB-n roles=...,certification-contact, of wijzig organisation processFacilitator=\"NAAM\"."))
        default:
            return .notMet(Message(en: "\(contacts.count) members have the certification-contact role (\(contacts.joined(separator: ", "))); there must be one contact person.",
                                   nl: "\(contacts.count) leden hebben de rol certification-contact (\(contacts.joined(separator: ", "))); er hoort één contactpersoon te zijn."),
                           short: Message(en: "\(contacts.count - 1) too many: keep the role for one member only.",
                                          nl: "\(contacts.count - 1) te veel: laat de rol bij één lid."))
        }
    }
}
