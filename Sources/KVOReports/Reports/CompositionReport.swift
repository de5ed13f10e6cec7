import KVOModel
import KVOChecks

/// The composition of the workgroup (§3.2, §3.3; the first document of §5.2.1): the
/// collaboration, its parties and its members with the party each represents and their roles.
/// Member fields the schema marks personal (phone, e-mail) appear only with personal data.
package enum CompositionReport {
    package static func make(_ c: ReportContext) -> Document {
        var blocks: [Block] = [.heading(2, c.text(Message(en: "The collaboration", nl: "Het samenwerkingsverband")))]
        blocks += collaboration(c)

        blocks.append(.heading(2, c.text(Message(en: "Parties", nl: "Partijen"))))
        let parties = c.parties
        if parties.isEmpty {
            blocks.append(.note(c.text(Message(en: "No parties are recorded.", nl: "Er zijn geen partijen vastgelegd."))))
        } else {
            let members = current(c)
            let headers = [Message(en: "party", nl: "partij"), Message(en: "kind", nl: "soort"), Message(en: "members", nl: "leden")]
            blocks.append(.table(Table(headers: headers.map(c.text),
                                             rows: parties.map { p in
                                                 [c.partyName(p.id), c.text(kind(p)), "\(members.filter { $0.party == p.id }.count)"]
                                             }, numeric: [2])))
        }

        blocks.append(.heading(2, c.text(Message(en: "Members of the workgroup", nl: "Leden van de werkgroep"))))
        blocks += members(c)
        return Document(title: c.text(Message(en: "Composition of the workgroup", nl: "Samenstelling van de werkgroep")), preface: c.preface(),
                        language: c.language, blocks: blocks, fileName: c.text(Message(en: "composition", nl: "samenstelling")))
    }

    /// The collaboration's name, address and agreements, and its relations with the association and the fund.
    static func collaboration(_ c: ReportContext) -> [Block] {
        let org = c.organisation
        var blocks: [Block] = []
        var facts: [Fact] = []
        func fact(_ label: Message, _ value: String) { facts.append(Fact(c.text(label), value)) }
        if let name = org.name.map(c.text) { fact(Message(en: "Name", nl: "Naam"), name) }
        let address = [org.address.map(c.text), [org.postcode.map(c.text), org.place.map(c.text)].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        if !address.isEmpty { fact(Message(en: "Correspondence address", nl: "Correspondentieadres"), address) }
        if let started = org.started { fact(Message(en: "Started", nl: "Gestart"), c.language.date(started)) }
        if let coordinator = org.coordinator.map(c.text) { fact(Message(en: "Coordinating organisation", nl: "Coördinerende organisatie"), coordinator) }
        if let facilitator = org.processFacilitator.map(c.text) { fact(Message(en: "Process facilitator", nl: "Procesbegeleider"), facilitator) }
        if let meetings = org.meetingsPerYear {
            fact(Message(en: "Meetings per year (agreed)", nl: "Overleggen per jaar (afgesproken)"), "\(meetings)")
        }
        if let years = org.retentionYears {
            fact(Message(en: "Documents kept for", nl: "Bewaartermijn documenten"), c.text(Message(en: "\(years) years", nl: "\(years) jaar")))
        }
        if facts.isEmpty {
            blocks.append(.note(c.text(Message(
                en: "The collaboration's name and address are not recorded.",
                nl: "Naam en adres van het samenwerkingsverband zijn niet vastgelegd."))))
        } else {
            blocks.append(.facts(facts))
        }
        if let relation = org.associationRelation.map(c.text) {
            blocks.append(.heading(3, c.text(Message(en: "Relation with the entrepreneurs' association", nl: "Relatie met de ondernemersvereniging"))))
            blocks.append(.paragraph(relation))
        }
        if let fund = org.fundRelation.map(c.text) {
            blocks.append(.heading(3, c.text(Message(en: "Relation with the entrepreneurs' fund", nl: "Relatie met het ondernemersfonds"))))
            blocks.append(.paragraph(fund))
        }
        return blocks
    }

    /// The members on the report's date: those who have left by then are former members (§3.2
    /// asks for the list as it is), and those who join later are not members yet.
    static func current(_ c: ReportContext) -> [MemberRecord] {
        c.members.filter { $0.isMember(on: c.asOf) }
    }

    /// The members table: the schema's fields of members, personal ones only with personal data;
    /// then those who have left.
    static func members(_ c: ReportContext) -> [Block] {
        let members = current(c)
        let former = c.members.filter { $0.left.map { $0 <= c.asOf } ?? false }
        guard !members.isEmpty else {
            return [.note(c.text(Message(en: "No members are recorded (§3.2 asks for a written list).",
                                         nl: "Er zijn geen leden vastgelegd (§3.2 vraagt een schriftelijke lijst).")))] + formerMembers(c, former)
        }
        let kind = MemberRecord.kind
        var fields = kind.fields.filter(c.shows)
        if !c.isCluster { fields.removeAll { $0.name == MemberRecord.Field.park } }
        // A current member has not left; "member since" only where some date is known.
        fields.removeAll { $0.name == MemberRecord.Field.left }
        if !members.contains(where: { $0.joined != nil }) { fields.removeAll { $0.name == MemberRecord.Field.joined } }
        let headers = fields.map { c.text(header($0)) }
        let rows = members.map { m in fields.map { cell(m, $0, c) } }
        var out: [Block] = [.table(Table(headers: headers, rows: rows))]
        if !c.includesPersonalData, kind.fields.contains(where: \.personal) {
            out.append(.note(c.text(Message(en: "Phone numbers and e-mail addresses are kept in the dossier but not published (§3.2).",
                                            nl: "Telefoonnummers en e-mailadressen staan in het dossier maar worden niet gepubliceerd (§3.2)."))))
        }
        return out + formerMembers(c, former)
    }

    /// "Former members: Piet Jansen (Gemeente Dommelrode), left 1 March 2025."
    static func formerMembers(_ c: ReportContext, _ former: [MemberRecord]) -> [Block] {
        guard !former.isEmpty else { return [] }
        return [.paragraph(c.text(Message(en: "Former members:", nl: "Oud-leden:"))),
                .bullets(former.compactMap { m in
                    m.left.map { c.memberWithParty(m.id) + c.text(Message(en: ", left \(c.language.date($0))", nl: ", vertrokken \(c.language.date($0))")) }
                })]
    }

    /// A column header of the members table.
    static func header(_ field: FieldSpec) -> Message {
        switch field.name {
        case MemberRecord.Field.name: Message(en: "name", nl: "naam")
        case MemberRecord.Field.party: Message(en: "party", nl: "partij")
        case MemberRecord.Field.park: Message(en: "park", nl: "terrein")
        case MemberRecord.Field.roles: Message(en: "roles", nl: "rollen")
        case MemberRecord.Field.activeInArea: Message(en: "active in the area", nl: "actief in het gebied")
        case MemberRecord.Field.phone: Message(en: "phone", nl: "telefoon")
        case MemberRecord.Field.email: Message(en: "e-mail", nl: "e-mail")
        case MemberRecord.Field.joined: Message(en: "member since", nl: "lid sinds")
        case MemberRecord.Field.left: Message(en: "left", nl: "vertrokken")
        default: Message.verbatim(field.name)
        }
    }

    /// A cell of the members table.
    static func cell(_ m: MemberRecord, _ field: FieldSpec, _ c: ReportContext) -> String {
        switch field.name {
        case MemberRecord.Field.party: return c.partyName(m.party)
        case MemberRecord.Field.park: return m.park.map(c.parkName) ?? ""
        case MemberRecord.Field.roles: return roles(m).map(c.text).joined(separator: ", ")
        case MemberRecord.Field.activeInArea: return m.activeInArea.map(c.language.yesNo) ?? ""
        case MemberRecord.Field.joined: return m.joined.map(c.language.date) ?? ""
        default:
            // Personal fields are only here with personal data; other text is scrubbed.
            guard let value = m.record.string(field.name) else { return "" }
            return field.personal ? value : c.text(value)
        }
    }

    /// The party's kind as the handbook says it; a kind the schema does not know, as recorded.
    static func kind(_ p: PartyRecord) -> Message {
        p.type?.label ?? .verbatim(p.record.string(PartyRecord.Field.type) ?? "")
    }

    /// The member's roles as the handbook says them; a role the schema does not know, as recorded.
    static func roles(_ m: MemberRecord) -> [Message] {
        m.record.strings(MemberRecord.Field.roles).map { MemberRecord.Role(rawValue: $0)?.label ?? .verbatim($0) }
    }
}
