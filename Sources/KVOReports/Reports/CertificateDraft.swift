import KVOModel
import KVOChecks

/// A draft of the KVO certificate (§7.2) from the dossier: every field the handbook requires,
/// taken from the latest certificate record when there is one and otherwise from the rest of
/// the dossier (the organisation, the parks, the audit, the covenant among the documents), each
/// with where it came from; the name on it by the rules of §7.3 (`CertificateNaming`). When
/// something is missing, the draft is the list of what is missing and how to record it.
package struct CertificateDraft: Sendable {
    package struct Field: Sendable, Equatable {
        package let key: String
        package let label: Message
        package let value: String?
        /// Where the value came from ("certificate CE-1", "organisation").
        package let source: Message
        /// How to record it when it is missing.
        package let hint: Message
    }

    /// A field of the draft is keyed by the certificate record's field it is recorded in.
    typealias Key = CertificateRecord.Field

    package let fields: [Field]
    package let naming: CertificateNaming
    /// Differences between the certificate record and the rest of the dossier, and other remarks.
    package let notes: [Message]
    let c: ReportContext

    package var missing: [Field] { fields.filter { $0.value == nil } }
    package var isComplete: Bool { missing.isEmpty && naming.problem == nil }

    package func value(_ key: String) -> String? { fields.first { $0.key == key }?.value }

    package static func make(_ c: ReportContext) -> CertificateDraft {
        var draft = Drafting(c)
        draft.addBodyAndCollaboration()
        let naming = draft.addArea()
        draft.addLocationAndCovenant()
        draft.addStatement()
        draft.addIssue()
        return CertificateDraft(fields: draft.fields, naming: naming, notes: draft.notes(), c: c)
    }

    /// The certificate text when complete; else what is missing and what is already there.
    package func document() -> Document {
        var blocks: [Block] = []
        if !isComplete {
            blocks.append(.heading(2, c.text(Message(en: "Missing (§7.2)", nl: "Ontbreekt (§7.2)"))))
            var rows = missing.map { [c.text($0.label), c.text($0.hint)] }
            if let problem = naming.problem { rows.append([c.text(Message(en: "Name on the certificate (§7.3)", nl: "Naamstelling (§7.3)")), c.text(problem)]) }
            let headers = [Message(en: "field", nl: "gegeven"), Message(en: "how to record it", nl: "zo vastleggen")]
            blocks.append(.table(Table(headers: headers.map(c.text), rows: rows)))
            let present = fields.filter { $0.value != nil }
            if !present.isEmpty {
                blocks.append(.heading(2, c.text(Message(en: "Already known", nl: "Al bekend"))))
                blocks.append(.table(sources(present)))
            }
        } else {
            let body = value(Key.body)!
            blocks.append(.note(c.text(Message(
                en: "[The KVO mark, prominently at the top] [The logo of \(body)] — the certificate is set in the certification body's house style.",
                nl: "[Het KVO-beeldmerk, prominent bovenaan] [Het bedrijfslogo van \(body)] — het certificaat komt in de huisstijl van de certificatie-instelling."))))
            blocks.append(.heading(2, c.text(Message(en: "KVO Certificate Business Parks", nl: "KVO Certificaat Bedrijventerreinen"))))
            blocks.append(.paragraph(body + "\n" + value(Key.bodyAddress)!))
            blocks.append(.paragraph(value(Key.statement)!))
            var facts = [Fact(c.text(Message(en: "Collaboration", nl: "Samenwerkingsverband")), value(Key.collaboration)!),
                         Fact(c.text(Message(en: "Correspondence address", nl: "Correspondentieadres")), value(Key.collaborationAddress)!),
                         Fact(c.text(Message(en: "Area", nl: "Werkgebied")), naming.title)]
            if !naming.parkNames.isEmpty {
                blocks.append(.facts(facts))
                blocks.append(.bullets(naming.parkNames))
                facts = []
            }
            facts += [Fact(c.text(Message(en: "Location", nl: "Locatie")), value(Key.location)!),
                      Fact(c.text(Message(en: "Covenant", nl: "Convenant")), value(Key.covenant)!),
                      Fact(c.text(Message(en: "Date of issue", nl: "Datum van uitgifte")), value(Key.issued)!)]
            if let day = issuedDay {
                facts.append(Fact(c.text(Message(en: "Valid until", nl: "Geldig tot en met")), c.language.date(Handbook.Certificate.lastValidDay(issued: day))))
            }
            facts.append(Fact(c.text(Message(en: "Certificate number", nl: "Certificaatnummer")), value(Key.number)!))
            blocks.append(.facts(facts))
            blocks.append(.paragraph(c.text(Message(en: "Signed: ", nl: "Handtekening: ")) + value(Key.signatory)! + ", " + value(Key.signatoryFunction)!))
            // The status texts of §7.2, in the certificate's own (Dutch) words.
            blocks.append(.paragraph("De status van dit certificaat kan nagegaan worden bij \(body)."))
            blocks.append(.paragraph("Dit certificaat blijft eigendom van \(body)."))
            blocks.append(.heading(2, c.text(Message(en: "Where the fields come from", nl: "Herkomst van de gegevens"))))
            blocks.append(.table(sources(fields)))
        }
        blocks.append(.heading(2, c.text(Message(en: "Name on the certificate (§7.3)", nl: "Naamstelling (§7.3)"))))
        blocks.append(.paragraph(c.text(naming.explanation)))
        if let problem = naming.problem { blocks.append(.note(c.text(problem))) }
        if !notes.isEmpty {
            blocks.append(.heading(2, c.text(Message(en: "Remarks", nl: "Opmerkingen"))))
            blocks.append(.bullets(notes.map(c.text)))
        }
        return Document(title: c.text(Message(en: "Draft KVO certificate", nl: "Concept KVO-certificaat")), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: c.text(Message(en: "certificate-draft", nl: "concept-certificaat")))
    }

    var issuedDay: Day? {
        if let day = c.certificates.compactMap(\.issued).max() { return day }
        return c.audits.filter { $0.decision == .positive }.compactMap(\.decisionDate).max()
    }

    func sources(_ list: [Field]) -> Table {
        let headers = [Message(en: "field", nl: "gegeven"), Message(en: "value", nl: "waarde"), Message(en: "from", nl: "uit")]
        return Table(headers: headers.map(c.text),
                           rows: list.map { [c.text($0.label), ($0.value ?? "").replacingNewlines(with: "; "), c.text($0.source)] })
    }
}

