import KVOModel

import KVOChecks

/// The name on the certificate, by §7.3 ("Naamstelling op het certificaat"):
/// - one park: the park's own name, one to one;
/// - a cluster (2 to 4 parks): one central certificate for the whole cluster, made out to a
///   generic name for the cluster, or with the names of all its parks under each other; every
///   park receives the same certificate. A certificate per park, in the park's own name, is not
///   possible.
///
/// A name recorded on the dossier's certificate is judged by these rules; without one, the
/// draft uses the park's name, or the cluster's name with all park names under it.
package struct CertificateNaming: Sendable, Equatable {
    package struct Park: Sendable, Equatable {
        package let name: String
        package let formalName: String?

        package init(name: String, formalName: String? = nil) {
            self.name = name
            self.formalName = formalName
        }

        /// The name for the certificate: the formal one when recorded.
        var certificateName: String { formalName ?? name }
        var names: [String] { [name, formalName].compactMap { $0 } }
    }

    package enum Option: Sendable, Equatable {
        case park
        /// A cluster under one generic name.
        case clusterGeneric
        /// A cluster with all park names (under a cluster name, when there is one).
        case clusterAllParks
    }

    /// The line the certificate is made out to.
    package let title: String
    /// The park names under the title (a cluster with all its parks named).
    package let parkNames: [String]
    package let option: Option?
    /// What is wrong with a recorded name, when something is.
    package let problem: Message?
    /// The rule applied, in a sentence.
    package let explanation: Message

    /// - Parameters:
    ///   - recorded: the area on the certificate, when one is recorded.
    ///   - clusterName: a generic name for the cluster (the collaboration's name).
    ///   - certificates: how many certificates of the latest issue exist.
    package static func make(parks: [Park], clusterName: String?, recorded: String?, certificates: Int = 1) -> CertificateNaming {
        func mentions(_ text: String, _ park: Park) -> Bool {
            let a = normalised(text)
            return park.names.contains { a.contains(normalised($0)) }
        }
        if parks.isEmpty {
            return CertificateNaming(title: recorded ?? "", parkNames: [], option: nil,
                                     problem: Message(en: "no parks are recorded, so the name cannot be checked", nl: "er zijn geen terreinen vastgelegd, dus de naam is niet te controleren"),
                                     explanation: Message(en: "§7.3: the certificate is made out to the park, or to the whole cluster.",
                                                          nl: "§7.3: het certificaat staat op naam van het terrein, of van het hele cluster."))
        }
        if parks.count == 1 {
            let park = parks[0]
            let explanation = Message(en: "§7.3: one park, so the certificate carries the park's own name, one to one.",
                                      nl: "§7.3: één bedrijventerrein, dus het certificaat draagt een-op-een de naam van het terrein.")
            if let recorded, !recorded.isEmpty {
                let problem = mentions(recorded, park) ? nil
                    : Message(en: "the recorded name \"\(recorded)\" is not the park's own name \"\(park.certificateName)\"",
                              nl: "de vastgelegde naam \"\(recorded)\" is niet de eigen naam van het terrein \"\(park.certificateName)\"")
                return CertificateNaming(title: recorded, parkNames: [], option: .park, problem: problem, explanation: explanation)
            }
            return CertificateNaming(title: park.certificateName, parkNames: [], option: .park, problem: nil, explanation: explanation)
        }

        let all = parks.map(\.certificateName)
        let sameCertificate = Message(en: " Every park receives the same certificate; separate certificates per park are not possible.",
                                      nl: " Elk terrein ontvangt hetzelfde certificaat; aparte certificaten per terrein zijn niet mogelijk.")
        if certificates > 1 {
            return CertificateNaming(title: recorded ?? clusterName ?? "", parkNames: all, option: nil,
                                     problem: Message(en: "the cluster has \(certificates) separate certificates; a cluster gets one certificate for the whole cluster",
                                                      nl: "het cluster heeft \(certificates) aparte certificaten; een cluster krijgt één certificaat voor het hele cluster"),
                                     explanation: Message(en: "§7.3: one central certificate for the whole cluster of \(parks.count) parks.",
                                                          nl: "§7.3: één centraal certificaat voor het hele cluster van \(parks.count) terreinen.") + sameCertificate)
        }
        if let recorded, !recorded.isEmpty {
            let named = parks.filter { mentions(recorded, $0) }
            if named.count == parks.count {
                return CertificateNaming(title: recorded, parkNames: [], option: .clusterAllParks, problem: nil,
                                         explanation: Message(en: "§7.3: one central certificate for the cluster, naming all \(parks.count) parks.",
                                                              nl: "§7.3: één centraal certificaat voor het cluster, met de namen van alle \(parks.count) terreinen.") + sameCertificate)
            }
            if named.isEmpty {
                return CertificateNaming(title: recorded, parkNames: [], option: .clusterGeneric, problem: nil,
                                         explanation: Message(en: "§7.3: one central certificate for the cluster under a generic name.",
                                                              nl: "§7.3: één centraal certificaat voor het cluster onder een generieke naam.") + sameCertificate)
            }
            let (namedNames, missing) = (named.map(\.certificateName), parks.filter { !mentions(recorded, $0) }.map(\.certificateName))
            return CertificateNaming(title: recorded, parkNames: [], option: nil,
                                     problem: Message(en: "the recorded name \"\(recorded)\" names \(Language.en.list(namedNames)) but not \(Language.en.list(missing)); name all parks or use a generic cluster name",
                                                      nl: "de vastgelegde naam \"\(recorded)\" noemt \(Language.nl.list(namedNames)) maar niet \(Language.nl.list(missing)); noem alle terreinen of gebruik een generieke clusternaam"),
                                     explanation: Message(en: "§7.3: a cluster's certificate names the whole cluster: a generic name, or all park names.",
                                                          nl: "§7.3: het certificaat van een cluster noemt het hele cluster: een generieke naam, of alle terreinnamen.") + sameCertificate)
        }
        return CertificateNaming(title: clusterName ?? all.joined(separator: ", "), parkNames: all, option: .clusterAllParks, problem: nil,
                                 explanation: Message(en: "§7.3: one central certificate for the whole cluster, the cluster's name with the names of its \(parks.count) parks under each other.",
                                                      nl: "§7.3: één centraal certificaat voor het hele cluster, de naam van het cluster met de namen van de \(parks.count) terreinen onder elkaar.") + sameCertificate)
    }

    /// Lower case, letters and digits only, for comparing names as people write them.
    static func normalised(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
