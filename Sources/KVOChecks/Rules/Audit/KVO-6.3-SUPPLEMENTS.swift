import KVOModel

/// §6.3: after an audit with deviations the workgroup delivers supplements within 2 months and the certification body assesses them within 1 month; shows both deadlines.
///
/// The status judges the workgroup's deadline. The body's assessment deadline is shown, and a
/// decision recorded after it is named, but it does not fail the workgroup's dossier.
struct AuditSupplements: RuleEvaluator {
    let id = "KVO-6.3-SUPPLEMENTS"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let audit = c.latestAudit, let auditDate = audit.date else {
            return .notApplicable(Message(en: "No audit date is set.", nl: "Er is geen auditdatum vastgelegd."))
        }
        if auditDate > c.asOf {
            return .notApplicable(Message(en: "The audit on \(auditDate) has not been held yet; supplements for any deviations would be due by \(Handbook.Audit.supplementsDue(audit: auditDate)).",
                                          nl: "De audit van \(auditDate) heeft nog niet plaatsgevonden; aanvullingen op eventuele afwijkingen moeten dan uiterlijk \(Handbook.Audit.supplementsDue(audit: auditDate)) binnen zijn."))
        }
        let deviations = audit.deviations
        guard !deviations.isEmpty else {
            if audit.decision != nil || audit.reportDate != nil {
                return .met(Message(en: "The audit on \(auditDate) recorded no deviations, so no supplements are needed.",
                                    nl: "De audit van \(auditDate) leverde geen afwijkingen op, dus er zijn geen aanvullingen nodig."))
            }
            return .missing(Message(en: "The outcome of the audit on \(auditDate) is not recorded; record its deviations, report date or decision: set \(audit.id) deviations=\"...\" reportDate=YYYY-MM-DD decision=pending.",
                                    nl: "De uitkomst van de audit van \(auditDate) is niet vastgelegd; leg de afwijkingen, rapportdatum of het besluit vast: wijzig \(audit.id) deviations=\"...\" reportDate=JJJJ-MM-DD decision=pending."))
        }
        let deadline = Handbook.Audit.supplementsDue(audit: auditDate)
        let n = deviations.count
        let found = "The audit on \(auditDate) found \(n) deviation\(n == 1 ? "" : "s")"
        let gevonden = "De audit van \(auditDate) leverde \(n) afwijking\(n == 1 ? "" : "en") op"
        guard let delivered = audit.supplementsDelivered else {
            if c.asOf <= deadline {
                let left = c.asOf.days(until: deadline)
                return .advice(Message(en: "\(found); supplements are due by \(deadline) and are not delivered yet; the certification body then assesses them within \(Language.en.count(Handbook.Audit.assessmentMonths, AuditRules.month)).",
                                       nl: "\(gevonden); de aanvullingen moeten uiterlijk \(deadline) binnen zijn en zijn nog niet aangeleverd; de certificatie-instelling beoordeelt ze daarna binnen \(Language.nl.count(Handbook.Audit.assessmentMonths, AuditRules.month))."),
                               short: Message(en: "deliver the supplements by \(deadline) (\(Language.en.count(left, AuditRules.day)) left), then: set \(audit.id) supplementsDelivered=YYYY-MM-DD.",
                                              nl: "lever de aanvullingen aan uiterlijk \(deadline) (nog \(Language.nl.count(left, AuditRules.day))), daarna: wijzig \(audit.id) supplementsDelivered=JJJJ-MM-DD."))
            }
            let late = deadline.days(until: c.asOf)
            return .notMet(Message(en: "\(found); the supplements were due by \(deadline) and no delivery is recorded.",
                                   nl: "\(gevonden); de aanvullingen moesten uiterlijk \(deadline) binnen zijn en er is geen aanlevering vastgelegd."),
                           short: Message(en: "\(Language.en.count(late, AuditRules.day)) past the deadline: deliver the supplements (set \(audit.id) supplementsDelivered=YYYY-MM-DD if they were).",
                                          nl: "\(Language.nl.count(late, AuditRules.day)) over de termijn: lever de aanvullingen aan (wijzig \(audit.id) supplementsDelivered=JJJJ-MM-DD als dat al gebeurd is)."))
        }
        let assessBy = Handbook.Audit.assessmentDue(delivered: delivered)
        if delivered > deadline {
            let late = deadline.days(until: delivered)
            return .notMet(Message(en: "\(found); the supplements were delivered on \(delivered), after the deadline of \(deadline); the certification body assesses them by \(assessBy).",
                                   nl: "\(gevonden); de aanvullingen zijn op \(delivered) aangeleverd, na de termijn van \(deadline); de certificatie-instelling beoordeelt ze uiterlijk \(assessBy)."),
                           short: Message(en: "delivered \(Language.en.count(late, AuditRules.day)) late; the limit is \(Language.en.count(Handbook.Audit.supplementMonths, AuditRules.month)) after the audit.",
                                          nl: "\(Language.nl.count(late, AuditRules.day)) te laat aangeleverd; de grens is \(Language.nl.count(Handbook.Audit.supplementMonths, AuditRules.month)) na de audit."))
        }
        let body: String, instelling: String
        if let decided = audit.decisionDate, decided >= delivered {
            if decided <= assessBy {
                body = "the certification body decided on \(decided), within its deadline of \(assessBy)"
                instelling = "de certificatie-instelling besloot op \(decided), binnen haar termijn van \(assessBy)"
            } else {
                let late = assessBy.days(until: decided)
                body = "the certification body decided only on \(decided), \(Language.en.count(late, AuditRules.day)) after its deadline of \(assessBy)"
                instelling = "de certificatie-instelling besloot pas op \(decided), \(Language.nl.count(late, AuditRules.day)) na haar termijn van \(assessBy)"
            }
        } else if assessBy < c.asOf {
            body = "the certification body had to assess them by \(assessBy) (no decision date is recorded)"
            instelling = "de certificatie-instelling moest ze uiterlijk \(assessBy) beoordelen (er is geen besluitdatum vastgelegd)"
        } else {
            body = "the certification body assesses them by \(assessBy)"
            instelling = "de certificatie-instelling beoordeelt ze uiterlijk \(assessBy)"
        }
        return .met(Message(en: "\(found); the supplements were delivered on \(delivered), within the deadline of \(deadline), and \(body).",
                            nl: "\(gevonden); de aanvullingen zijn op \(delivered) aangeleverd, binnen de termijn van \(deadline), en \(instelling)."))
    }
}
