import KVOModel

/// §3.1: the area holds at most 600 entrepreneurs, summed over the parks of a cluster.
struct MaxEntrepreneurs: RuleEvaluator {
    let id = "KVO-3.1-MAX-ENTREPRENEURS"

    func evaluate(_ c: CheckContext) -> Finding {
        let parks = c.records("parks")
        guard !parks.isEmpty else {
            return .missing(both("No parks are recorded; add them with: add park \"NAME\" entrepreneurs=N.",
                                 "Er zijn geen terreinen vastgelegd; voeg ze toe met: add park \"NAAM\" entrepreneurs=N."))
        }
        let unknown = parks.filter { $0.int("entrepreneurs") == nil }.map { $0.string("name") ?? $0.id }
        guard unknown.isEmpty else {
            return .missing(both("The number of entrepreneurs is not recorded for \(unknown.joined(separator: ", ")).",
                                 "Het aantal ondernemers ontbreekt voor \(unknown.joined(separator: ", "))."))
        }
        let total = parks.compactMap { $0.int("entrepreneurs") }.reduce(0, +)
        let summed = parks.count > 1 ? " (summed over \(parks.count) parks)" : ""
        let opgeteld = parks.count > 1 ? " (opgeteld over \(parks.count) terreinen)" : ""
        if total <= 600 {
            return .met(both("The area has \(total) entrepreneurs\(summed), at most 600 allowed.",
                             "Het gebied telt \(total) ondernemers\(opgeteld), maximaal 600 toegestaan."))
        }
        return .notMet(both("The area has \(total) entrepreneurs\(summed); at most 600 are allowed.",
                            "Het gebied telt \(total) ondernemers\(opgeteld); maximaal 600 toegestaan."),
                       short: both("\(total - 600) too many: split the area or leave out a park.",
                                   "\(total - 600) te veel: splits het gebied of laat een terrein weg."))
    }
}
