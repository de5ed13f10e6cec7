import KVOModel

/// §7.2: every certificate record holds the certificate's required content: body and collaboration with addresses, area, location, covenant, the 4.0 statement, issue date, signatory and function, a unique number and the two status texts.
struct CertificateContent: RuleEvaluator {
    let id = "KVO-7.2-CONTENT"

    typealias Field = CertificateRecord.Field

    /// The fields a certificate must hold, by name: the name is shown in the command that fills it in.
    static let fields: [(name: String, en: String, nl: String)] = [
        (Field.body, "certification body name", "naam certificatie-instelling"),
        (Field.bodyAddress, "certification body address", "adres certificatie-instelling"),
        (Field.collaboration, "collaboration name", "naam samenwerkingsverband"),
        (Field.collaborationAddress, "collaboration address", "adres samenwerkingsverband"),
        (Field.area, "area", "werkgebied"),
        (Field.location, "location", "locatie"),
        (Field.covenant, "covenant reference", "verwijzing naar het convenant"),
        (Field.statement, "statement", "verklaring"),
        (Field.issued, "issue date", "uitgiftedatum"),
        (Field.signatory, "signatory", "ondertekenaar"),
        (Field.signatoryFunction, "signatory's function", "functie ondertekenaar"),
        (Field.number, "certificate number", "certificaatnummer"),
    ]

    func evaluate(_ c: CheckContext) -> Finding {
        let certificates = c.certificates
        guard !certificates.isEmpty else { return AuditRules.noCertificate(c) }
        var problemsEN: [String] = [], problemsNL: [String] = []
        var items = 0
        var firstFix: String?  // the arguments of the set command that fixes the first problem
        for cert in certificates {
            var en: [String] = [], nl: [String] = []
            let lacking = Self.fields.filter { !cert.record.has($0.name) }
            items += lacking.count
            if !lacking.isEmpty {
                en.append("lacks " + (lacking.map(\.en)).joined(separator: ", "))
                nl.append("mist " + (lacking.map(\.nl)).joined(separator: ", "))
                firstFix = firstFix ?? "\(cert.id) \(lacking[0].name)=..."
            }
            let body = cert.body ?? "<body>"
            let name = cert.collaboration ?? "<name>"
            if let statement = cert.statement {
                let expected = "\(body) verklaart dat het KVO-samenwerkingsverband \(name) voldoet aan de eisen van het KVO Handboek Bedrijventerreinen, versie 4.0"
                // Without the body or collaboration name (already reported as lacking) only the fixed words are compared.
                let parts = cert.body != nil && cert.collaboration != nil ? [expected]
                    : ["verklaart dat het KVO-samenwerkingsverband", "voldoet aan de eisen van het KVO Handboek Bedrijventerreinen, versie 4.0"]
                let text = AuditRules.normalised(statement)
                if !parts.allSatisfy({ TextSearch.contains(text, AuditRules.normalised($0)) }) {
                    items += 1
                    en.append("its statement does not read \"\(expected)\"")
                    nl.append("de verklaring luidt niet \"\(expected)\"")
                    firstFix = firstFix ?? "\(cert.id) statement=\"\(expected)\""
                }
            }
            let texts = cert.statusTexts.map(AuditRules.normalised)
            let wanted = ["De status van dit certificaat kan nagegaan worden bij \(body)", "Dit certificaat blijft eigendom van \(body)"]
            let absent = wanted.filter { w in
                let n = AuditRules.normalised(w)  // once, not once per status text
                return !texts.contains { TextSearch.contains($0, n) }
            }
            items += absent.count
            if !absent.isEmpty {
                let quoted = absent.map { "\"\($0)\"" }
                en.append("lacks the status text\(absent.count == 1 ? "" : "s") " + quoted.joined(separator: " and "))
                nl.append("mist de statustekst\(absent.count == 1 ? "" : "en") " + quoted.joined(separator: " en "))
                firstFix = firstFix ?? "\(cert.id) statusTexts=\"\(wanted[0])\",\"\(wanted[1])\""
            }
            if !en.isEmpty {
                problemsEN.append("\(cert.id) \(en.joined(separator: "; "))")
                problemsNL.append("\(cert.id) \(nl.joined(separator: "; "))")
            }
        }
        // The certificate number must be unique.
        var seen: [String: [String]] = [:]
        for cert in certificates { if let n = cert.number { seen[n, default: []].append(cert.id) } }
        for (number, ids) in seen.sorted(by: { $0.key < $1.key }) where ids.count > 1 {
            items += 1
            problemsEN.append("\(ids.joined(separator: ", ")) share the number \(number)")
            problemsNL.append("\(ids.joined(separator: ", ")) hebben hetzelfde nummer \(number)")
            firstFix = firstFix ?? "\(ids[1]) number=..."
        }
        if problemsEN.isEmpty {
            let ids = (certificates.map(\.id)).joined(separator: ", ")
            return .met(Message(en: "Certificate\(certificates.count == 1 ? "" : "s") \(ids) \(certificates.count == 1 ? "holds" : "hold") all §7.2 content: body and collaboration with addresses, area, location, covenant, the version 4.0 statement, issue date, signatory and function, a unique number and both status texts.",
                                nl: "\(certificates.count == 1 ? "Certificaat" : "Certificaten") \(ids) \(certificates.count == 1 ? "bevat" : "bevatten") alle inhoud van §7.2: instelling en samenwerkingsverband met adressen, werkgebied, locatie, convenant, de verklaring versie 4.0, uitgiftedatum, ondertekenaar en functie, een uniek nummer en beide statusteksten."))
        }
        return .notMet(Message(en: "The certificate content is incomplete: \(problemsEN.joined(separator: "; ")).",
                               nl: "De inhoud van het certificaat is onvolledig: \(problemsNL.joined(separator: "; "))."),
                       short: Message(en: "\(items) item\(items == 1 ? "" : "s") to fix, starting with: set \(firstFix!).",
                                      nl: "\(items) punt\(items == 1 ? "" : "en") te herstellen, te beginnen met: wijzig \(firstFix!)."))
    }
}