/// The steps of `CertificateDraft.make`: what the draft is made from, and the fields so far.
private struct Drafting {
    typealias Field = CertificateDraft.Field
    typealias Key = CertificateDraft.Key

    let c: ReportContext
    let certificates: [CertificateRecord]
    /// The certificates of the latest issue, and the one the draft follows.
    let current: [CertificateRecord]
    let cert: CertificateRecord?
    let org: OrganisationRecord
    let audit: AuditRecord?
    let certSource: Message?
    let organisation = Message(en: "organisation", nl: "samenwerkingsverband")
    let name = Message(en: "\"NAME\"", nl: "\"NAAM\"")
    let orgAddress: String?
    var fields: [Field] = []

    init(_ c: ReportContext) {
        self.c = c
        certificates = c.certificates
        let latestIssue = certificates.compactMap(\.issued).max()
        current = certificates.filter { $0.issued == latestIssue }
        cert = current.last ?? certificates.last
        org = c.organisation
        audit = c.audit
        certSource = cert.map { Message(en: "certificate \($0.id)", nl: "certificaat \($0.id)") }
        orgAddress = {
            guard let street = c.organisation.address, let place = c.organisation.place else { return nil }
            return street + ", " + [c.organisation.postcode, place].compactMap { $0 }.joined(separator: " ")
        }()
    }

    /// How to record a field of the certificate: on the certificate record, or on a new one.
    func setCert(_ field: String, _ example: Message) -> Message {
        if let cert {
            return Message(en: "set \(cert.id) \(field)=\(example.en)", nl: "wijzig \(cert.id) \(field)=\(example.nl)")
        }
        return Message(en: "add certificate \(field)=\(example.en)", nl: "voegtoe certificaat \(field)=\(example.nl)")
    }

