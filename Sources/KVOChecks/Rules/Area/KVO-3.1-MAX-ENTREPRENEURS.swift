import KVOModel

/// §3.1: the area holds at most 600 entrepreneurs, summed over the parks of a cluster.
struct MaxEntrepreneurs: RuleEvaluator {
    let id = "KVO-3.1-MAX-ENTREPRENEURS"

    func evaluate(_ c: CheckContext) -> Finding {
        let parks = c.parks
        guard !parks.isEmpty else {
            return .missing(Message(en: "No parks are recorded; add them with: add park \"NAME\" entrepreneurs=N.",
                                    nl: "Er zijn geen terreinen vastgelegd; voeg ze toe met: voegtoe park \"NAAM\" entrepreneurs=N."))
        }
        let unknown = parks.filter { $0.entrepreneurs == nil }.map(AreaFacts.name)
        guard unknown.isEmpty else {
            return .missing(Message(en: "The number of entrepreneurs is not recorded for \(unknown.joined(separator: ", ")).",
                                    nl: "Het aantal ondernemers ontbreekt voor \(unknown.joined(separator: ", "))."))
        }
        let total = parks.compactMap(\.entrepreneurs).reduce(0, +)
        let summed = parks.count > 1 ? " (summed over \(parks.count) parks)" : ""
        let opgeteld = parks.count > 1 ? " (opgeteld over \(parks.count) terreinen)" : ""
        if Handbook.Area.allows(entrepreneurs: total) {
            return .met(Message(en: "The area has \(total) entrepreneurs\(summed), at most \(Handbook.Area.maximumEntrepreneurs) allowed.",
                                nl: "Het gebied telt \(total) ondernemers\(opgeteld), maximaal \(Handbook.Area.maximumEntrepreneurs) toegestaan."))
        }
        return .notMet(Message(en: "The area has \(total) entrepreneurs\(summed); at most \(Handbook.Area.maximumEntrepreneurs) are allowed.",
                               nl: "Het gebied telt \(total) ondernemers\(opgeteld); maximaal \(Handbook.Area.maximumEntrepreneurs) toegestaan."),
                       short: Message(en: "\(total - Handbook.Area.maximumEntrepreneurs) too many: split the area or leave out a park.",
                                      nl: "\(total - Handbook.Area.maximumEntrepreneurs) te veel: splits het gebied of laat een terrein weg."))
    }
}
