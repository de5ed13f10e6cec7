import KVOModel

/// §5.2.2: before a first audit at least 3 measures from the inspection and 1 communication to
/// the entrepreneurs are done. The planner brings the best-ranked ones forward so that they end in
/// a quarter before the audit. What counts as executed by the audit, from the inspection, or a
/// communication is `Handbook.FirstAudit`, the reading `check` (KVO-5.2.2-FOUR-MEASURES) uses too.
extension Planner {
    /// Limits the latest quarter of the measures that must be done before the first audit. Returns
    /// the last column ending before the audit, or the constraint's standing when there is nothing
    /// to plan (a renewal, no audit date, the audit already held).
    /// With `narrow` false (the exact planner placed the measures, with §5.2.2 in its model) no
    /// measure's deadline is brought forward; only the cut is returned.
    func bringForwardForFirstAudit(_ items: inout [Item], calendar: PlanCalendar, themeRank: [String: Int], narrow: Bool = true) -> (cut: Int?, note: PlanConstraint?) {
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
        guard narrow else { return (cut, nil) }
        // Count what already qualifies (executed, or fixed in a quarter before the audit); bring
        // forward the best-ranked movable ones for the rest.
        let tally = firstAuditTally(items, calendar: calendar, audit: audit)
        let fixedEarly = { (it: Item) in !it.movable && self.plannedBefore(it, cut: cut, calendar: calendar) }
        var need = Handbook.FirstAudit.fromInspection - tally.fromInspection.count - items.filter { Self.measure($0).isFromInspection && fixedEarly($0) }.count
        let snapshot = items
        let rank = { (i: Int) in (snapshot[i].theme.flatMap { themeRank[$0] } ?? Int.max, snapshot[i].id) }
        for i in items.indices.filter({ items[$0].finding && items[$0].movable }).sorted(by: { rank($0) < rank($1) }) where need > 0 {
            items[i].latest = min(items[i].latest, cut)
            need -= 1
        }
        if tally.communications.isEmpty && !items.contains(where: { Self.measure($0).isCommunication && fixedEarly($0) }) {
            let n = calendar.quarters.count
            let early = { (i: Int) in (snapshot[i].window.first ?? n, snapshot[i].id) }
            if let i = items.indices.filter({ Self.measure(items[$0]).isCommunication && items[$0].movable }).min(by: { early($0) < early($1) }) {
                items[i].latest = min(items[i].latest, cut)
            }
        }
        return (cut, nil)
    }

    /// What §5.2.2 still asks of the measures to be placed, for the exact planner's model: nil
    /// when it does not apply (a renewal, no audit date, the audit held).
    func auditNeed(_ items: [Item], calendar: PlanCalendar) -> AuditNeed? {
        guard settings.firstCertification, let audit = settings.auditDate, audit >= settings.asOf else { return nil }
        let cut = calendar.quarters.lastIndex { $0.lastDay < audit } ?? -1
        let tally = firstAuditTally(items, calendar: calendar, audit: audit)
        let fixedEarly = { (it: Item) in !it.movable && self.plannedBefore(it, cut: cut, calendar: calendar) }
        let inspection = Handbook.FirstAudit.fromInspection - tally.fromInspection.count - items.filter { Self.measure($0).isFromInspection && fixedEarly($0) }.count
        let communication = tally.communications.isEmpty && !items.contains(where: { Self.measure($0).isCommunication && fixedEarly($0) }) ? Handbook.FirstAudit.communications : 0
        return AuditNeed(cut: cut, inspection: max(0, inspection), communication: communication)
    }

    /// A measure as §5.2.2 reads it.
    static func measure(_ it: Item) -> Handbook.FirstAudit.Measure {
        Handbook.FirstAudit.Measure(id: it.id, status: it.status?.rawValue, done: it.record.done, finding: it.finding, fixed: it.fixed?.rawValue)
    }

    /// What the dossier shows executed by the audit (`Handbook.FirstAudit`): the measures and the
    /// communications records to all entrepreneurs.
    func firstAuditTally(_ items: [Item], calendar: PlanCalendar, audit: Day) -> Handbook.FirstAudit.Tally {
        let messages = dossier.communications.map { r in
            Handbook.FirstAudit.CommunicationRecord(id: r.id, audience: r.audience?.rawValue, date: r.date)
        }
        return Handbook.FirstAudit.tally(measures: items.map(Self.measure), messages: messages, planStart: calendar.start, audit: audit)
    }

    /// Whether a measure not done yet is planned to end before the audit (by column `cut`) in a
    /// quarter that is not over yet: one whose quarters have passed without it being done is late,
    /// and counts for nothing.
    func plannedBefore(_ it: Item, cut: Int, calendar: PlanCalendar) -> Bool {
        guard it.status != .done, let last = it.last else { return false }
        return last <= cut && calendar.quarters[last].lastDay >= settings.asOf
    }
}