    /// The field from the first candidate that has a value, with where it came from.
    mutating func add(_ key: String, _ label: Message, _ candidates: [(String?, Message?)], hint: Message) {
        let found = candidates.first { $0.0 != nil }
        fields.append(Field(key: key, label: label, value: found?.0.map(c.text), source: found?.1 ?? .empty, hint: hint))
    }

    /// The certification body and the collaboration: names and addresses.
    mutating func addBodyAndCollaboration() {
        add(Key.body, Message(en: "Certification body", nl: "Certificatie-instelling"),
            [(cert?.body, certSource), (audit?.body, audit.map { Message.verbatim("audit " + $0.id) })],
            hint: setCert(Key.body, name))
        add(Key.bodyAddress, Message(en: "Address of the certification body", nl: "Adres certificatie-instelling"),
            [(cert?.bodyAddress, certSource)],
            hint: setCert(Key.bodyAddress, Message(en: "\"ADDRESS, POSTCODE PLACE\"", nl: "\"ADRES, POSTCODE PLAATS\"")))
        add(Key.collaboration, Message(en: "Collaboration", nl: "Samenwerkingsverband"),
            [(cert?.collaboration, certSource), (org.name, organisation)],
            hint: Message(en: "set organisation name=\"NAME\"", nl: "wijzig organisation name=\"NAAM\""))
        add(Key.collaborationAddress, Message(en: "Correspondence address", nl: "Correspondentieadres"),
            [(cert?.collaborationAddress, certSource), (orgAddress, organisation)],
            hint: Message(en: "set organisation address=\"STREET NO\" postcode=\"1234 AB\" place=\"PLACE\"",
                          nl: "wijzig organisation address=\"STRAAT NR\" postcode=\"1234 AB\" place=\"PLAATS\""))
    }

    /// The area, by §7.3; returns the naming it follows.
    mutating func addArea() -> CertificateNaming {
        let parks = c.parks.map { CertificateNaming.Park(name: c.text($0.name ?? $0.id), formalName: $0.formalName.map(c.text)) }
        let naming = CertificateNaming.make(parks: parks, clusterName: org.name.map(c.text), recorded: cert?.area.map(c.text),
                                            certificates: max(1, current.count))
        let area = naming.title.isEmpty ? nil : ([naming.title] + naming.parkNames).joined(separator: "\n")
        fields.append(Field(key: Key.area, label: Message(en: "Area", nl: "Werkgebied"), value: area,
                            source: cert?.area != nil ? certSource! : Message(en: "the parks (§7.3)", nl: "de terreinen (§7.3)"),
                            hint: c.parks.isEmpty ? Message(en: "add park \"NAME\"", nl: "voegtoe terrein \"NAAM\"") : setCert(Key.area, name)))
        return naming
    }

    /// The location, and the covenant the collaboration was founded with.
    mutating func addLocationAndCovenant() {
        let municipalities = Set(c.parks.compactMap(\.municipality))
        add(Key.location, Message(en: "Location", nl: "Locatie"),
            [(cert?.location, certSource), (org.place, organisation),
             (municipalities.count == 1 ? municipalities.first : nil, Message(en: "the parks", nl: "de terreinen"))],
            hint: Message(en: "set organisation place=\"PLACE\"", nl: "wijzig organisation place=\"PLAATS\""))
        let agreements = c.documents.filter { $0.type == .agreements && $0.superseded != true }.last
        let agreementText = agreements.map { d in
            (d.name ?? d.id) + (d.version.map { c.text(Message(en: ", version ", nl: ", versie ")) + $0 } ?? "")
                + (d.date.map { ", \(c.language.date($0))" } ?? "")
        }
        add(Key.covenant, Message(en: "Covenant", nl: "Convenant"),
            [(cert?.covenant, certSource), (agreementText, agreements.map { Message.verbatim("document " + $0.id) })],
            hint: setCert(Key.covenant, Message(en: "\"Covenant ..., YYYY-MM-DD\"", nl: "\"Convenant ..., JJJJ-MM-DD\""))
                + Message(en: ", or add document type=agreements", nl: ", of voegtoe document type=agreements"))
    }

    /// The statement, prescribed by §7.2 (in Dutch, in a report of either language).
    var statement: String? {
        let body = fields.first { $0.key == Key.body }?.value
        let collaboration = fields.first { $0.key == Key.collaboration }?.value
        return body.flatMap { b in collaboration.map { n in
            "\(b) verklaart dat het KVO-samenwerkingsverband \(n) voldoet aan de eisen van het KVO Handboek Bedrijventerreinen, versie 4.0"
        } }
    }

