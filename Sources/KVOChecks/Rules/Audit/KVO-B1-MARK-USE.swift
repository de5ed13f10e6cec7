import KVOModel

/// Annex 1 B1.2: the KVO mark is used only while a valid certificate exists (3 years from issue), and a record of its uses is kept.
///
/// With a certificate and no recorded use, it cannot be told whether the mark is unused or its
/// uses are not recorded (B1.2.5), so the rule asks for the record instead of passing.
struct MarkUse: RuleEvaluator {
    let id = "KVO-B1-MARK-USE"

    func evaluate(_ c: CheckContext) -> Finding {
        let uses = c.markUses
        let certificates = c.certificates
        if let undated = uses.first(where: { $0.date == nil }) {
            return .missing(Message(en: "Mark use \(undated.id) has no date, so it cannot be checked against the certificate: set \(undated.id) date=YYYY-MM-DD.",
                                    nl: "Merkgebruik \(undated.id) heeft geen datum, dus het is niet aan het certificaat te toetsen: wijzig \(undated.id) date=JJJJ-MM-DD."))
        }
        if !uses.isEmpty, let undated = certificates.first(where: { $0.issued == nil }) {
            return .missing(Message(en: "Certificate \(undated.id) has no issue date, so the mark uses cannot be checked against its validity: set \(undated.id) issued=YYYY-MM-DD.",
                                    nl: "Certificaat \(undated.id) heeft geen uitgiftedatum, dus het merkgebruik is niet aan de geldigheid te toetsen: wijzig \(undated.id) issued=JJJJ-MM-DD."))
        }
        let invalid = uses.filter { u in !certificates.contains { AuditRules.valid($0, on: u.date!) } }
        if !invalid.isEmpty {
            let items = invalid.map { u in "\(u.id) (\(u.date!)\(u.medium.map { ", \($0)" } ?? ""))" }
            let validity = certificates.compactMap { cert -> String? in
                guard let issued = cert.issued, let end = AuditRules.expiry(cert) else { return nil }
                return "\(cert.id) from \(issued) until \(end)"
            }
            let geldigheid = certificates.compactMap { cert -> String? in
                guard let issued = cert.issued, let end = AuditRules.expiry(cert) else { return nil }
                return "\(cert.id) van \(issued) tot \(end)"
            }
            let en = validity.isEmpty ? "no certificate is recorded" : "certificate validity: \(validity.joined(separator: ", "))"
            let nl = geldigheid.isEmpty ? "er is geen certificaat vastgelegd" : "geldigheid certificaat: \(geldigheid.joined(separator: ", "))"
            return .notMet(Message(en: "The KVO mark was used without a valid certificate: \(items.joined(separator: ", ")); \(en).",
                                   nl: "Het KVO-merk is gebruikt zonder geldig certificaat: \(items.joined(separator: ", ")); \(nl)."),
                           short: Message(en: "\(invalid.count) use\(invalid.count == 1 ? "" : "s") outside a certificate's validity: stop using the mark there until a valid certificate exists.",
                                          nl: "\(invalid.count) keer gebruikt buiten de geldigheid van een certificaat: stop daar met het merk tot er een geldig certificaat is."))
        }
        if !uses.isEmpty {
            let days = uses.compactMap(\.date)
            let span = "\(days.min()!) to \(days.max()!)"
            let periode = "\(days.min()!) tot en met \(days.max()!)"
            return .met(Message(en: "\(uses.count) use\(uses.count == 1 ? " of the KVO mark is" : "s of the KVO mark are") recorded (\(span)), each while a certificate was valid.",
                                nl: "\(uses.count) keer is gebruik van het KVO-merk vastgelegd (\(periode)), telkens terwijl een certificaat geldig was."))
        }
        guard !certificates.isEmpty else {
            return .met(Message(en: "No certificate exists and no use of the KVO mark is recorded: the mark may not be used until a certificate is issued.",
                                nl: "Er is geen certificaat en er is geen gebruik van het KVO-merk vastgelegd: het merk mag pas gebruikt worden als er een certificaat is."))
        }
        let live = certificates.filter { AuditRules.valid($0, on: c.asOf) }
        let status = live.first.flatMap { AuditRules.expiry($0) }.map { "a certificate is valid until \($0)" } ?? "a certificate has been issued"
        let geldig = live.first.flatMap { AuditRules.expiry($0) }.map { "een certificaat is geldig tot \($0)" } ?? "er is een certificaat uitgegeven"
        return .missing(Message(en: "No use of the KVO mark is recorded although \(status); B1.2.5 asks for a record of every use: add markuse date=YYYY-MM-DD medium=website description=\"...\" (if the mark is not used at all, waive this rule saying so).",
                                nl: "Er is geen gebruik van het KVO-merk vastgelegd terwijl \(geldig); B1.2.5 vraagt een administratie van elk gebruik: voegtoe markuse date=JJJJ-MM-DD medium=website description=\"...\" (wordt het merk helemaal niet gebruikt, leg dan een ontheffing met die reden vast)."))
    }
}
