import KVOModel
import KVOChecks

/// The documents the workgroup delivers to the certification body at least two weeks before
/// the audit (§5.2.1), as one folder: an index page that links the parts, then the
/// composition of the workgroup, the safety analysis (with the survey report as its annex),
/// the plan of action, the inspection report, the measures matrix, the meetings with the
/// progress report, and, for a renewal, the evaluation results.
public enum AuditPack {
    public struct Part: Sendable {
        /// What §5.2.1 calls it.
        public let requirement: String
        /// The document, or nil when it is not part of this audit (evaluations at a first certification).
        public let document: Document?
        /// Why it is left out.
        public let omitted: String?
    }

    public static func parts(_ c: ReportContext) -> [Part] {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        func numbered(_ d: Document, _ n: Int) -> Document {
            var d = d
            d.fileName = "\(n)-" + d.fileName
            return d
        }
        var parts: [Part] = [
            Part(requirement: t("The composition of the parties directly involved and the members of the KVO workgroup",
                                "De samenstelling van de direct betrokken partijen en deelnemers in de KVO-werkgroep"),
                 document: numbered(CompositionReport.make(c), 1), omitted: nil),
            Part(requirement: t("The safety analysis", "De veiligheidsanalyse"), document: numbered(SafetyAnalysisReport.make(c), 2), omitted: nil),
            Part(requirement: t("The plan of action", "Het plan van aanpak"), document: numbered(PlanOfActionReport.make(c), 3), omitted: nil),
            Part(requirement: t("The inspection report of the KVO area", "Het schouwrapport van het KVO-gebied"),
                 document: numbered(InspectionReport.make(c), 4), omitted: nil),
            Part(requirement: t("The measures matrix (with a description of the measures executed and still to be executed)",
                                "De maatregelmatrix (met een beschrijving van de uitgevoerde en nog uit te voeren maatregelen)"),
                 document: numbered(MeasuresMatrixReport.make(c), 5), omitted: nil),
            Part(requirement: t("The records of the meetings, including the progress report",
                                "Verslaglegging van overlegbijeenkomsten, inclusief de voortgangsrapportage"),
                 document: numbered(MeetingsReport.make(c), 6), omitted: nil),
        ]
        let evaluation = t("The records of the evaluation results (only at the second certification, after three years)",
                           "Verslaglegging van de evaluatieresultaten (volgt pas bij tweede certificering na drie jaar)")
        if c.checks.certification == "renewal" {
            parts.append(Part(requirement: evaluation, document: numbered(EvaluationReport.make(c), 7), omitted: nil))
        } else {
            parts.append(Part(requirement: evaluation, document: nil,
                              omitted: t("not part of a first certification", "hoort niet bij een eerste certificering")))
        }
        return parts
    }

    /// The annexes: the survey report belongs to the safety analysis (§4.1.4).
    public static func annexes(_ c: ReportContext) -> [Document] {
        var survey = SurveyReport.make(c)
        survey.fileName = c.t("annex-", "bijlage-") + survey.fileName
        return [survey]
    }

    /// Every file of the folder: the index first.
    public static func files(_ c: ReportContext, format: DocumentFormat) -> [ReportFile] {
        let parts = parts(c)
        let annexes = annexes(c)
        var files = [format.files(index(c, parts: parts, annexes: annexes, format: format)).first!]
        for d in parts.compactMap(\.document) + annexes { files += format.files(d) }
        return files
    }

    static func index(_ c: ReportContext, parts: [Part], annexes: [Document], format: DocumentFormat) -> Document {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let w = c.words
        let checks = c.checks
        var blocks: [Block] = []
        var facts: [Fact] = []
        if let audit = checks.audit, let date = audit.date("date") {
            let kind = audit.string("type") == "renewal" ? t("renewal", "hercertificering") : t("first certification", "eerste certificering")
            facts.append(Fact(t("Audit", "Audit"), w.date(date) + " (" + kind + ")"))
            if let body = c.field(audit, "body") { facts.append(Fact(t("Certification body", "Certificatie-instelling"), body)) }
            let due = date.adding(days: -14)
            facts.append(Fact(t("Deliver by", "Aanleveren uiterlijk"), w.date(due) + t(" (14 days before the audit)", " (14 dagen voor de audit)")))
            let deliveries = c.records("deliveries").compactMap { $0.date("date") }.filter { $0 <= date }
            if let last = deliveries.max() {
                facts.append(Fact(t("Last delivered", "Laatst aangeleverd"), w.date(last) + (last <= due ? t(" (in time)", " (op tijd)") : t(" (late)", " (te laat)"))))
            }
        } else {
            facts.append(Fact(t("Audit", "Audit"), t("no audit date recorded yet", "nog geen auditdatum vastgelegd")))
        }
        if let contact = c.records("members").first(where: { $0.strings("roles").contains("certification-contact") }) {
            facts.append(Fact(t("Contact for the certification body", "Contactpersoon certificatie-instelling"), c.memberWithParty(contact.id)))
        }
        blocks.append(.facts(facts))
        blocks.append(.paragraph(t("At least two weeks before the audit the workgroup's contact makes these documents available to the certification body (§5.2.1; the KVO document set of §3.6):",
                                   "Minimaal twee weken voor de audit stelt de contactpersoon van de werkgroep deze documenten beschikbaar aan de certificatie-instelling (§5.2.1; de KVO-documentenset van §3.6):")))
        var links: [Link] = []
        var omitted: [String] = []
        for (i, part) in parts.enumerated() {
            if let d = part.document {
                links.append(Link("\(i + 1). " + d.title, target: d.fileName + "." + format.fileExtension, description: part.requirement))
            } else {
                omitted.append("\(i + 1). " + part.requirement + ": " + (part.omitted ?? ""))
            }
        }
        blocks.append(.links(links))
        if !omitted.isEmpty { blocks.append(.bullets(omitted)) }
        blocks.append(.heading(2, t("Annexes", "Bijlagen")))
        blocks.append(.links(annexes.map {
            Link($0.title, target: $0.fileName + "." + format.fileExtension, description: t("annex to the safety analysis (§4.1.4)", "bijlage bij de veiligheidsanalyse (§4.1.4)"))
        }))

        let documents = c.records("documents")
        if !documents.isEmpty {
            blocks.append(.heading(2, t("Documents in the dossier", "Documenten in het dossier")))
            blocks.append(.table(ReportTable(
                headers: ["ID", t("document", "document"), t("version", "versie"), t("date", "datum"), t("current", "actueel")],
                rows: documents.map { d in
                    [d.id, c.field(d, "name") ?? "", c.field(d, "version") ?? "", w.date(d.string("date")) ?? "",
                     d.bool("superseded") == true ? t("superseded", "vervangen") : t("yes", "ja")]
                })))
        }
        return Document(title: t("Document set for the KVO audit (§5.2.1)", "Documentenset voor de KVO-audit (§5.2.1)"), preface: c.preface(),
                        language: c.language, blocks: blocks, fileName: "index")
    }
}
