import KVOModel

/// §5.2.2: by the first audit date at least 4 measures of the plan are executed: at least 3 from the inspection and at least 1 communication to the entrepreneurs.
///
/// "Drie maatregelen / acties vanuit de schouw" are the actions the inspection led to: measures
/// with a `finding` reference. The fixed day and evening inspections of §4.2.5 are the inspection
/// itself, not actions from it, so they do not count. The communication is a done measure with
/// fixed=communication, or a communications record to all entrepreneurs dated from the plan's
/// adoption to the audit (one on the day of a communication measure is that measure, counted
/// once). Executed means status done with a done date on or before the audit.
struct FirstAuditFourMeasures: RuleEvaluator {
    let id = "KVO-5.2.2-FOUR-MEASURES"

    func evaluate(_ c: CheckContext) -> Finding {
        let cutoff = c.auditDate ?? c.asOf
        let done = c.records("measures").filter { $0.string("status") == "done" }
        let executed = done.filter { $0.date("done").map { $0 <= cutoff } ?? false }
        let undated = done.filter { $0.date("done") == nil }
        let fromInspection = executed.filter { $0.has("finding") }
        let communications = executed.filter { !$0.has("finding") && $0.string("fixed") == "communication" }
        // A communications record on the day of a communication measure is that measure's execution: count it once.
        let measureDays = Set(communications.compactMap { $0.date("done") })
        let messages = c.records("communications").filter { r in
            guard r.string("audience") == "all-entrepreneurs", let day = r.date("date"), !measureDays.contains(day) else { return false }
            return day <= cutoff && (c.planStart.map { day >= $0 } ?? true)
        }
        let commEvidence = communications.map { ($0.id, $0.date("done")!) } + messages.map { ($0.id, $0.date("date")!) }
        let commEN = commEvidence.map { "\($0.0) on \($0.1)" }, commNL = commEvidence.map { "\($0.0) op \($0.1)" }
        let inspectionShort = max(0, 3 - fromInspection.count)
        let communicationShort = commEvidence.isEmpty ? 1 : 0

        let by = c.auditDate.map { "By the first audit on \($0)," } ?? "As of \(c.asOf) (no audit date set),"
        let voor = c.auditDate.map { "Op de eerste audit van \($0)" } ?? "Per \(c.asOf) (geen auditdatum vastgelegd)"
        let inspectionIDs = fromInspection.isEmpty ? "" : " (\((fromInspection.map(\.id)).joined(separator: ", ")))"
        let evidenceEN = "\(by) \(fromInspection.count) measure\(fromInspection.count == 1 ? "" : "s") from the inspection\(inspectionIDs) "
            + (commEvidence.isEmpty ? "and no communication to the entrepreneurs" : "and \(commEvidence.count) communication\(commEvidence.count == 1 ? "" : "s") to the entrepreneurs (\(commEN.joined(separator: ", ")))")
            + " were executed"
        let evidenceNL = "\(voor) \(fromInspection.count == 1 ? "was" : "waren") \(fromInspection.count) maatregel\(fromInspection.count == 1 ? "" : "en") uit de schouw\(inspectionIDs) "
            + (commEvidence.isEmpty ? "en geen communicatie naar de ondernemers" : "en \(commEvidence.count) communicatie\(commEvidence.count == 1 ? "" : "s") naar de ondernemers (\(commNL.joined(separator: ", ")))")
            + " uitgevoerd"

        if inspectionShort == 0 && communicationShort == 0 {
            let total = fromInspection.count + commEvidence.count
            return .met(Message(en: "\(evidenceEN): \(total) executed, at least 4 needed (3 from the inspection, 1 communication).",
                                nl: "\(evidenceNL): \(total) uitgevoerd, minimaal 4 nodig (3 uit de schouw, 1 communicatie)."))
        }

        var shortsEN: [String] = [], shortsNL: [String] = []
        if inspectionShort > 0 {
            shortsEN.append("needs \(inspectionShort) more executed measure\(inspectionShort == 1 ? "" : "s") from the inspection")
            shortsNL.append("nog \(inspectionShort) uitgevoerde maatregel\(inspectionShort == 1 ? "" : "en") uit de schouw nodig")
        }
        if communicationShort > 0 {
            shortsEN.append("needs 1 executed communication to the entrepreneurs")
            shortsNL.append("1 uitgevoerde communicatie naar de ondernemers nodig")
        }

        // Done measures without a done date might close the gap: ask for the date instead of failing.
        let undatedInspection = undated.filter { $0.has("finding") }
        let undatedCommunication = undated.filter { !$0.has("finding") && $0.string("fixed") == "communication" }
        let couldClose = (inspectionShort == 0 || undatedInspection.count >= inspectionShort)
            && (communicationShort == 0 || !undatedCommunication.isEmpty)
        if couldClose {
            let ids = (inspectionShort > 0 ? undatedInspection : []) + (communicationShort > 0 ? undatedCommunication : [])
            let names = (ids.map(\.id)).joined(separator: ", ")
            return .missing(Message(en: "\(evidenceEN); \(names) \(ids.count == 1 ? "is" : "are") done but without a done date, so \(ids.count == 1 ? "it" : "they") cannot be counted: set \(ids[0].id) done=YYYY-MM-DD.",
                                    nl: "\(evidenceNL); \(names) \(ids.count == 1 ? "is" : "zijn") gereed maar zonder datum, dus niet mee te tellen: wijzig \(ids[0].id) done=JJJJ-MM-DD."))
        }

        let message = Message(en: "\(evidenceEN); needs at least 3 from the inspection and 1 communication.",
                              nl: "\(evidenceNL); minimaal 3 uit de schouw en 1 communicatie nodig.")
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
}
