import KVOModel

/// §6.4: the audit report reaches the workgroup within 14 days after the audit.
struct AuditReportTwoWeeks: RuleEvaluator {
    let id = "KVO-6.4-REPORT-TWO-WEEKS"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let audit = c.latestAudit, let auditDate = audit.date else {
            return .notApplicable(Message(en: "No audit date is set.", nl: "Er is geen auditdatum vastgelegd."))
        }
        let due = Handbook.Audit.reportDue(audit: auditDate)
        guard let report = audit.reportDate else {
            if c.asOf <= due {
                let timing = auditDate > c.asOf ? "has not been held yet" : "was held"
                let wanneer = auditDate > c.asOf ? "heeft nog niet plaatsgevonden" : "heeft plaatsgevonden"
                return .notApplicable(Message(en: "The audit on \(auditDate) \(timing); its report is due by \(due) (record it with: set \(audit.id) reportDate=YYYY-MM-DD).",
                                              nl: "De audit van \(auditDate) \(wanneer); het rapport moet uiterlijk \(due) binnen zijn (leg het vast met: wijzig \(audit.id) reportDate=JJJJ-MM-DD)."))
            }
            return .missing(Message(en: "The report of the audit on \(auditDate) was due by \(due), but no report date is recorded; record when it arrived: set \(audit.id) reportDate=YYYY-MM-DD.",
                                    nl: "Het rapport van de audit van \(auditDate) moest uiterlijk \(due) binnen zijn, maar er is geen rapportdatum vastgelegd; leg vast wanneer het binnenkwam: wijzig \(audit.id) reportDate=JJJJ-MM-DD."))
        }
        let after = auditDate.days(until: report)
        guard after >= 0 else {
            return .missing(Message(en: "The report date \(report) of \(audit.id) lies before the audit on \(auditDate); correct it: set \(audit.id) reportDate=YYYY-MM-DD.",
                                    nl: "De rapportdatum \(report) van \(audit.id) ligt voor de audit van \(auditDate); corrigeer haar: wijzig \(audit.id) reportDate=JJJJ-MM-DD."))
        }
        if report <= due {
            return .met(Message(en: "The report of the audit on \(auditDate) arrived on \(report), \(Language.en.count(after, AuditRules.day)) after the audit (at most \(Handbook.Audit.reportDays)).",
                                nl: "Het rapport van de audit van \(auditDate) kwam binnen op \(report), \(Language.nl.count(after, AuditRules.day)) na de audit (maximaal \(Handbook.Audit.reportDays))."))
        }
        return .notMet(Message(en: "The report of the audit on \(auditDate) arrived on \(report), \(Language.en.count(after, AuditRules.day)) after the audit; it was due by \(due).",
                               nl: "Het rapport van de audit van \(auditDate) kwam binnen op \(report), \(Language.nl.count(after, AuditRules.day)) na de audit; het moest uiterlijk \(due) binnen zijn."),
                       short: Message(en: "\(Language.en.count(after - Handbook.Audit.reportDays, AuditRules.day)) late; at most \(Handbook.Audit.reportDays) days are allowed.",
                                      nl: "\(Language.nl.count(after - Handbook.Audit.reportDays, AuditRules.day)) te laat; maximaal \(Handbook.Audit.reportDays) dagen zijn toegestaan."))
    }
}
