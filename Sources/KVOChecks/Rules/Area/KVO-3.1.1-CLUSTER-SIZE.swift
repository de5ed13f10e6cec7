import KVOModel

/// §3.1.1: a cluster has at most 4 parks.
struct ClusterSize: RuleEvaluator {
    let id = "KVO-3.1.1-CLUSTER-SIZE"

    func evaluate(_ c: CheckContext) -> Finding {
        if let noCluster = AreaFacts.unlessCluster(c) { return noCluster }
        let parks = c.parks
        let en = Language.en.list(parks.map(AreaFacts.name)), nl = Language.nl.list(parks.map(AreaFacts.name))
        if Handbook.Area.allows(clusterParks: parks.count) {
            return .met(Message(en: "The cluster has \(parks.count) parks (\(en)), at most \(Handbook.Area.maximumClusterParks) allowed.",
                                nl: "Het cluster telt \(parks.count) terreinen (\(nl)), maximaal \(Handbook.Area.maximumClusterParks) toegestaan."))
        }
        let over = parks.count - Handbook.Area.maximumClusterParks
        return .notMet(Message(en: "The cluster has \(parks.count) parks (\(en)); at most \(Handbook.Area.maximumClusterParks) are allowed.",
                               nl: "Het cluster telt \(parks.count) terreinen (\(nl)); maximaal \(Handbook.Area.maximumClusterParks) toegestaan."),
                       short: Message(en: "\(over) park\(over == 1 ? "" : "s") too many: form the cluster of at most \(Handbook.Area.maximumClusterParks) parks.",
                                      nl: "\(over) terrein\(over == 1 ? "" : "en") te veel: vorm het cluster uit maximaal \(Handbook.Area.maximumClusterParks) terreinen."))
    }
}
