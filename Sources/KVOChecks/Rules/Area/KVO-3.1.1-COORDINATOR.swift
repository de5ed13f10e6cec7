import KVOModel

/// §3.1.1: a cluster has one coordinating organisation with mandate as central contact (organisation.coordinator).
struct ClusterCoordinator: RuleEvaluator {
    let id = "KVO-3.1.1-COORDINATOR"

    func evaluate(_ c: CheckContext) -> Finding {
        if let noCluster = AreaFacts.unlessCluster(c) { return noCluster }
        let parks = c.parks.count
        if let coordinator = c.organisation.coordinator {
            let quoted = AreaFacts.excerpt(coordinator)
            return .met(Message(en: "The cluster of \(parks) parks has a coordinating organisation as central contact with mandate: \"\(quoted)\".",
                                nl: "Het cluster van \(parks) terreinen heeft een overkoepelende organisatie als centraal aanspreekpunt met mandaat: \"\(quoted)\"."))
        }
        return .notMet(Message(en: "No coordinating organisation is recorded for the cluster of \(parks) parks.",
                               nl: "Voor het cluster van \(parks) terreinen is geen overkoepelende organisatie vastgelegd."),
                       short: Message(en: "Record the central contact with mandate (park management or the municipality): set organisation coordinator=\"ORGANISATION: MANDATE\".",
                                      nl: "Leg het centrale aanspreekpunt met mandaat vast (parkmanagement of de gemeente): wijzig organisation coordinator=\"ORGANISATIE: MANDAAT\"."))
    }
}
