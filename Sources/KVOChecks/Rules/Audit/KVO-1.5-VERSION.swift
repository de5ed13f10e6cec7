import KVOModel

/// §1.5: which handbook version applies: 4.0 for trajectories started on or after 1 March 2024; an earlier start may still be assessed under 3.1 if audited by 28 February 2025.
struct VersionInForce: RuleEvaluator {
    let id = "KVO-1.5-VERSION"

    static let inForce = Handbook.Version.inForce
    static let transitionEnd = Handbook.Version.transitionEnd

    func evaluate(_ c: CheckContext) -> Finding {
        guard let started = c.organisation.started else {
            return .missing(Message(en: "The start of the trajectory is not recorded, so the handbook version cannot be told: set organisation started=YYYY-MM-DD.",
                                    nl: "De start van het traject is niet vastgelegd, dus de versie van het handboek is niet te bepalen: wijzig organisation started=JJJJ-MM-DD."))
        }
        if started >= Self.inForce {
            return .figure(Message(en: "The trajectory started on \(started), on or after 1 March 2024: handbook version 4.0 applies.",
                                   nl: "Het traject is gestart op \(started), op of na 1 maart 2024: versie 4.0 van het handboek geldt."))
        }
        let before = "The trajectory started on \(started), before 1 March 2024"
        let voor = "Het traject is gestart op \(started), voor 1 maart 2024"
        // The audit that closes this trajectory: the first audit after its start.
        if let audit = c.audits.compactMap(\.date).filter({ $0 >= started }).min() {
            if audit <= Self.transitionEnd {
                return .figure(Message(en: "\(before), and its audit on \(audit) falls within the transition period (until 28 February 2025): it may still be assessed under version 3.1.",
                                       nl: "\(voor), en de audit van \(audit) valt binnen de overgangstermijn (tot en met 28 februari 2025): het mag nog volgens versie 3.1 worden beoordeeld."))
            }
            return .figure(Message(en: "\(before), but its audit on \(audit) is after 28 February 2025: version 4.0 applies.",
                                   nl: "\(voor), maar de audit van \(audit) is na 28 februari 2025: versie 4.0 geldt."))
        }
        if c.asOf <= Self.transitionEnd {
            let left = c.asOf.days(until: Self.transitionEnd)
            return .figure(Message(en: "\(before): it may still be assessed under version 3.1 if audited by 28 February 2025 (\(Language.en.count(left, AuditRules.day)) left as of \(c.asOf)); later, version 4.0 applies.",
                                   nl: "\(voor): het mag nog volgens versie 3.1 worden beoordeeld bij een audit uiterlijk 28 februari 2025 (nog \(Language.nl.count(left, AuditRules.day)) per \(c.asOf)); daarna geldt versie 4.0."))
        }
        return .figure(Message(en: "\(before), and no audit was held by 28 February 2025, when the transition period ended: version 4.0 applies.",
                               nl: "\(voor), en er was geen audit uiterlijk 28 februari 2025, het einde van de overgangstermijn: versie 4.0 geldt."))
    }
}
