import KVOModel

/// §5.2.2: by the first audit date at least 4 measures of the plan are executed: at least 3 from the inspection and at least 1 communication to the entrepreneurs.
///
/// What counts, and by when (on or before the audit day; a done measure without a done date is
/// asked for its date), is `Handbook.FirstAudit`, which `plan` uses too.
struct FirstAuditFourMeasures: RuleEvaluator {
    let id = "KVO-5.2.2-FOUR-MEASURES"

    func evaluate(_ c: CheckContext) -> Finding {
        let cutoff = c.auditDate ?? c.asOf
        let tally = Self.tally(c, by: cutoff)
        let fromInspection = tally.fromInspection
        let commEvidence = tally.communications.map { ($0.id, $0.day) }
        let commEN = commEvidence.map { "\($0.0) on \($0.1)" }, commNL = commEvidence.map { "\($0.0) op \($0.1)" }
        let (inspectionShort, communicationShort) = tally.shortfall()
        let by = c.auditDate.map { "By the first audit on \($0)," } ?? "As of \(c.asOf) (no audit date set),"
        let voor = c.auditDate.map { "Op de eerste audit van \($0)" } ?? "Per \(c.asOf) (geen auditdatum vastgelegd)"
        let inspectionIDs = fromInspection.isEmpty ? "" : " (\((fromInspection.map(\.id)).joined(separator: ", ")))"
        let evidenceEN = "\(by) \(fromInspection.count) measure\(fromInspection.count == 1 ? "" : "s") from the inspection\(inspectionIDs) "
            + (commEvidence.isEmpty ? "and no communication to the entrepreneurs" : "and \(commEvidence.count) communication\(commEvidence.count == 1 ? "" : "s") to the entrepreneurs (\(commEN.joined(separator: ", ")))")
            + " were executed"
        let evidenceNL = "\(voor) \(fromInspection.count == 1 ? "was" : "waren") \(fromInspection.count) maatregel\(fromInspection.count == 1 ? "" : "en") uit de schouw\(inspectionIDs) "
            + (commEvidence.isEmpty ? "en geen communicatie naar de ondernemers" : "en \(commEvidence.count) communicatie\(commEvidence.count == 1 ? "" : "s") naar de ondernemers (\(commNL.joined(separator: ", ")))")
            + " uitgevoerd"

        if tally.verdict() == .met {
            let total = fromInspection.count + commEvidence.count
            let (all, inspection, communication) = (Handbook.FirstAudit.measures, Handbook.FirstAudit.fromInspection, Handbook.FirstAudit.communications)
            return .met(Message(en: "\(evidenceEN): \(total) executed, at least \(all) needed (\(inspection) from the inspection, \(communication) communication).",
                                nl: "\(evidenceNL): \(total) uitgevoerd, minimaal \(all) nodig (\(inspection) uit de schouw, \(communication) communicatie)."))
        }

        var shortsEN: [String] = [], shortsNL: [String] = []
        if inspectionShort > 0 {
            shortsEN.append("needs \(inspectionShort) more executed measure\(inspectionShort == 1 ? "" : "s") from the inspection")
            shortsNL.append("nog \(inspectionShort) uitgevoerde maatregel\(inspectionShort == 1 ? "" : "en") uit de schouw nodig")
        }
        if communicationShort > 0 {
            shortsEN.append("needs \(communicationShort) executed communication to the entrepreneurs")
            shortsNL.append("\(communicationShort) uitgevoerde communicatie naar de ondernemers nodig")
        }

        // Done measures without a done date might close the gap: ask for the date instead of failing.
        if case .undated(let ids) = tally.verdict() {
            let names = (ids.map(\.id)).joined(separator: ", ")
            return .missing(Message(en: "\(evidenceEN); \(names) \(ids.count == 1 ? "is" : "are") done but without a done date, so \(ids.count == 1 ? "it" : "they") cannot be counted: set \(ids[0].id) done=YYYY-MM-DD.",
                                    nl: "\(evidenceNL); \(names) \(ids.count == 1 ? "is" : "zijn") gereed maar zonder datum, dus niet mee te tellen: wijzig \(ids[0].id) done=JJJJ-MM-DD."))
        }

        let message = Message(en: "\(evidenceEN); needs at least \(Handbook.FirstAudit.fromInspection) from the inspection and \(Handbook.FirstAudit.communications) communication.",
                              nl: "\(evidenceNL); minimaal \(Handbook.FirstAudit.fromInspection) uit de schouw en \(Handbook.FirstAudit.communications) communicatie nodig.")
        let shortEN = shortsEN.joined(separator: " and "), shortNL = shortsNL.joined(separator: " en ")
        if let auditDate = c.auditDate, auditDate <= c.asOf {
            return .notMet(message, short: Message(en: shortEN + ".", nl: shortNL + "."))
        }
        // The audit is still ahead (or its date is not set): there is still time.
        let until = c.auditDate.map { " before the audit on \($0) (\(Language.en.count(c.asOf.days(until: $0), AuditRules.day)) left)" }
            ?? " before the audit (set its date: add audit type=first date=YYYY-MM-DD)"
        let tot = c.auditDate.map { " voor de audit van \($0) (nog \(Language.nl.count(c.asOf.days(until: $0), AuditRules.day)))" }
            ?? " voor de audit (leg de datum vast: voegtoe audit type=first date=JJJJ-MM-DD)"
        return .advice(message, short: Message(en: shortEN + until + ".", nl: shortNL + tot + "."))
    }

    /// The dossier's measures and communications as §5.2.2 reads them, counted by `day`.
    static func tally(_ c: CheckContext, by day: Day) -> Handbook.FirstAudit.Tally {
        let measures = c.measures.map { m in
            Handbook.FirstAudit.Measure(id: m.id, status: m.status?.rawValue, done: m.done, finding: m.finding != nil, fixed: m.fixed?.rawValue)
        }
        let messages = c.communications.map { r in
            Handbook.FirstAudit.CommunicationRecord(id: r.id, audience: r.audience?.rawValue, date: r.date)
        }
        return Handbook.FirstAudit.tally(measures: measures, messages: messages, planStart: c.planStart, audit: day)
    }
}
