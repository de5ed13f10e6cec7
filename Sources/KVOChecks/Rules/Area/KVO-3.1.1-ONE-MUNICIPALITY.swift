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
        let parks = c.parks
        let unknown = parks.filter { $0.municipality == nil }
        guard unknown.isEmpty else {
            let names = unknown.map { "\(AreaFacts.name($0)) (\($0.id))" }
            let commandsEN = unknown.map { "set \($0.id) municipality=\"Gemeente NAME\"" }
            let commandsNL = unknown.map { "wijzig \($0.id) municipality=\"Gemeente NAAM\"" }
            return .missing(Message(en: "The municipality is not recorded for \(Language.en.list(names)); fill it in with: \(commandsEN.joined(separator: "; ")).",
                                    nl: "De gemeente ontbreekt voor \(Language.nl.list(names)); vul haar in met: \(commandsNL.joined(separator: "; "))."))
        }
        // Municipalities in order of first appearance, with their parks.
        var order: [String] = [], spelled: [String: String] = [:], members: [String: [String]] = [:]
        for park in parks {
            let m = park.municipality!, k = Self.key(m)
            if members[k] == nil { order.append(k); spelled[k] = m }
            members[k, default: []].append(AreaFacts.name(park))
        }
        if order.count == 1 {
            let m = spelled[order[0]]!
            return .met(Message(en: "All \(parks.count) parks of the cluster lie in \(m): \(Language.en.list(members[order[0]]!)).",
                                nl: "Alle \(parks.count) terreinen van het cluster liggen in \(m): \(Language.nl.list(members[order[0]]!))."))
        }
        let main = order.max { members[$0]!.count < members[$1]!.count }!   // ties: the first recorded
        let spreadEN = order.map { "\(spelled[$0]!) (\(Language.en.list(members[$0]!)))" }
        let spreadNL = order.map { "\(spelled[$0]!) (\(Language.nl.list(members[$0]!)))" }
        let outside = order.filter { $0 != main }.flatMap { members[$0]! }
        return .notMet(Message(en: "The \(parks.count) parks of the cluster lie in \(order.count) municipalities: \(spreadEN.joined(separator: ", ")).",
                               nl: "De \(parks.count) terreinen van het cluster liggen in \(order.count) gemeenten: \(spreadNL.joined(separator: ", "))."),
                       short: Message(en: "A cluster lies in one municipality: \(Language.en.list(outside)) lie\(outside.count == 1 ? "s" : "") outside \(spelled[main]!).",
                                      nl: "Een cluster ligt in één gemeente: \(Language.nl.list(outside)) \(outside.count == 1 ? "ligt" : "liggen") buiten \(spelled[main]!)."))
    }
}

