import KVOModel
import KVOChecks

/// The composition of the workgroup (§3.2, §3.3; the first document of §5.2.1): the
/// collaboration, its parties and its members with the party each represents and their roles.
/// Member fields the schema marks personal (phone, e-mail) appear only with personal data.
public enum CompositionReport {
    public static func make(_ c: ReportContext) -> Document {
        let org = c.section("organisation")
        var blocks: [Block] = [.heading(2, c.text(Message(en: "The collaboration", nl: "Het samenwerkingsverband")))]
        var facts: [Fact] = []
        func fact(_ label: Message, _ value: String) { facts.append(Fact(c.text(label), value)) }
        if let name = c.field(org, "name") { fact(Message(en: "Name", nl: "Naam"), name) }
        let address = [c.field(org, "address"), [c.field(org, "postcode"), c.field(org, "place")].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        if !address.isEmpty { fact(Message(en: "Correspondence address", nl: "Correspondentieadres"), address) }
        if let started = org.date("started") { fact(Message(en: "Started", nl: "Gestart"), c.language.date(started)) }
        if let coordinator = c.field(org, "coordinator") { fact(Message(en: "Coordinating organisation", nl: "Coördinerende organisatie"), coordinator) }
        if let facilitator = c.field(org, "processFacilitator") { fact(Message(en: "Process facilitator", nl: "Procesbegeleider"), facilitator) }
        if let meetings = org.int("meetingsPerYear") {
            fact(Message(en: "Meetings per year (agreed)", nl: "Overleggen per jaar (afgesproken)"), "\(meetings)")
        }
        if let years = org.int("retentionYears") {
            fact(Message(en: "Documents kept for", nl: "Bewaartermijn documenten"), c.text(Message(en: "\(years) years", nl: "\(years) jaar")))
        }
        if facts.isEmpty {
            blocks.append(.note(c.text(Message(
                en: "The collaboration's name and address are not recorded.",
                nl: "Naam en adres van het samenwerkingsverband zijn niet vastgelegd."))))
        } else {
            blocks.append(.facts(facts))
        }
        if let relation = c.field(org, "associationRelation") {
            blocks.append(.heading(3, c.text(Message(en: "Relation with the entrepreneurs' association", nl: "Relatie met de ondernemersvereniging"))))
            blocks.append(.paragraph(relation))
        }
        if let fund = c.field(org, "fundRelation") {
            blocks.append(.heading(3, c.text(Message(en: "Relation with the entrepreneurs' fund", nl: "Relatie met het ondernemersfonds"))))
            blocks.append(.paragraph(fund))
        }

        blocks.append(.heading(2, c.text(Message(en: "Parties", nl: "Partijen"))))
        let parties = c.records("parties")
        if parties.isEmpty {
            blocks.append(.note(c.text(Message(en: "No parties are recorded.", nl: "Er zijn geen partijen vastgelegd."))))
        } else {
            let members = c.records("members")
            let headers = [Message(en: "party", nl: "partij"), Message(en: "kind", nl: "soort"), Message(en: "members", nl: "leden")]
            blocks.append(.table(ReportTable(headers: headers.map(c.text),
                                             rows: parties.map { p in
                                                 [c.partyName(p.id), c.text(partyType(p.string("type"))),
                                                  "\(members.filter { $0.string("party") == p.id }.count)"]
                                             }, numeric: [2])))
        }

        blocks.append(.heading(2, c.text(Message(en: "Members of the workgroup", nl: "Leden van de werkgroep"))))
        blocks += members(c)
        return Document(title: c.text(Message(en: "Composition of the workgroup", nl: "Samenstelling van de werkgroep")), preface: c.preface(),
                        language: c.language, blocks: blocks, fileName: c.text(Message(en: "composition", nl: "samenstelling")))
    }

    /// The members table: the schema's fields of members, personal ones only with personal data.
    static func members(_ c: ReportContext) -> [Block] {
        let members = c.records("members")
        guard !members.isEmpty, let kind = c.dossier.schema.kind(named: "members") else {
            return [.note(c.text(Message(en: "No members are recorded (§3.2 asks for a written list).",
                                         nl: "Er zijn geen leden vastgelegd (§3.2 vraagt een schriftelijke lijst).")))]
        }
        var fields = kind.fields.filter(c.shows)
        if !c.isCluster { fields.removeAll { $0.name == "park" } }
        let headers: [String] = fields.map { f in
            switch f.name {
            case "name": c.text(Message(en: "name", nl: "naam"))
            case "party": c.text(Message(en: "party", nl: "partij"))
            case "park": c.text(Message(en: "park", nl: "terrein"))
            case "roles": c.text(Message(en: "roles", nl: "rollen"))
            case "activeInArea": c.text(Message(en: "active in the area", nl: "actief in het gebied"))
            case "phone": c.text(Message(en: "phone", nl: "telefoon"))
            case "email": c.text(Message(en: "e-mail", nl: "e-mail"))
            case "joined": c.text(Message(en: "member since", nl: "lid sinds"))
            case "left": c.text(Message(en: "left", nl: "vertrokken"))
            default: f.name
            }
        }
        let rows = members.map { m in
            fields.map { f -> String in
                switch f.name {
                case "party": return c.partyName(m.string("party"))
                case "park": return m.string("park").map(c.parkName) ?? ""
                case "roles": return m.strings("roles").map { c.text(role($0)) }.joined(separator: ", ")
                case "activeInArea": return m.bool("activeInArea").map(c.language.yesNo) ?? ""
                default:
                    // Personal fields are only here with personal data; other text is scrubbed.
                    guard let value = m.string(f.name) else { return "" }
                    return f.personal ? value : c.text(value)
                }
            }
        }
        var out: [Block] = [.table(ReportTable(headers: headers, rows: rows))]
        if !c.includesPersonalData, kind.fields.contains(where: \.personal) {
            out.append(.note(c.text(Message(en: "Phone numbers and e-mail addresses are kept in the dossier but not published (§3.2).",
                                            nl: "Telefoonnummers en e-mailadressen staan in het dossier maar worden niet gepubliceerd (§3.2)."))))
        }
        return out
    }

    static func partyType(_ type: String?) -> Message {
        switch type {
        case "association": Message(en: "entrepreneurs' association", nl: "ondernemersvereniging")
        case "representative": Message(en: "representing organisation", nl: "belangenorganisatie ondernemers")
        case "municipality": Message(en: "municipality", nl: "gemeente")
        case "police": Message(en: "police", nl: "politie")
        case "fire-region": Message(en: "fire brigade (safety region)", nl: "brandweer (veiligheidsregio)")
        case "fire-municipal": Message(en: "fire prevention (municipality)", nl: "brandpreventie (gemeente)")
        case "security": Message(en: "private security", nl: "particuliere beveiliging")
        case "owner": Message(en: "property owner", nl: "vastgoedeigenaar")
        case "other": Message(en: "other", nl: "overig")
        default: Message.verbatim(type ?? "")
        }
    }

    static func role(_ role: String) -> Message {
        switch role {
        case "chair": Message(en: "chair", nl: "voorzitter")
        case "secretary": Message(en: "secretary", nl: "secretaris")
        case "internal-communication": Message(en: "internal communication", nl: "interne communicatie")
        case "external-communication": Message(en: "external communication", nl: "externe communicatie")
        case "spokesperson": Message(en: "spokesperson", nl: "woordvoerder")
        case "app-administrator": Message(en: "app group administrator", nl: "beheerder app-groep")
        case "certification-contact": Message(en: "contact for the certification body", nl: "contactpersoon certificatie-instelling")
        case "agenda-member": Message(en: "agenda member", nl: "agendalid")
        default: Message.verbatim(role)
        }
    }
}
