import KVOModel
import KVOChecks

/// A draft of the KVO certificate (§7.2) from the dossier: every field the handbook requires,
/// taken from the latest certificate record when there is one and otherwise from the rest of
/// the dossier (the organisation, the parks, the audit, the covenant among the documents), each
/// with where it came from; the name on it by the rules of §7.3 (`CertificateNaming`). When
/// something is missing, the draft is the list of what is missing and how to record it.
public struct CertificateDraft: Sendable {
    public struct Field: Sendable, Equatable {
        public let key: String
        public let label: String
        public let value: String?
        /// Where the value came from ("certificate CE-1", "organisation").
        public let source: String
        /// How to record it when it is missing.
        public let hint: String
    }

    public let fields: [Field]
    public let naming: CertificateNaming
    /// Differences between the certificate record and the rest of the dossier, and other remarks.
    public let notes: [String]
    let c: ReportContext

    public var missing: [Field] { fields.filter { $0.value == nil } }
    public var isComplete: Bool { missing.isEmpty && naming.problem == nil }

    public func value(_ key: String) -> String? { fields.first { $0.key == key }?.value }

    public static func make(_ c: ReportContext) -> CertificateDraft {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let w = c.words
        let certificates = c.records("certificates")
        let latestIssue = certificates.compactMap { $0.date("issued") }.max()
        let current = certificates.filter { $0.date("issued") == latestIssue }
        let cert = current.last ?? certificates.last
        let org = c.section("organisation")
        let audit = c.checks.audit
        let certSource = cert.map { t("certificate ", "certificaat ") + $0.id }
        let setCert = { (field: String, example: String) in
            cert.map { "set \($0.id) \(field)=\(example)" } ?? "add certificate \(field)=\(example)"
        }

        var fields: [Field] = []
        func add(_ key: String, _ en: String, _ nl: String, _ candidates: [(String?, String?)], hint: String) {
            let found = candidates.first { $0.0 != nil }
            fields.append(Field(key: key, label: t(en, nl), value: found?.0.map(c.text), source: found?.1 ?? "", hint: hint))
        }

        // The certification body: name and address.
        add("body", "Certification body", "Certificatie-instelling",
            [(cert?.string("body"), certSource), (audit?.string("body"), audit.map { "audit " + $0.id })],
            hint: setCert("body", t("\"NAME\"", "\"NAAM\"")))
        add("bodyAddress", "Address of the certification body", "Adres certificatie-instelling",
            [(cert?.string("bodyAddress"), certSource)], hint: setCert("bodyAddress", t("\"ADDRESS, POSTCODE PLACE\"", "\"ADRES, POSTCODE PLAATS\"")))

        // The collaboration: name and correspondence address.
        add("collaboration", "Collaboration", "Samenwerkingsverband",
            [(cert?.string("collaboration"), certSource), (org.string("name"), "organisation")],
            hint: t("set organisation name=\"NAME\"", "set organisation name=\"NAAM\""))
        let orgAddress: String? = {
            guard let street = org.string("address"), let place = org.string("place") else { return nil }
            return street + ", " + [org.string("postcode"), place].compactMap { $0 }.joined(separator: " ")
        }()
        add("collaborationAddress", "Correspondence address", "Correspondentieadres",
            [(cert?.string("collaborationAddress"), certSource), (orgAddress, "organisation")],
            hint: t("set organisation address=\"STREET NO\" postcode=\"1234 AB\" place=\"PLACE\"", "set organisation address=\"STRAAT NR\" postcode=\"1234 AB\" place=\"PLAATS\""))

        // The area, by §7.3.
        let parks = c.parks.map { CertificateNaming.Park(name: c.text($0.string("name") ?? $0.id), formalName: $0.string("formalName").map(c.text)) }
        let naming = CertificateNaming.make(parks: parks, clusterName: org.string("name").map(c.text), recorded: cert?.string("area").map(c.text),
                                            certificates: max(1, current.count), language: c.language)
        let area = naming.title.isEmpty ? nil : ([naming.title] + naming.parkNames).joined(separator: "\n")
        fields.append(Field(key: "area", label: t("Area", "Werkgebied"), value: area,
                            source: cert?.string("area") != nil ? certSource! : t("the parks (§7.3)", "de terreinen (§7.3)"),
                            hint: c.parks.isEmpty ? t("add park \"NAME\"", "add park \"NAAM\"") : setCert("area", t("\"NAME\"", "\"NAAM\""))))

        // The location.
        let municipalities = Set(c.parks.compactMap { $0.string("municipality") })
        add("location", "Location", "Locatie",
            [(cert?.string("location"), certSource), (org.string("place"), "organisation"),
             (municipalities.count == 1 ? municipalities.first : nil, t("the parks", "de terreinen"))],
            hint: t("set organisation place=\"PLACE\"", "set organisation place=\"PLAATS\""))

        // The covenant the collaboration was founded with.
        let agreements = c.records("documents").filter { $0.string("type") == "agreements" && $0.bool("superseded") != true }.last
        let agreementText = agreements.map { d in
            (d.string("name") ?? d.id) + (d.string("version").map { t(", version ", ", versie ") + $0 } ?? "") + (d.date("date").map { ", \(w.date($0))" } ?? "")
        }
        add("covenant", "Covenant", "Convenant",
            [(cert?.string("covenant"), certSource), (agreementText, agreements.map { t("document ", "document ") + $0.id })],
            hint: setCert("covenant", t("\"Covenant ..., YYYY-MM-DD\"", "\"Convenant ..., JJJJ-MM-DD\"")) + t(", or add document type=agreements", ", of add document type=agreements"))

        // The statement and the status texts follow from the body and the collaboration.
        let body = fields.first { $0.key == "body" }?.value
        let name = fields.first { $0.key == "collaboration" }?.value
        let statement = body.flatMap { b in name.map { n in
            "\(b) verklaart dat het KVO-samenwerkingsverband \(n) voldoet aan de eisen van het KVO Handboek Bedrijventerreinen, versie 4.0"
        } }
        fields.append(Field(key: "statement", label: t("Statement", "Verklaring"), value: statement, source: t("§7.2", "§7.2"),
                            hint: t("follows from the certification body and the collaboration", "volgt uit de certificatie-instelling en het samenwerkingsverband")))

        // Issue date, number, signature.
        let decision = c.records("audits").filter { $0.string("decision") == "positive" && $0.date("decisionDate") != nil }
            .max { $0.date("decisionDate")! < $1.date("decisionDate")! }
        add("issued", "Date of issue", "Datum van uitgifte",
            [(cert?.date("issued").map(w.date), certSource),
             (decision?.date("decisionDate").map(w.date), decision.map { t("positive decision, audit ", "positief besluit, audit ") + $0.id })],
            hint: setCert("issued", t("YYYY-MM-DD", "JJJJ-MM-DD")))
        add("number", "Certificate number", "Certificaatnummer", [(cert?.string("number"), certSource)], hint: setCert("number", t("\"NUMBER\"", "\"NUMMER\"")))
        add("signatory", "Signed by", "Handtekening van", [(cert?.string("signatory"), certSource)], hint: setCert("signatory", t("\"NAME\"", "\"NAAM\"")))
        add("signatoryFunction", "Function", "Functie", [(cert?.string("signatoryFunction"), certSource)], hint: setCert("signatoryFunction", t("\"FUNCTION\"", "\"FUNCTIE\"")))

        // Remarks: where the certificate record and the dossier differ, and the decision.
        var notes: [String] = []
        if let cert {
            let pairs: [(String?, String?, String, String)] = [
                (cert.string("collaboration"), org.string("name"), "The collaboration's name", "De naam van het samenwerkingsverband"),
                (cert.string("collaborationAddress"), orgAddress, "The correspondence address", "Het correspondentieadres"),
                (cert.string("body"), audit?.string("body"), "The certification body (audit \(audit?.id ?? ""))", "De certificatie-instelling (audit \(audit?.id ?? ""))"),
            ]
            for (a, b, en, nl) in pairs {
                guard let a, let b, CertificateNaming.normalised(a) != CertificateNaming.normalised(b) else { continue }
                notes.append(t("\(en) differs: \(cert.id) has \"\(c.text(a))\", the dossier \"\(c.text(b))\".",
                               "\(nl) verschilt: \(cert.id) heeft \"\(c.text(a))\", het dossier \"\(c.text(b))\"."))
            }
            if let recorded = cert.string("statement"), let statement,
               CertificateNaming.normalised(recorded) != CertificateNaming.normalised(statement) {
                notes.append(t("The statement recorded on \(cert.id) differs from the text §7.2 prescribes; the draft uses the prescribed text.",
                               "De verklaring op \(cert.id) wijkt af van de tekst die §7.2 voorschrijft; het concept gebruikt de voorgeschreven tekst."))
            }
        }
        if !c.records("audits").contains(where: { $0.string("decision") == "positive" }) {
            notes.append(t("No positive certification decision is recorded: this is a draft, not for publication (§5.3, §7.2).",
                           "Er is geen positief certificeringsbesluit vastgelegd: dit is een concept, niet voor publicatie (§5.3, §7.2)."))
        }
        return CertificateDraft(fields: fields, naming: naming, notes: notes, c: c)
    }

