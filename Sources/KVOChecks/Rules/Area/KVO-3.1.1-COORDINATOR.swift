import KVOModel

/// §3.1.1: a cluster has one coordinating organisation with mandate as central contact (organisation.coordinator).
struct ClusterCoordinator: RuleEvaluator {
    let id = "KVO-3.1.1-COORDINATOR"

    func evaluate(_ c: CheckContext) -> Finding {
        if let noCluster = AreaFacts.unlessCluster(c) { return noCluster }
        let parks = c.records("parks").count
        if let coordinator = c.section("organisation").string("coordinator") {
            let quoted = AreaFacts.excerpt(coordinator)
            return .met(both("The cluster of \(parks) parks has a coordinating organisation as central contact with mandate: \"\(quoted)\".",
                             "Het cluster van \(parks) terreinen heeft een overkoepelende organisatie als centraal aanspreekpunt met mandaat: \"\(quoted)\"."))
        }
        return .notMet(both("No coordinating organisation is recorded for the cluster of \(parks) parks.",
                            "Voor het cluster van \(parks) terreinen is geen overkoepelende organisatie vastgelegd."),
                       short: both("Record the central contact with mandate (park management or the municipality): set organisation coordinator=\"ORGANISATION: MANDATE\".",
                                   "Leg het centrale aanspreekpunt met mandaat vast (parkmanagement of de gemeente): set organisation coordinator=\"ORGANISATIE: MANDAAT\"."))
    }
}
