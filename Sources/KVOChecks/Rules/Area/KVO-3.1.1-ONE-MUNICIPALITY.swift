import KVOModel

/// §3.1.1: all parks of a cluster lie in one municipality.
struct ClusterOneMunicipality: RuleEvaluator {
    let id = "KVO-3.1.1-ONE-MUNICIPALITY"

    /// "Gemeente Lindewaard" and "lindewaard" name the same municipality.
    static func key(_ municipality: String) -> String {
        let n = AreaFacts.normalised(municipality)
        return n.hasPrefix("gemeente ") ? AreaFacts.normalised(String(n.dropFirst("gemeente ".count))) : n
    }

    func evaluate(_ c: CheckContext) -> Finding {
        if let noCluster = AreaFacts.unlessCluster(c) { return noCluster }
        let parks = c.records("parks")
        let unknown = parks.filter { $0.string("municipality") == nil }
        guard unknown.isEmpty else {
            let names = unknown.map { "\(AreaFacts.name($0)) (\($0.id))" }
            let commandsEN = unknown.map { "set \($0.id) municipality=\"Gemeente NAME\"" }
            let commandsNL = unknown.map { "set \($0.id) municipality=\"Gemeente NAAM\"" }
            return .missing(both("The municipality is not recorded for \(Phrase.listed(names, "and")); fill it in with: \(commandsEN.joined(separator: "; ")).",
                                 "De gemeente ontbreekt voor \(Phrase.listed(names, "en")); vul haar in met: \(commandsNL.joined(separator: "; "))."))
        }
        // Municipalities in order of first appearance, with their parks.
        var order: [String] = [], spelled: [String: String] = [:], members: [String: [String]] = [:]
        for park in parks {
            let m = park.string("municipality")!, k = Self.key(m)
            if members[k] == nil { order.append(k); spelled[k] = m }
            members[k, default: []].append(AreaFacts.name(park))
        }
        if order.count == 1 {
            let m = spelled[order[0]]!
            return .met(both("All \(parks.count) parks of the cluster lie in \(m): \(Phrase.listed(members[order[0]]!, "and")).",
                             "Alle \(parks.count) terreinen van het cluster liggen in \(m): \(Phrase.listed(members[order[0]]!, "en"))."))
        }
        let main = order.max { members[$0]!.count < members[$1]!.count }!   // ties: the first recorded
        let spreadEN = order.map { "\(spelled[$0]!) (\(Phrase.listed(members[$0]!, "and")))" }
        let spreadNL = order.map { "\(spelled[$0]!) (\(Phrase.listed(members[$0]!, "en")))" }
        let outside = order.filter { $0 != main }.flatMap { members[$0]! }
        return .notMet(both("The \(parks.count) parks of the cluster lie in \(order.count) municipalities: \(spreadEN.joined(separator: ", ")).",
                            "De \(parks.count) terreinen van het cluster liggen in \(order.count) gemeenten: \(spreadNL.joined(separator: ", "))."),
                       short: both("A cluster lies in one municipality: \(Phrase.listed(outside, "and")) lie\(outside.count == 1 ? "s" : "") outside \(spelled[main]!).",
                                   "Een cluster ligt in één gemeente: \(Phrase.listed(outside, "en")) \(outside.count == 1 ? "ligt" : "liggen") buiten \(spelled[main]!)."))
    }
}

