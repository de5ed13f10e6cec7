import KVOModel

/// The evaluators of this section of the handbook, one per rule, each in its own file named after the rule ID.
enum AuditRules {
    static let all: [any RuleEvaluator] = [
        AuditContact(),
        AuditApplication(),
        AuditDocumentsTwoWeeks(),
        FirstAuditFourMeasures(),
        NoEarlyCertifiedClaim(),
        AuditAllPresent(),
        RenewalAuditMeasures(),
        AuditSupplements(),
        AuditHours(),
        AuditReportTwoWeeks(),
        CertificateValidity(),
        CertificateContent(),
        CertificateNaming(),
        MarkUse(),
        VersionInForce(),
    ]

    // MARK: Helpers shared by the audit, certificate and version rules

    /// "1 day", "13 days" / "1 dag", "13 dagen".
    static let day = Noun(en: "day", "days", nl: "dag", "dagen")

    /// "1 month", "2 months" / "1 maand", "2 maanden".
    static let month = Noun(en: "month", "months", nl: "maand", "maanden")

    /// "Els de Vries (MB-2)", or the bare ID when the member has no name or does not exist.
    static func member(_ c: CheckContext, _ id: String) -> String {
        guard let name = c.record(id, as: MemberRecord.self)?.name else { return id }
        return "\(name) (\(id))"
    }

    /// A document record by ID (nil when the ID is not a document).
    static func document(_ c: CheckContext, _ id: String) -> DocumentRecord? { c.record(id, as: DocumentRecord.self) }

    /// The first day a certificate is no longer valid (§7.2, B1.2.1; `Handbook.Certificate.expiry`).
    static func expiry(_ certificate: CertificateRecord) -> Day? { certificate.issued.map(Handbook.Certificate.expiry(issued:)) }

    /// Whether a certificate is valid on a day: issued on or before it and not yet expired.
    static func valid(_ certificate: CertificateRecord, on day: Day) -> Bool {
        guard let issued = certificate.issued else { return false }
        return Handbook.Certificate.isValid(issued: issued, on: day)
    }

    /// The latest audit with a positive decision, if any.
    static func positiveAudit(_ c: CheckContext) -> AuditRecord? {
        c.audits.filter { $0.decision == .positive }
            .max { ($0.date ?? Day(ordinal: .min)) < ($1.date ?? Day(ordinal: .min)) }
    }

    /// What a certificate rule says when no certificate is recorded: not applicable before a
    /// positive decision, missing data after one.
    static func noCertificate(_ c: CheckContext) -> Finding {
        if let a = positiveAudit(c) {
            let when = a.date.map { " on \($0)" } ?? ""
            let wanneer = a.date.map { " van \($0)" } ?? ""
            return .missing(Message(en: "The audit \(a.id)\(when) ended in a positive decision, but no certificate is recorded; add it with: add certificate number=NUMBER issued=YYYY-MM-DD body=\"BODY\".",
                                    nl: "De audit \(a.id)\(wanneer) eindigde met een positief besluit, maar er is geen certificaat vastgelegd; voeg het toe met: voegtoe certificate number=NUMMER issued=JJJJ-MM-DD body=\"INSTELLING\"."))
        }
        return .notApplicable(Message(en: "No certificate is recorded and no audit has ended in a positive decision yet.",
                                      nl: "Er is geen certificaat vastgelegd en nog geen audit eindigde met een positief besluit."))
    }

    /// Lower-cased with runs of blanks collapsed, for comparing names and fixed texts.
    static func normalised(_ text: String) -> String {
        if let ascii = asciiNormalised(text) { return ascii }
        return text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// `normalised` over the bytes of an ASCII text without a carriage return (CR LF would be one
    /// character, not a blank); nil for any other. Splitting and joining the certificate's texts
    /// cost 0.25 M instructions a dossier in §7.2 and §7.3 (callgrind, 20 example dossiers).
    static func asciiNormalised(_ text: String) -> String? {
        let written: String?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var blank = false
            for b in bytes {
                guard b < 0x80, b != 0x0D else { return nil }
                if b == 0x20 || b == 0x09 || b == 0x0A {
                    blank = !out.isEmpty
                    continue
                }
                if blank { out.append(0x20); blank = false }
                out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            }
            return String(decoding: out, as: UTF8.self)
        }
        return written ?? nil
    }
}
