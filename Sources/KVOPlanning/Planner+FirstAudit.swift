import KVOModel

/// §5.2.2: before a first audit at least 3 measures from the inspection and 1 communication to
/// the entrepreneurs are done. The planner brings the best-ranked ones forward so that they end in
/// a quarter before the audit.
extension Planner {
    /// Limits the latest quarter of the measures that must be done before the first audit. Returns
    /// the last column ending before the audit, or the constraint's standing when there is nothing
    /// to plan (a renewal, no audit date, the audit already held).
    func bringForwardForFirstAudit(_ items: inout [Item], calendar: PlanCalendar, themeRank: [String: Int]) -> (cut: Int?, note: PlanConstraint?) {
        guard settings.firstCertification else {
            return (nil, PlanConstraint(.firstAudit, .notApplicable,
                                        en: "This is a renewal, not a first certification.", nl: "Dit is een hercertificering, geen eerste certificering."))
        }
        guard let audit = settings.auditDate else {
            return (nil, PlanConstraint(.firstAudit, .unknown,
                                        en: "No date is recorded for the first audit, so what must be done before it cannot be planned: add audit type=first date=YYYY-MM-DD.",
                                        nl: "Er is geen datum voor de eerste audit vastgelegd, dus wat daarvoor klaar moet zijn is niet te plannen: add audit type=first date=JJJJ-MM-DD."))
        }
        guard audit >= settings.asOf else {
            return (nil, PlanConstraint(.firstAudit, .notApplicable,
                                        en: "The first audit was on \(audit); what had to be done before it is history.",
                                        nl: "De eerste audit was op \(Language.nl.date(audit)); wat daarvoor klaar moest zijn is geschiedenis."))
        }
        let cut = calendar.quarters.lastIndex { $0.lastDay < audit } ?? -1
        // Count what already qualifies; bring forward the best-ranked movable ones for the rest.
        let qualifies = { (it: Item) in Self.readyBefore(audit, it, cut: cut, planned: !it.movable) }
        var need = 3 - items.filter { $0.finding && qualifies($0) }.count
        let snapshot = items
        let rank = { (i: Int) in (snapshot[i].theme.flatMap { themeRank[$0] } ?? Int.max, snapshot[i].id) }
        for i in items.indices.filter({ items[$0].finding && items[$0].movable }).sorted(by: { rank($0) < rank($1) }) where need > 0 {
            items[i].latest = min(items[i].latest, cut)
            need -= 1
        }
        if !communicationSent(since: calendar.start, before: audit) && !items.contains(where: { $0.fixed == "communication" && qualifies($0) }) {
            let n = calendar.quarters.count
            let early = { (i: Int) in (snapshot[i].window.first ?? n, snapshot[i].id) }
            if let i = items.indices.filter({ items[$0].fixed == "communication" && items[$0].movable }).min(by: { early($0) < early($1) }) {
                items[i].latest = min(items[i].latest, cut)
            }
        }
        return (cut, nil)
    }

    /// Whether a measure counts as done before the audit: done (by its done date, when it has
    /// one), or — when `planned` may count — planned to end by the last quarter before it.
    static func readyBefore(_ audit: Day, _ it: Item, cut: Int, planned: Bool) -> Bool {
        if it.status == "done" { return it.record["done"]?.stringValue.flatMap { Day($0) }.map { $0 < audit } ?? true }
        return planned && (it.last.map { $0 <= cut } ?? false)
    }

    /// A communications record to all entrepreneurs between the plan's adoption and the audit.
    func communicationSent(since start: Day, before audit: Day) -> Bool {
        records("communications").contains { r in
            guard r["audience"]?.stringValue == "all-entrepreneurs", let d = r["date"]?.stringValue.flatMap({ Day($0) }) else { return false }
            return d >= start && d < audit
        }
    }
}
