import KVOModel

/// §5.2.1: the document set was delivered to the certification body at least 14 days before the audit date; shows the last delivery date.
///
/// The set is judged by document type: members (composition of parties and members), analysis,
/// plan, inspection-report and minutes (meeting records with the progress report), plus
/// evaluation at a renewal. The measures matrix has no document type of its own; §3.6.1 makes it
/// part of the plan of action, so the plan counts for it. Only deliveries after the previous
/// audit and on or before this audit count.
struct AuditDocumentsTwoWeeks: RuleEvaluator {
    let id = "KVO-5.2.1-DOCS-TWO-WEEKS"

    static let parts: [(type: DocumentRecord.Kind, en: String, nl: String)] = [
        (.members, "the composition of parties and members", "de samenstelling van partijen en leden"),
        (.analysis, "the safety analysis", "de veiligheidsanalyse"),
        (.plan, "the plan of action with the measures matrix", "het plan van aanpak met de maatregelmatrix"),
        (.inspectionReport, "the inspection report", "het schouwrapport"),
        (.minutes, "the meeting records with the progress report", "de verslagen van de overleggen met de voortgangsrapportage"),
    ]
    static let evaluation = (type: DocumentRecord.Kind.evaluation, en: "the evaluation results", nl: "de evaluatieresultaten")

    func evaluate(_ c: CheckContext) -> Finding {
        guard let audit = c.latestAudit, let auditDate = audit.date else {
            return .notApplicable(Message(en: "No audit date is set.", nl: "Er is geen auditdatum vastgelegd."))
        }
        let deadline = Handbook.Audit.documentsDue(audit: auditDate)
        let required = Self.parts + (c.certification == .renewal ? [Self.evaluation] : [])
        let previous = c.audits.compactMap(\.date).filter { $0 < auditDate }.max()
        let deliveries = c.deliveries
            .compactMap { d -> (day: Day, record: DeliveryRecord)? in d.date.map { ($0, d) } }
            .filter { d in d.day <= auditDate && (previous.map { d.day > $0 } ?? true) }
            .sorted { $0.day < $1.day }

        var covered: Set<DocumentRecord.Kind> = []
        var unclassified: [String] = []
        var complete: (day: Day, record: DeliveryRecord)?
        for d in deliveries {
            for docID in d.record.documents {
                if let type = AuditRules.document(c, docID)?.type { covered.insert(type) } else { unclassified.append(docID) }
            }
            if complete == nil, required.allSatisfy({ covered.contains($0.type) }) { complete = d }
        }
        let last = deliveries.last.map { " The last delivery before the audit was \($0.record.id) on \($0.day)." } ?? ""
        let laatste = deliveries.last.map { " De laatste aanlevering voor de audit was \($0.record.id) op \($0.day)." } ?? ""

        if let (day, record) = complete {
            let before = day.days(until: auditDate)
            if day <= deadline {
                return .met(Message(en: "The §5.2.1 document set was complete with \(record.id) on \(day), \(Language.en.count(before, AuditRules.day)) before the audit on \(auditDate) (needs \(Handbook.Audit.documentLeadDays)).\(last)",
                                    nl: "De documentenset van §5.2.1 was compleet met \(record.id) op \(day), \(Language.nl.count(before, AuditRules.day)) voor de audit van \(auditDate) (minimaal \(Handbook.Audit.documentLeadDays)).\(laatste)"))
            }
            return .notMet(Message(en: "The §5.2.1 document set was complete only with \(record.id) on \(day): delivered \(Language.en.count(before, AuditRules.day)) before the audit on \(auditDate); needs \(Handbook.Audit.documentLeadDays): deliver by \(deadline).\(last)",
                                   nl: "De documentenset van §5.2.1 was pas compleet met \(record.id) op \(day): aangeleverd \(Language.nl.count(before, AuditRules.day)) voor de audit van \(auditDate); minimaal \(Handbook.Audit.documentLeadDays): lever aan uiterlijk \(deadline).\(laatste)"),
                           short: Message(en: "\(Language.en.count(Handbook.Audit.documentLeadDays - before, AuditRules.day)) late: the set had to be delivered by \(deadline).",
                                          nl: "\(Language.nl.count(Handbook.Audit.documentLeadDays - before, AuditRules.day)) te laat: de set moest uiterlijk \(deadline) zijn aangeleverd."))
        }

        let lacking = required.filter { !covered.contains($0.type) }
        if !unclassified.isEmpty {
            return .missing(Message(en: "Delivered documents \(unclassified.joined(separator: ", ")) have no document type (or are not documents), so the §5.2.1 set cannot be judged; still unaccounted for: \((lacking.map(\.en)).joined(separator: ", ")). Set the type, e.g. set \(unclassified[0]) type=plan.",
                                    nl: "Aangeleverde documenten \(unclassified.joined(separator: ", ")) hebben geen documenttype (of zijn geen documenten), dus de set van §5.2.1 is niet te beoordelen; nog niet aangetoond: \((lacking.map(\.nl)).joined(separator: ", ")). Vul het type in, bijv. wijzig \(unclassified[0]) type=plan."))
        }
        // Documents of the lacking types that exist and could be delivered.
        let candidates = lacking.compactMap { part in
            c.documents.last { $0.type == part.type && $0.superseded != true }?.id
        }
        let ids = candidates.isEmpty ? "D-1,D-2" : candidates.joined(separator: ",")
        let n = lacking.count
        let message = Message(en: "By the audit on \(auditDate) the deliveries lack \(n) part\(n == 1 ? "" : "s") of the §5.2.1 document set, due by \(deadline): \(lacking.map(\.en).joined(separator: "; ")).\(last)",
                              nl: "Voor de audit van \(auditDate) ontbrek\(n == 1 ? "t" : "en") in de aanleveringen \(n) onderde\(n == 1 ? "el" : "len") van de documentenset van §5.2.1, uiterlijk aan te leveren op \(deadline): \(lacking.map(\.nl).joined(separator: "; ")).\(laatste)")
        if c.asOf <= deadline {
            let left = c.asOf.days(until: deadline)
            return .advice(message, short: Message(en: "deliver \(lacking.count) more part\(lacking.count == 1 ? "" : "s") by \(deadline) (\(Language.en.count(left, AuditRules.day)) left): add delivery date=YYYY-MM-DD documents=\(ids).",
                                                   nl: "lever nog \(lacking.count) onderde\(lacking.count == 1 ? "el" : "len") aan uiterlijk \(deadline) (nog \(Language.nl.count(left, AuditRules.day))): voegtoe delivery date=JJJJ-MM-DD documents=\(ids)."))
        }
        return .notMet(message, short: Message(en: "\(lacking.count) part\(lacking.count == 1 ? "" : "s") not delivered by \(deadline): add delivery date=YYYY-MM-DD documents=\(ids).",
                                               nl: "\(lacking.count) onderde\(lacking.count == 1 ? "el" : "len") niet aangeleverd uiterlijk \(deadline): voegtoe delivery date=JJJJ-MM-DD documents=\(ids)."))
    }
}
