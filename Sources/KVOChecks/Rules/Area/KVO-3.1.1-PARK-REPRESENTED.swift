import KVOModel

/// §3.1.1: in a cluster every park has a representative in the workgroup (a member linked to it by members.park).
struct ClusterParkRepresented: RuleEvaluator {
    let id = "KVO-3.1.1-PARK-REPRESENTED"

    // Any member linked to the park counts, whatever party they sit for: the handbook asks for "vanuit
    // elk gebied een vertegenwoordiger", not for an entrepreneur per park.

    func evaluate(_ c: CheckContext) -> Finding {
        if let noCluster = AreaFacts.unlessCluster(c) { return noCluster }
        let parks = c.parks, members = WorkgroupFacts.members(c)
        guard !members.isEmpty else {
            return .missing(Message(en: "No workgroup members are recorded; add a representative per park with: add member \"NAME\" party=PA-1 park=\(parks[0].id).",
                                    nl: "Er zijn geen werkgroepleden vastgelegd; voeg per terrein een vertegenwoordiger toe met: voegtoe member \"NAAM\" party=PA-1 park=\(parks[0].id)."))
        }
        var represented: [String] = [], unrepresented: [ParkRecord] = []
        for park in parks {
            let reps = members.filter { $0.park == park.id }.map(AreaFacts.name)
            if reps.isEmpty { unrepresented.append(park) } else {
                represented.append("\(AreaFacts.name(park)) (\(reps.joined(separator: ", ")))")
            }
        }
        if unrepresented.isEmpty {
            return .met(Message(en: "Every park of the cluster has a representative in the workgroup: \(represented.joined(separator: ", ")).",
                                nl: "Elk terrein van het cluster heeft een vertegenwoordiger in de werkgroep: \(represented.joined(separator: ", "))."))
        }
        let names = unrepresented.map { "\(AreaFacts.name($0)) (\($0.id))" }
        let haveEN = represented.isEmpty ? "" : "; represented: \(represented.joined(separator: ", "))"
        let haveNL = represented.isEmpty ? "" : "; vertegenwoordigd: \(represented.joined(separator: ", "))"
        let commands = unrepresented.map { "add member \"NAME\" party=PA-n park=\($0.id) (or set MB-n park=\($0.id))" }
        let opdrachten = unrepresented.map { "voegtoe member \"NAAM\" party=PA-n park=\($0.id) (of wijzig MB-n park=\($0.id))" }
        return .notMet(Message(en: "\(unrepresented.count) of \(parks.count) parks of the cluster \(unrepresented.count == 1 ? "has" : "have") no representative in the workgroup: \(Language.en.list(names))\(haveEN).",
                               nl: "\(unrepresented.count) van \(parks.count) terreinen van het cluster \(unrepresented.count == 1 ? "heeft" : "hebben") geen vertegenwoordiger in de werkgroep: \(Language.nl.list(names))\(haveNL)."),
                       short: Message(en: "Needs a representative for \(Language.en.list(unrepresented.map(AreaFacts.name))): \(commands.joined(separator: "; ")).",
                                      nl: "Nodig: een vertegenwoordiger voor \(Language.nl.list(unrepresented.map(AreaFacts.name))): \(opdrachten.joined(separator: "; "))."))
    }
}
