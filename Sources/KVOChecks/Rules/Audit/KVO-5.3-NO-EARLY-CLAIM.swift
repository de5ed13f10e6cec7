import KVOModel

/// §5.3: no publication claims the audit was passed before a positive decision is recorded.
///
/// The decision counts from its decisionDate; when that is not recorded, from the report date,
/// since the audit report carries the certification decision (§6.4).
struct NoEarlyCertifiedClaim: RuleEvaluator {
    let id = "KVO-5.3-NO-EARLY-CLAIM"

    func evaluate(_ c: CheckContext) -> Finding {
        let publications = c.publications
        guard !publications.isEmpty else {
            return .met(Message(en: "No publications are recorded, so none claims the audit was passed early.",
                                nl: "Er zijn geen publicaties vastgelegd, dus geen enkele meldt te vroeg dat de audit is gehaald."))
        }
        let positives = c.audits.filter { $0.decision == .positive }
        let undatedDecisions = positives.filter { $0.decisionDate == nil && $0.reportDate == nil }
        // The earliest positive decision, and whether its date is the report's.
        let first = positives.compactMap { a -> (day: Day, fromReport: Bool)? in
            if let d = a.decisionDate { return (d, false) }
            return a.reportDate.map { ($0, true) }
        }.min { $0.day < $1.day }
        let decided = first?.day
        let of = first.map { $0.fromReport ? "in the audit report of \($0.day)" : "of \($0.day)" } ?? ""
        let van = first.map { $0.fromReport ? "uit het auditrapport van \($0.day)" : "van \($0.day)" } ?? ""
        let decision = first.map { "the first positive decision dates from \($0.day)\($0.fromReport ? " (the report date; no decision date is recorded)" : "")" }
            ?? "no positive decision is recorded"
        let besluit = first.map { "het eerste positieve besluit is van \($0.day)\($0.fromReport ? " (de rapportdatum; er is geen besluitdatum vastgelegd)" : "")" }
            ?? "er is geen positief besluit vastgelegd"

        let claims = publications.filter { $0.claimsCertified == true }
        let early = claims.filter { p in
            guard let day = p.date, let d = decided else { return true }
            return day < d
        }
        if !early.isEmpty, let a = undatedDecisions.first {
            return .missing(Message(en: "\(early.count) publication\(early.count == 1 ? "" : "s") claim\(early.count == 1 ? "s" : "") the audit was passed, but the positive decision of \(a.id) has no date: set \(a.id) decisionDate=YYYY-MM-DD.",
                                    nl: "\(early.count) publicatie\(early.count == 1 ? "" : "s") meld\(early.count == 1 ? "t" : "en") dat de audit is gehaald, maar het positieve besluit van \(a.id) heeft geen datum: wijzig \(a.id) decisionDate=JJJJ-MM-DD."))
        }
        if !early.isEmpty {
            let items = early.map { p in
                let day = p.date.map { "\($0)" } ?? "undated"
                return "\(p.id) (\(day)\(p.medium.map { ", \($0)" } ?? ""))"
            }
            let itemsNL = early.map { p in
                let day = p.date.map { "\($0)" } ?? "zonder datum"
                return "\(p.id) (\(day)\(p.medium.map { ", \($0)" } ?? ""))"
            }
            let gap = decided.flatMap { d in early.compactMap(\.date).min().map { $0.days(until: d) } }
            return .notMet(Message(en: "\(items.joined(separator: ", ")) claim\(early.count == 1 ? "s" : "") the audit was passed, but \(decision).",
                                   nl: "\(itemsNL.joined(separator: ", ")) meld\(early.count == 1 ? "t" : "en") dat de audit is gehaald, maar \(besluit)."),
                           short: gap.map { Message(en: "published \(Language.en.count($0, AuditRules.day)) before the positive decision; withdraw or correct it.",
                                                    nl: "\(Language.nl.count($0, AuditRules.day)) voor het positieve besluit gepubliceerd; trek het in of corrigeer het.") }
                               ?? Message(en: "no positive decision yet: withdraw or correct the publication until one is recorded.",
                                          nl: "nog geen positief besluit: trek de publicatie in of corrigeer haar tot er een is vastgelegd."))
        }
        // A publication that does not say whether it claims the audit was passed is a gap only
        // when it appeared before the positive decision.
        let unknown = publications.filter { p in
            guard p.claimsCertified == nil else { return false }
            guard let d = decided, let day = p.date else { return true }
            return day < d
        }
        if !unknown.isEmpty {
            let ids = (unknown.map(\.id)).joined(separator: ", ")
            return .missing(Message(en: "Publication\(unknown.count == 1 ? "" : "s") \(ids) \(unknown.count == 1 ? "does" : "do") not record whether \(unknown.count == 1 ? "it claims" : "they claim") the audit was passed, and \(decision): set \(unknown[0].id) claimsCertified=true|false.",
                                    nl: "Bij publicatie\(unknown.count == 1 ? "" : "s") \(ids) staat niet of gemeld wordt dat de audit is gehaald, en \(besluit): wijzig \(unknown[0].id) claimsCertified=true|false."))
        }
        if claims.isEmpty {
            let ids = (publications.map(\.id)).joined(separator: ", ")
            return .met(Message(en: "None of the \(publications.count) publication\(publications.count == 1 ? "" : "s") (\(ids)) claims the audit was passed.",
                                nl: "Geen van de \(publications.count) publicatie\(publications.count == 1 ? "" : "s") (\(ids)) meldt dat de audit is gehaald."))
        }
        return .met(Message(en: "\(claims.count) publication\(claims.count == 1 ? "" : "s") (\((claims.map(\.id)).joined(separator: ", "))) claim\(claims.count == 1 ? "s" : "") the audit was passed, none before the positive decision \(of).",
                            nl: "\(claims.count) publicatie\(claims.count == 1 ? "" : "s") (\((claims.map(\.id)).joined(separator: ", "))) meld\(claims.count == 1 ? "t" : "en") dat de audit is gehaald, geen enkele voor het positieve besluit \(van)."))
    }
}
