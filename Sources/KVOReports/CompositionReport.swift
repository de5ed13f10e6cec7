import KVOModel
import KVOChecks

/// The composition of the workgroup (§3.2, §3.3; the first document of §5.2.1): the
/// collaboration, its parties and its members with the party each represents and their roles.
/// Member fields the schema marks personal (phone, e-mail) appear only with personal data.
public enum CompositionReport {
    public static func make(_ c: ReportContext) -> Document {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let org = c.section("organisation")
        var blocks: [Block] = [.heading(2, t("The collaboration", "Het samenwerkingsverband"))]
        var facts: [Fact] = []
        if let name = c.field(org, "name") { facts.append(Fact(t("Name", "Naam"), name)) }
        let address = [c.field(org, "address"), [c.field(org, "postcode"), c.field(org, "place")].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        if !address.isEmpty { facts.append(Fact(t("Correspondence address", "Correspondentieadres"), address)) }
        if let started = c.words.date(org.string("started")) { facts.append(Fact(t("Started", "Gestart"), started)) }
        if let coordinator = c.field(org, "coordinator") { facts.append(Fact(t("Coordinating organisation", "Coördinerende organisatie"), coordinator)) }
        if let facilitator = c.field(org, "processFacilitator") { facts.append(Fact(t("Process facilitator", "Procesbegeleider"), facilitator)) }
        if let meetings = org.int("meetingsPerYear") { facts.append(Fact(t("Meetings per year (agreed)", "Overleggen per jaar (afgesproken)"), "\(meetings)")) }
        if let years = org.int("retentionYears") { facts.append(Fact(t("Documents kept for", "Bewaartermijn documenten"), t("\(years) years", "\(years) jaar"))) }
        if facts.isEmpty {
            blocks.append(.note(t("The collaboration's name and address are not recorded (set organisation name=\"...\" address=\"...\").",
                                  "Naam en adres van het samenwerkingsverband zijn niet vastgelegd (set organisation name=\"...\" address=\"...\").")))
        } else {
            blocks.append(.facts(facts))
        }
        if let relation = c.field(org, "associationRelation") {
            blocks.append(.heading(3, t("Relation with the entrepreneurs' association", "Relatie met de ondernemersvereniging")))
            blocks.append(.paragraph(relation))
        }
        if let fund = c.field(org, "fundRelation") {
            blocks.append(.heading(3, t("Relation with the entrepreneurs' fund", "Relatie met het ondernemersfonds")))
            blocks.append(.paragraph(fund))
        }

        blocks.append(.heading(2, t("Parties", "Partijen")))
        let parties = c.records("parties")
        if parties.isEmpty {
            blocks.append(.note(t("No parties are recorded.", "Er zijn geen partijen vastgelegd.")))
        } else {
            let members = c.records("members")
            blocks.append(.table(ReportTable(headers: [t("party", "partij"), t("kind", "soort"), t("members", "leden")],
                                             rows: parties.map { p in
                                                 [c.partyName(p.id), partyType(p.string("type"), c.words),
                                                  "\(members.filter { $0.string("party") == p.id }.count)"]
                                             }, numeric: [2])))
        }

        blocks.append(.heading(2, t("Members of the workgroup", "Leden van de werkgroep")))
        blocks += members(c)
        return Document(title: t("Composition of the workgroup", "Samenstelling van de werkgroep"), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: t("composition", "samenstelling"))
    }

    /// The members table: the schema's fields of members, personal ones only with personal data.
    static func members(_ c: ReportContext) -> [Block] {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let members = c.records("members")
        guard !members.isEmpty, let kind = c.dossier.schema.kind(named: "members") else {
            return [.note(t("No members are recorded (§3.2 asks for a written list).", "Er zijn geen leden vastgelegd (§3.2 vraagt een schriftelijke lijst)."))]
        }
        var fields = kind.fields.filter(c.shows)
        if !c.isCluster { fields.removeAll { $0.name == "park" } }
        let headers: [String] = fields.map { f in
            switch f.name {
            case "name": t("name", "naam")
            case "party": t("party", "partij")
            case "park": t("park", "terrein")
            case "roles": t("roles", "rollen")
            case "activeInArea": t("active in the area", "actief in het gebied")
            case "phone": t("phone", "telefoon")
            case "email": t("e-mail", "e-mail")
            default: f.name
            }
        }
        let rows = members.map { m in
            fields.map { f -> String in
                switch f.name {
                case "party": return c.partyName(m.string("party"))
                case "park": return m.string("park").map(c.parkName) ?? ""
                case "roles": return m.strings("roles").map { role($0, c.words) }.joined(separator: ", ")
                case "activeInArea": return c.words.yesNo(m.bool("activeInArea"))
                default:
                    // Personal fields are only here with personal data; other text is scrubbed.
                    guard let value = m.string(f.name) else { return "" }
                    return f.personal ? value : c.text(value)
                }
            }
        }
        var out: [Block] = [.table(ReportTable(headers: headers, rows: rows))]
        if !c.includesPersonalData, kind.fields.contains(where: \.personal) {
            out.append(.note(t("Phone numbers and e-mail addresses are kept in the dossier but not published (§3.2).",
                               "Telefoonnummers en e-mailadressen staan in het dossier maar worden niet gepubliceerd (§3.2).")))
        }
        return out
    }

    static func partyType(_ type: String?, _ w: Wording) -> String {
        switch type {
        case "association": w.t("entrepreneurs' association", "ondernemersvereniging")
        case "representative": w.t("representing organisation", "belangenorganisatie ondernemers")
        case "municipality": w.t("municipality", "gemeente")
        case "police": w.t("police", "politie")
        case "fire-region": w.t("fire brigade (safety region)", "brandweer (veiligheidsregio)")
        case "fire-municipal": w.t("fire prevention (municipality)", "brandpreventie (gemeente)")
        case "security": w.t("private security", "particuliere beveiliging")
        case "owner": w.t("property owner", "vastgoedeigenaar")
        case "other": w.t("other", "overig")
        default: type ?? ""
        }
    }

    static func role(_ role: String, _ w: Wording) -> String {
        switch role {
        case "chair": w.t("chair", "voorzitter")
        case "secretary": w.t("secretary", "secretaris")
        case "internal-communication": w.t("internal communication", "interne communicatie")
        case "external-communication": w.t("external communication", "externe communicatie")
        case "spokesperson": w.t("spokesperson", "woordvoerder")
        case "app-administrator": w.t("app group administrator", "beheerder app-groep")
        case "certification-contact": w.t("contact for the certification body", "contactpersoon certificatie-instelling")
        case "agenda-member": w.t("agenda member", "agendalid")
        default: role
        }
    }
}
