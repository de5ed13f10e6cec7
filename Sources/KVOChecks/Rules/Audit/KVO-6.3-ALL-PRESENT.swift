import KVOModel

/// §6.3: all workgroup representatives are present at the audit; attendance is recorded once the audit is held.
///
/// "Alle vertegenwoordigers uit de werkgroep" is read as every member on the member list.
struct AuditAllPresent: RuleEvaluator {
    let id = "KVO-6.3-ALL-PRESENT"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let audit = c.latestAudit, let auditDate = audit.date else {
            return .notApplicable(Message(en: "No audit date is set.", nl: "Er is geen auditdatum vastgelegd."))
        }
        let members = c.members
        guard !members.isEmpty else {
            return .missing(Message(en: "No workgroup members are recorded, so attendance at the audit on \(auditDate) cannot be judged; add them with: add member \"NAME\" party=PA-1.",
                                    nl: "Er zijn geen werkgroepleden vastgelegd, dus de aanwezigheid bij de audit van \(auditDate) is niet te beoordelen; voeg ze toe met: voegtoe member \"NAAM\" party=PA-1."))
        }
        if auditDate > c.asOf {
            return .notApplicable(Message(en: "The audit on \(auditDate) has not been held yet; all \(members.count) members are expected (record attendance afterwards: set \(audit.id) attendees=MB-1,MB-2,...).",
                                          nl: "De audit van \(auditDate) heeft nog niet plaatsgevonden; alle \(members.count) leden worden verwacht (leg daarna de aanwezigheid vast: wijzig \(audit.id) attendees=MB-1,MB-2,...)."))
        }
        let attendees = Set(audit.attendees)
        guard !attendees.isEmpty else {
            return .missing(Message(en: "Attendance at the audit on \(auditDate) is not recorded; record it with: set \(audit.id) attendees=MB-1,MB-2,....",
                                    nl: "De aanwezigheid bij de audit van \(auditDate) is niet vastgelegd; leg haar vast met: wijzig \(audit.id) attendees=MB-1,MB-2,...."))
        }
        let absent = members.filter { !attendees.contains($0.id) }.map { AuditRules.member(c, $0.id) }
        let present = members.count - absent.count
        if absent.isEmpty {
            return .met(Message(en: "All \(members.count) workgroup members attended the audit on \(auditDate).",
                                nl: "Alle \(members.count) werkgroepleden waren aanwezig bij de audit van \(auditDate)."))
        }
        return .notMet(Message(en: "\(present) of \(members.count) workgroup members attended the audit on \(auditDate); absent: \(absent.joined(separator: ", ")).",
                               nl: "\(present) van de \(members.count) werkgroepleden waren aanwezig bij de audit van \(auditDate); afwezig: \(absent.joined(separator: ", "))."),
                       short: Message(en: "\(absent.count) member\(absent.count == 1 ? " was" : "s were") absent; all must be present.",
                                      nl: "\(absent.count) \(absent.count == 1 ? "lid was" : "leden waren") afwezig; iedereen hoort aanwezig te zijn."))
    }
}
