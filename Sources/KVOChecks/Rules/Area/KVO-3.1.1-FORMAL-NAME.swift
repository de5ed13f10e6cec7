import KVOModel

/// §3.1.1: in a cluster every park has its formal zoning-plan name and the destination "bedrijventerrein".
struct ClusterFormalName: RuleEvaluator {
    let id = "KVO-3.1.1-FORMAL-NAME"

    // A formal name not recorded fails (the cluster's parks are to be designated by it on the map and
    // the certificate); a destination not recorded is missing data; another destination fails.

    func evaluate(_ c: CheckContext) -> Finding {
        if let noCluster = AreaFacts.unlessCluster(c) { return noCluster }
        let parks = c.parks
        var failEN: [String] = [], failNL: [String] = [], fixEN: [String] = [], fixNL: [String] = []
        var unknown: [ParkRecord] = [], evidence: [String] = []
        for park in parks {
            let name = AreaFacts.name(park)
            if park.formalName == nil {
                failEN.append("\(name) has no formal name recorded"); failNL.append("\(name) heeft geen formele naam vastgelegd")
                fixEN.append("set \(park.id) formalName=\"NAME IN ZONING PLAN\""); fixNL.append("wijzig \(park.id) formalName=\"NAAM IN BESTEMMINGSPLAN\"")
            }
            if let destination = park.destination {
                if AreaFacts.normalised(destination) != "bedrijventerrein" {
                    failEN.append("\(name) has the destination \"\(destination)\", not \"bedrijventerrein\"")
                    failNL.append("\(name) heeft de bestemming \"\(destination)\", niet \"bedrijventerrein\"")
                    fixEN.append("leave \(name) out of the cluster unless its zoning is \"bedrijventerrein\"")
                    fixNL.append("laat \(name) buiten het cluster tenzij de bestemming \"bedrijventerrein\" is")
                }
            } else {
                unknown.append(park)
            }
            if let formal = park.formalName { evidence.append("\(name) = \(formal)") }
        }
        let unknownNames = unknown.map { "\(AreaFacts.name($0)) (\($0.id))" }
        if !failEN.isEmpty {
            let alsoEN = unknown.isEmpty ? "" : "; the destination is not recorded for \(Language.en.list(unknownNames))"
            let alsoNL = unknown.isEmpty ? "" : "; de bestemming ontbreekt voor \(Language.nl.list(unknownNames))"
            return .notMet(Message(en: "Not every park of the cluster has a formal name and the destination \"bedrijventerrein\": \(failEN.joined(separator: "; "))\(alsoEN).",
                                   nl: "Niet elk terrein van het cluster heeft een formele naam en de bestemming \"bedrijventerrein\": \(failNL.joined(separator: "; "))\(alsoNL)."),
                           short: Message(en: "Needed: \(fixEN.joined(separator: "; ")).", nl: "Nodig: \(fixNL.joined(separator: "; "))."))
        }
        if !unknown.isEmpty {
            let commands = unknown.map { "set \($0.id) destination=bedrijventerrein" }.joined(separator: "; ")
            return .missing(Message(en: "The zoning destination is not recorded for \(Language.en.list(unknownNames)); fill it in from the zoning plan, e.g. \(commands).",
                                    nl: "De bestemming uit het bestemmingsplan ontbreekt voor \(Language.nl.list(unknownNames)); vul haar in, bijvoorbeeld \(commands)."))
        }
        return .met(Message(en: "Every park of the cluster has its formal name and the destination \"bedrijventerrein\": \(evidence.joined(separator: ", ")).",
                            nl: "Elk terrein van het cluster heeft zijn formele naam en de bestemming \"bedrijventerrein\": \(evidence.joined(separator: ", "))."))
    }
}
