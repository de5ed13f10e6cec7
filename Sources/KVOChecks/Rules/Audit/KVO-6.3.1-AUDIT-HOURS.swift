import KVOModel

/// §6.3.1: the minimum audit time by the number of parks (1 park 8 h, 2 parks 10 h, 3 parks 11 h, 4 parks 12 h), about half of it on site.
struct AuditHours: RuleEvaluator {
    let id = "KVO-6.3.1-AUDIT-HOURS"

    func evaluate(_ c: CheckContext) -> Finding {
        let parks = c.parks.count
        guard parks > 0 else {
            return .missing(Message(en: "No parks are recorded, so the audit time cannot be derived; add them with: add park \"NAME\".",
                                    nl: "Er zijn geen terreinen vastgelegd, dus de audittijd is niet af te leiden; voeg ze toe met: voegtoe park \"NAAM\"."))
        }
        guard let h = Handbook.Audit.hours(parks: parks) else {
            let most = Handbook.Area.maximumClusterParks, longest = Handbook.Audit.hours(parks: most) ?? 0
            return .figure(Message(en: "The area has \(parks) parks; the §6.3.1 scale stops at a cluster of \(most) parks (\(longest) hours), and a cluster may not have more (KVO-3.1.1-CLUSTER-SIZE).",
                                   nl: "Het gebied telt \(parks) terreinen; de staffel van §6.3.1 stopt bij een cluster van \(most) terreinen (\(longest) uur), en meer mag een cluster niet hebben (KVO-3.1.1-CLUSTER-SIZE)."))
        }
        let half = h % 2 == 0 ? "\(h / 2)" : "\(h / 2).5"
        let helft = h % 2 == 0 ? "\(h / 2)" : "\(h / 2),5"
        let area = parks == 1 ? "1 park" : "a cluster of \(parks) parks"
        let gebied = parks == 1 ? "1 terrein" : "een cluster van \(parks) terreinen"
        return .figure(Message(en: "For \(area) the audit takes at least \(h) hours, about \(half) of them on site.",
                               nl: "Voor \(gebied) duurt de audit minimaal \(h) uur, waarvan ongeveer \(helft) op locatie."))
    }
}
