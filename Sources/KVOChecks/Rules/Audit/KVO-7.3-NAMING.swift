import KVOModel

/// §7.3: the certificate names the park (one park), or the whole cluster with a generic name or all park names; never separate per-park certificates.
///
/// The certificates judged are those of the latest issue date (older ones may name an earlier
/// area). A cluster certificate whose area is one park's own name, or names some but not all parks,
/// is a per-park certificate.
struct CertificateNaming: RuleEvaluator {
    let id = "KVO-7.3-NAMING"

    func evaluate(_ c: CheckContext) -> Finding {
        let certificates = c.certificates
        guard !certificates.isEmpty else { return AuditRules.noCertificate(c) }
        if let undated = certificates.first(where: { $0.issued == nil }), certificates.count > 1 {
            return .missing(Message(en: "Certificate \(undated.id) has no issue date, so it cannot be told which certificates belong together: set \(undated.id) issued=YYYY-MM-DD.",
                                    nl: "Certificaat \(undated.id) heeft geen uitgiftedatum, dus niet te zien welke certificaten bij elkaar horen: wijzig \(undated.id) issued=JJJJ-MM-DD."))
        }
        let latestIssue = certificates.compactMap(\.issued).max()
        let current = certificates.filter { $0.issued == latestIssue }
        if let unnamed = current.first(where: { $0.area == nil }) {
            return .missing(Message(en: "Certificate \(unnamed.id) does not record the area it is made out to: set \(unnamed.id) area=\"NAME\".",
                                    nl: "Certificaat \(unnamed.id) vermeldt niet op welk gebied het staat: wijzig \(unnamed.id) area=\"NAAM\"."))
        }
        let parks = c.parks
        guard !parks.isEmpty else {
            return .missing(Message(en: "No parks are recorded, so the name on the certificate cannot be compared: add park \"NAME\".",
                                    nl: "Er zijn geen terreinen vastgelegd, dus de naam op het certificaat is niet te vergelijken: voegtoe park \"NAAM\"."))
        }
        let issue = latestIssue.map { " issued on \($0)" } ?? ""
        let uitgifte = latestIssue.map { " uitgegeven op \($0)" } ?? ""
        // Names a park goes by: its name and its formal name.
        let names = parks.map { p in [p.name, p.formalName].compactMap { $0 }.map(AuditRules.normalised) }
        let label = parks.map { $0.name ?? $0.id }

        if parks.count == 1 {
            let cert = current[0]
            let area = cert.area!
            let own = names[0].contains { AuditRules.normalised(area).contains($0) }
            if current.count > 1 {
                return .notMet(Message(en: "\(current.count) certificates (\((current.map(\.id)).joined(separator: ", ")))\(issue) exist for one park; there is one certificate.",
                                       nl: "Er zijn \(current.count) certificaten (\((current.map(\.id)).joined(separator: ", ")))\(uitgifte) voor één terrein; er hoort één certificaat te zijn."),
                               short: Message(en: "\(current.count - 1) certificate\(current.count == 2 ? "" : "s") too many.",
                                              nl: "\(current.count - 1) certifica\(current.count == 2 ? "at" : "ten") te veel."))
            }
            if own {
                return .met(Message(en: "Certificate \(cert.id) is made out to \"\(area)\", the park's own name.",
                                    nl: "Certificaat \(cert.id) staat op naam van \"\(area)\", de eigen naam van het terrein."))
            }
            return .notMet(Message(en: "Certificate \(cert.id) is made out to \"\(area)\", not to the park's own name \"\(label[0])\".",
                                   nl: "Certificaat \(cert.id) staat op naam van \"\(area)\", niet op de eigen naam van het terrein \"\(label[0])\"."),
                           short: Message(en: "make it out to the park's name: set \(cert.id) area=\"\(label[0])\".",
                                          nl: "zet het op naam van het terrein: wijzig \(cert.id) area=\"\(label[0])\"."))
        }

        // A cluster: one certificate, generic or with all park names.
        if current.count > 1 {
            let items = current.map { "\($0.id) \"\($0.area!)\"" }
            return .notMet(Message(en: "The cluster of \(parks.count) parks has \(current.count) separate certificates\(issue) (\(items.joined(separator: ", "))); a cluster gets one certificate for the whole cluster.",
                                   nl: "Het cluster van \(parks.count) terreinen heeft \(current.count) aparte certificaten\(uitgifte) (\(items.joined(separator: ", "))); een cluster krijgt één certificaat voor het hele cluster."),
                           short: Message(en: "replace them by one certificate with a generic cluster name or all \(parks.count) park names.",
                                          nl: "vervang ze door één certificaat met een generieke clusternaam of de namen van alle \(parks.count) terreinen."))
        }
        let cert = current[0]
        let area = cert.area!
        let a = AuditRules.normalised(area)
        let named = parks.indices.filter { i in names[i].contains { a.contains($0) } }
        if named.count == parks.count {
            return .met(Message(en: "Certificate \(cert.id) covers the whole cluster and names all \(parks.count) parks: \"\(area)\".",
                                nl: "Certificaat \(cert.id) geldt voor het hele cluster en noemt alle \(parks.count) terreinen: \"\(area)\"."))
        }
        if named.isEmpty {
            return .met(Message(en: "Certificate \(cert.id) covers the whole cluster of \(parks.count) parks under the generic name \"\(area)\".",
                                nl: "Certificaat \(cert.id) geldt voor het hele cluster van \(parks.count) terreinen onder de generieke naam \"\(area)\"."))
        }
        let missingParks = parks.indices.filter { !named.contains($0) }.map { label[$0] }
        return .notMet(Message(en: "Certificate \(cert.id) is made out to \"\(area)\", which names \((named.map { label[$0] }).joined(separator: ", ")) but not \(missingParks.joined(separator: ", ")) of the cluster.",
                               nl: "Certificaat \(cert.id) staat op naam van \"\(area)\", met \((named.map { label[$0] }).joined(separator: ", ")) maar zonder \(missingParks.joined(separator: ", ")) van het cluster."),
                       short: Message(en: "name all \(parks.count) parks or use a generic cluster name: set \(cert.id) area=\"...\".",
                                      nl: "noem alle \(parks.count) terreinen of gebruik een generieke clusternaam: wijzig \(cert.id) area=\"...\"."))
    }
}