    /// The statement and the status texts follow from the body and the collaboration. They are
    /// the certificate's own words, prescribed in Dutch by §7.2, in a report of either language.
    mutating func addStatement() {
        fields.append(Field(key: Key.statement, label: Message(en: "Statement", nl: "Verklaring"), value: statement, source: .verbatim("§7.2"),
                            hint: Message(en: "follows from the certification body and the collaboration",
                                          nl: "volgt uit de certificatie-instelling en het samenwerkingsverband")))
    }

    /// Issue date, number, signature.
    mutating func addIssue() {
        let language = c.language
        let decision = c.audits.filter { $0.decision == .positive && $0.decisionDate != nil }
            .max { $0.decisionDate! < $1.decisionDate! }
        add(Key.issued, Message(en: "Date of issue", nl: "Datum van uitgifte"),
            [(cert?.issued.map(language.date), certSource),
             (decision?.decisionDate.map(language.date),
              decision.map { Message(en: "positive decision, audit \($0.id)", nl: "positief besluit, audit \($0.id)") })],
            hint: setCert(Key.issued, Message(en: "YYYY-MM-DD", nl: "JJJJ-MM-DD")))
        add(Key.number, Message(en: "Certificate number", nl: "Certificaatnummer"), [(cert?.number, certSource)],
            hint: setCert(Key.number, Message(en: "\"NUMBER\"", nl: "\"NUMMER\"")))
        add(Key.signatory, Message(en: "Signed by", nl: "Handtekening van"), [(cert?.signatory, certSource)],
            hint: setCert(Key.signatory, name))
        add(Key.signatoryFunction, Message(en: "Function", nl: "Functie"), [(cert?.signatoryFunction, certSource)],
            hint: setCert(Key.signatoryFunction, Message(en: "\"FUNCTION\"", nl: "\"FUNCTIE\"")))
    }

    /// Remarks: where the certificate record and the dossier differ, and the decision.
    func notes() -> [Message] {
        var notes: [Message] = []
        if let cert {
            notes += differences(cert)
            if let recorded = cert.statement, let statement,
               CertificateNaming.normalised(recorded) != CertificateNaming.normalised(statement) {
                notes.append(Message(
                    en: "The statement recorded on \(cert.id) differs from the text §7.2 prescribes; the draft uses the prescribed text.",
                    nl: "De verklaring op \(cert.id) wijkt af van de tekst die §7.2 voorschrijft; het concept gebruikt de voorgeschreven tekst."))
            }
        }
        if !c.audits.contains(where: { $0.decision == .positive }) {
            notes.append(Message(en: "No positive certification decision is recorded: this is a draft, not for publication (§5.3, §7.2).",
                                 nl: "Er is geen positief certificeringsbesluit vastgelegd: dit is een concept, niet voor publicatie (§5.3, §7.2)."))
        }
        return notes
    }

    /// Where the certificate record says otherwise than the organisation or the audit.
    func differences(_ cert: CertificateRecord) -> [Message] {
        let auditID = audit?.id ?? ""
        let pairs: [(String?, String?, Message)] = [
            (cert.collaboration, org.name,
             Message(en: "The collaboration's name", nl: "De naam van het samenwerkingsverband")),
            (cert.collaborationAddress, orgAddress, Message(en: "The correspondence address", nl: "Het correspondentieadres")),
            (cert.body, audit?.body,
             Message(en: "The certification body (audit \(auditID))", nl: "De certificatie-instelling (audit \(auditID))")),
        ]
        return pairs.compactMap { a, b, what in
            guard let a, let b, CertificateNaming.normalised(a) != CertificateNaming.normalised(b) else { return nil }
            let (onCertificate, inDossier) = (c.text(a), c.text(b))
            return Message(en: "\(what.en) differs: \(cert.id) has \"\(onCertificate)\", the dossier \"\(inDossier)\".",
                           nl: "\(what.nl) verschilt: \(cert.id) heeft \"\(onCertificate)\", het dossier \"\(inDossier)\".")
        }
    }
}
