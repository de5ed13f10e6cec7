import KVOModel

/// §7.2: the latest certificate is valid for 3 years from its issue date; shows the expiry date, the days left and when the next audit must be planned.
///
/// The next audit is to be held 3 months before expiry at the latest: deviations get 2 months for
/// supplements and the body 1 month to assess them (§6.3), so the decision can still fall within
/// the certificate's validity.
struct CertificateValidity: RuleEvaluator {
    let id = "KVO-7.2-VALIDITY"

    func evaluate(_ c: CheckContext) -> Finding {
        let certificates = c.certificates
        guard !certificates.isEmpty else { return AuditRules.noCertificate(c) }
        let undated = certificates.filter { $0.issued == nil }
        let dated = certificates.filter { $0.issued != nil }
        guard let latest = dated.max(by: { $0.issued! < $1.issued! }) else {
            return .missing(Message(en: "Certificate \(undated[0].id) has no issue date, so its validity cannot be shown: set \(undated[0].id) issued=YYYY-MM-DD.",
                                    nl: "Certificaat \(undated[0].id) heeft geen uitgiftedatum, dus de geldigheid is niet te tonen: wijzig \(undated[0].id) issued=JJJJ-MM-DD."))
        }
        let issued = latest.issued!, expiry = AuditRules.expiry(latest)!
        let number = latest.number.map { " (number \($0))" } ?? ""
        let nummer = latest.number.map { " (nummer \($0))" } ?? ""
        let planBy = Handbook.Certificate.nextAuditBy(issued: issued)
        let next = c.audits.compactMap(\.date).filter { $0 > issued }.max()
        let left = c.asOf.days(until: expiry)
        if left <= 0 {
            return .figure(Message(en: "Certificate \(latest.id)\(number), issued on \(issued), expired on \(expiry), \(Language.en.count(-left, AuditRules.day)) before \(c.asOf); a new certificate needs a new audit.",
                                   nl: "Certificaat \(latest.id)\(nummer), uitgegeven op \(issued), is verlopen op \(expiry), \(Language.nl.count(-left, AuditRules.day)) voor \(c.asOf); een nieuw certificaat vraagt een nieuwe audit."))
        }
        let plan: String, planning: String
        if let next {
            plan = "the next audit is set for \(next)" + (next > planBy ? ", later than the advised \(planBy)" : "")
            planning = "de volgende audit staat op \(next)" + (next > planBy ? ", later dan de geadviseerde \(planBy)" : "")
        } else {
            plan = "plan the next audit by \(planBy) (\(Language.en.count(Handbook.Certificate.nextAuditLeadMonths, AuditRules.month)) before expiry, leaving \(Language.en.count(Handbook.Audit.supplementMonths, AuditRules.month)) for supplements and \(Handbook.Audit.assessmentMonths) for their assessment) and deliver the document set \(Language.en.count(Handbook.Audit.documentLeadDays, AuditRules.day)) before it"
            planning = "plan de volgende audit uiterlijk \(planBy) (\(Language.nl.count(Handbook.Certificate.nextAuditLeadMonths, AuditRules.month)) voor het verlopen, met \(Language.nl.count(Handbook.Audit.supplementMonths, AuditRules.month)) voor aanvullingen en \(Handbook.Audit.assessmentMonths) voor de beoordeling) en lever de documentenset \(Language.nl.count(Handbook.Audit.documentLeadDays, AuditRules.day)) ervoor aan"
        }
        return .figure(Message(en: "Certificate \(latest.id)\(number), issued on \(issued), is valid until \(expiry): \(Language.en.count(left, AuditRules.day)) left as of \(c.asOf); \(plan).",
                               nl: "Certificaat \(latest.id)\(nummer), uitgegeven op \(issued), is geldig tot \(expiry): nog \(Language.nl.count(left, AuditRules.day)) per \(c.asOf); \(planning)."))
    }
}