    /// The certificate text when complete; else what is missing and what is already there.
    public func document() -> Document {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let w = c.words
        var blocks: [Block] = []
        if !isComplete {
            blocks.append(.heading(2, t("Missing (§7.2)", "Ontbreekt (§7.2)")))
            var rows = missing.map { [$0.label, $0.hint] }
            if let problem = naming.problem { rows.append([t("Name on the certificate (§7.3)", "Naamstelling (§7.3)"), problem]) }
            blocks.append(.table(ReportTable(headers: [t("field", "gegeven"), t("how to record it", "zo vastleggen")], rows: rows)))
            let present = fields.filter { $0.value != nil }
            if !present.isEmpty {
                blocks.append(.heading(2, t("Already known", "Al bekend")))
                blocks.append(.table(sources(present)))
            }
        } else {
            let body = value("body")!
            blocks.append(.note(t("[The KVO mark, prominently at the top] [The logo of \(body)] — the certificate is set in the certification body's house style.",
                                  "[Het KVO-beeldmerk, prominent bovenaan] [Het bedrijfslogo van \(body)] — het certificaat komt in de huisstijl van de certificatie-instelling.")))
            blocks.append(.heading(2, t("KVO Certificate Business Parks", "KVO Certificaat Bedrijventerreinen")))
            blocks.append(.paragraph(body + "\n" + value("bodyAddress")!))
            blocks.append(.paragraph(value("statement")!))
            var facts = [Fact(t("Collaboration", "Samenwerkingsverband"), value("collaboration")!),
                         Fact(t("Correspondence address", "Correspondentieadres"), value("collaborationAddress")!),
                         Fact(t("Area", "Werkgebied"), naming.title)]
            if !naming.parkNames.isEmpty {
                blocks.append(.facts(facts))
                blocks.append(.bullets(naming.parkNames))
                facts = []
            }
            facts += [Fact(t("Location", "Locatie"), value("location")!),
                      Fact(t("Covenant", "Convenant"), value("covenant")!),
                      Fact(t("Date of issue", "Datum van uitgifte"), value("issued")!)]
            if let day = issuedDay {
                facts.append(Fact(t("Valid until", "Geldig tot en met"), w.date(day.adding(years: 3).adding(days: -1))))
            }
            facts.append(Fact(t("Certificate number", "Certificaatnummer"), value("number")!))
            blocks.append(.facts(facts))
            blocks.append(.paragraph(t("Signed: ", "Handtekening: ") + value("signatory")! + ", " + value("signatoryFunction")!))
            blocks.append(.paragraph("De status van dit certificaat kan nagegaan worden bij \(body)."))
            blocks.append(.paragraph("Dit certificaat blijft eigendom van \(body)."))
            blocks.append(.heading(2, t("Where the fields come from", "Herkomst van de gegevens")))
            blocks.append(.table(sources(fields)))
        }
        blocks.append(.heading(2, t("Name on the certificate (§7.3)", "Naamstelling (§7.3)")))
        blocks.append(.paragraph(naming.explanation))
        if let problem = naming.problem { blocks.append(.note(problem)) }
        if !notes.isEmpty {
            blocks.append(.heading(2, t("Remarks", "Opmerkingen")))
            blocks.append(.bullets(notes))
        }
        return Document(title: t("Draft KVO certificate", "Concept KVO-certificaat"), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: t("certificate-draft", "concept-certificaat"))
    }

    var issuedDay: Day? {
        let certificates = c.records("certificates")
        if let day = certificates.compactMap({ $0.date("issued") }).max() { return day }
        return c.records("audits").filter { $0.string("decision") == "positive" }.compactMap { $0.date("decisionDate") }.max()
    }

    func sources(_ list: [Field]) -> ReportTable {
        ReportTable(headers: [c.t("field", "gegeven"), c.t("value", "waarde"), c.t("from", "uit")],
                    rows: list.map { [$0.label, ($0.value ?? "").replacingNewlines(with: "; "), $0.source] })
    }
}
