import KVOModel
import KVOChecks

/// The documents the workgroup delivers to the certification body at least two weeks before
/// the audit (§5.2.1), as one folder: an index page that links the parts, then the
/// composition of the workgroup, the safety analysis (with the survey report as its annex),
/// the plan of action, the inspection report, the measures matrix, the meetings with the
/// progress report, and, for a renewal, the evaluation results.
package enum AuditPack {
    package struct Part: Sendable {
        /// What §5.2.1 calls it.
        package let requirement: Message
        /// The document, or nil when it is not part of this audit (evaluations at a first certification).
        package let document: Document?
        /// Why it is left out.
        package let omitted: Message?
    }

    package static func parts(_ c: ReportContext) -> [Part] {
        func numbered(_ d: Document, _ n: Int) -> Document {
            var d = d
            d.fileName = "\(n)-" + d.fileName
            return d
        }
        var parts: [Part] = [
            Part(requirement: Message(en: "The composition of the parties directly involved and the members of the KVO workgroup",
                                      nl: "De samenstelling van de direct betrokken partijen en deelnemers in de KVO-werkgroep"),
                 document: numbered(CompositionReport.make(c), 1), omitted: nil),
            Part(requirement: Message(en: "The safety analysis", nl: "De veiligheidsanalyse"),
                 document: numbered(SafetyAnalysisReport.make(c), 2), omitted: nil),
            Part(requirement: Message(en: "The plan of action", nl: "Het plan van aanpak"),
                 document: numbered(PlanOfActionReport.make(c), 3), omitted: nil),
            Part(requirement: Message(en: "The inspection report of the KVO area", nl: "Het schouwrapport van het KVO-gebied"),
                 document: numbered(InspectionReport.make(c), 4), omitted: nil),
            Part(requirement: Message(en: "The measures matrix (with a description of the measures executed and still to be executed)",
                                      nl: "De maatregelmatrix (met een beschrijving van de uitgevoerde en nog uit te voeren maatregelen)"),
                 document: numbered(MeasuresMatrixReport.make(c), 5), omitted: nil),
            Part(requirement: Message(en: "The records of the meetings, including the progress report",
                                      nl: "Verslaglegging van overlegbijeenkomsten, inclusief de voortgangsrapportage"),
                 document: numbered(MeetingsReport.make(c), 6), omitted: nil),
        ]
        let evaluation = Message(en: "The records of the evaluation results (only at the second certification, after three years)",
                                 nl: "Verslaglegging van de evaluatieresultaten (volgt pas bij tweede certificering na drie jaar)")
        if c.checks.certification == .renewal {
            parts.append(Part(requirement: evaluation, document: numbered(EvaluationReport.make(c), 7), omitted: nil))
        } else {
            parts.append(Part(requirement: evaluation, document: nil,
                              omitted: Message(en: "not part of a first certification", nl: "hoort niet bij een eerste certificering")))
        }
        return parts
    }

    /// The annexes: the survey report belongs to the safety analysis (§4.1.4).
    package static func annexes(_ c: ReportContext) -> [Document] {
        var survey = SurveyReport.make(c)
        survey.fileName = c.text(Message(en: "annex-", nl: "bijlage-")) + survey.fileName
        return [survey]
    }

    /// Every file of the folder: the index first.
    package static func files(_ c: ReportContext, format: OutputFormat) -> [ReportFile] {
        let parts = parts(c)
        let annexes = annexes(c)
        var files = [format.files(index(c, parts: parts, annexes: annexes, format: format)).first!]
        for d in parts.compactMap(\.document) + annexes { files += format.files(d) }
        return files
    }

    static func index(_ c: ReportContext, parts: [Part], annexes: [Document], format: OutputFormat) -> Document {
        let language = c.language
        var blocks: [Block] = []
        var facts: [Fact] = []
        func fact(_ label: Message, _ value: String) { facts.append(Fact(c.text(label), value)) }
        if let audit = c.audit, let date = audit.date {
            // An audit without a type is taken for a first certification.
            let kind = (audit.type ?? .first).label
            fact(Message(en: "Audit", nl: "Audit"), language.date(date) + " (" + c.text(kind) + ")")
            if let body = audit.body.map(c.text) { fact(Message(en: "Certification body", nl: "Certificatie-instelling"), body) }
            let due = Handbook.Audit.documentsDue(audit: date)
            fact(Message(en: "Deliver by", nl: "Aanleveren uiterlijk"),
                 c.text(Message(en: "\(language.date(due)) (\(Handbook.Audit.documentLeadDays) days before the audit)", nl: "\(language.date(due)) (\(Handbook.Audit.documentLeadDays) dagen voor de audit)")))
            let deliveries = c.deliveries.compactMap(\.date).filter { $0 <= date }
            if let last = deliveries.max() {
                let when = language.date(last)
                fact(Message(en: "Last delivered", nl: "Laatst aangeleverd"),
                     c.text(last <= due ? Message(en: "\(when) (in time)", nl: "\(when) (op tijd)") : Message(en: "\(when) (late)", nl: "\(when) (te laat)")))
            }
        } else {
            fact(Message(en: "Audit", nl: "Audit"), c.text(Message(en: "no audit date recorded yet", nl: "nog geen auditdatum vastgelegd")))
        }
        if let contact = c.members.first(where: { $0.roles.contains(.certificationContact) }) {
            fact(Message(en: "Contact for the certification body", nl: "Contactpersoon certificatie-instelling"), c.memberWithParty(contact.id))
        }
        blocks.append(.facts(facts))
        blocks.append(.paragraph(c.text(Message(
            en: "At least two weeks before the audit the workgroup's contact makes these documents available to the certification body (§5.2.1; the KVO document set of §3.6):",
            nl: "Minimaal twee weken voor de audit stelt de contactpersoon van de werkgroep deze documenten beschikbaar aan de certificatie-instelling (§5.2.1; de KVO-documentenset van §3.6):"))))
        var links: [Link] = []
        var omitted: [String] = []
        for (i, part) in parts.enumerated() {
            if let d = part.document {
                links.append(Link("\(i + 1). " + d.title, target: d.fileName + "." + format.rawValue, description: c.text(part.requirement)))
            } else {
                omitted.append("\(i + 1). " + c.text(part.requirement) + ": " + (part.omitted.map(c.text) ?? ""))
            }
        }
        blocks.append(.links(links))
        if !omitted.isEmpty { blocks.append(.bullets(omitted)) }
        blocks.append(.heading(2, c.text(Message(en: "Annexes", nl: "Bijlagen"))))
        let annexNote = c.text(Message(en: "annex to the safety analysis (§4.1.4)", nl: "bijlage bij de veiligheidsanalyse (§4.1.4)"))
        blocks.append(.links(annexes.map { Link($0.title, target: $0.fileName + "." + format.rawValue, description: annexNote) }))

        let documents = c.documents
        if !documents.isEmpty {
            blocks.append(.heading(2, c.text(Message(en: "Documents in the dossier", nl: "Documenten in het dossier"))))
            let headers = [Message.verbatim("ID"), Message(en: "document", nl: "document"), Message(en: "version", nl: "versie"),
                           Message(en: "date", nl: "datum"), Message(en: "current", nl: "actueel")]
            blocks.append(.table(Table(
                headers: headers.map(c.text),
                rows: documents.map { d in
                    [d.id, d.name.map(c.text) ?? "", d.version.map(c.text) ?? "", d.date.map(language.date) ?? "",
                     c.text(d.superseded == true ? Message(en: "superseded", nl: "vervangen") : Message(en: "yes", nl: "ja"))]
                })))
        }
        return Document(title: c.text(Message(en: "Document set for the KVO audit (§5.2.1)", nl: "Documentenset voor de KVO-audit (§5.2.1)")),
                        preface: c.preface(), language: c.language, blocks: blocks, fileName: "index")
    }
}
