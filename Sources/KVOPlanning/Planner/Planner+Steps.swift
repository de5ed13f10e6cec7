import KVOModel

/// The steps of `Planner.propose` before the list scheduler: the plan's quarters, the themes'
/// plan years, the measures as items, the fixed measures a year lacks, and parties for measures
/// without one.
extension Planner {
    /// The plan's quarters as columns 0..<n, the first column still to come, and each plan year's columns.
    struct Frame {
        let calendar: PlanCalendar
        let n: Int
        /// The first column not yet past at `asOf` (n when the plan is over).
        let now: Int
        let yearColumns: [Int: [Int]]

        init(calendar: PlanCalendar, asOf: Day) {
            self.calendar = calendar
            n = calendar.quarters.count
            if asOf < calendar.quarters[0].firstDay {
                now = 0
            } else {
                now = calendar.column(of: asOf.quarter) ?? calendar.quarters.count
            }
            yearColumns = Dictionary(uniqueKeysWithValues: Handbook.Plan.yearNumbers.map { y in
                (y, calendar.quarters.indices.filter { calendar.year(of: calendar.quarters[$0])?.number == y })
            })
        }

        func column(_ q: Quarter) -> Int? { calendar.column(of: q) }
    }

    /// The themes with a goal, in ranking order, and the plan year each is in.
    struct Themes {
        let ranked: [String]
        let year: [String: Int]
        let rank: [String: Int]
        let goalThemes: Set<String>
        let goalTheme: [String: String]
        let goalDeadline: [String: Day]
    }

    /// The proposal when the plan has no adoption date: nothing placed, and why.
    static func withoutAdoptionDate(_ dossier: Dossier) -> PlanProposal {
        PlanProposal(calendar: nil, themeYears: [], items: [], changeSet: ChangeSet(dossier), constraints: [
            PlanConstraint(.fixed, .unknown,
                           en: "The plan of action has no adoption date, so its years and quarters are unknown: set plan adopted=YYYY-MM-DD.",
                           nl: "Het plan van aanpak heeft geen vaststellingsdatum, dus de planjaren en kwartalen zijn onbekend: set plan adopted=JJJJ-MM-DD."),
        ], load: [:], capacity: [:], addedIDs: [])
    }

    /// Themes with a goal, in ranking order, in three equal parts. A year the workgroup recorded
    /// stays (unless replanning); the others follow the thirds.
    func rankThemes() -> Themes {
        let goals = dossier.goals
        let goalTheme = Dictionary(goals.map { ($0.id, $0.theme ?? "") }, uniquingKeysWith: { a, _ in a })
        let goalDeadline = Dictionary(goals.compactMap { g in g.deadline.map { (g.id, $0) } }, uniquingKeysWith: { a, _ in a })
        let goalThemes = Set(goals.compactMap(\.theme))
        let ranked = settings.ranking.filter(goalThemes.contains) + goalThemes.subtracting(settings.ranking).sorted()
        var recordedYear: [String: Int] = [:]
        if !settings.replan {
            for p in dossier.priorities {
                if let t = p.theme, let y = p.year, Handbook.Plan.yearNumbers.contains(y) { recordedYear[t] = y }
            }
        }
        var themeYear: [String: Int] = [:]
        for (i, t) in ranked.enumerated() { themeYear[t] = recordedYear[t] ?? 1 + (i * Handbook.Plan.years) / max(ranked.count, 1) }
        let themeRank = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
        return Themes(ranked: ranked, year: themeYear, rank: themeRank, goalThemes: goalThemes, goalTheme: goalTheme, goalDeadline: goalDeadline)
    }

    /// The hours each party can give per quarter.
    func partyCapacity() -> [String: Double] {
        var capacity: [String: Double] = [:]
        for p in dossier.parties {
            capacity[p.id] = settings.hoursPerQuarter ?? p.hoursPerQuarter ?? Handbook.Plan.defaultHoursPerQuarter
        }
        return capacity
    }

    /// The measures not dropped, as items: where they are, whether they may move, and where they should go.
    func measureItems(_ frame: Frame, themes: Themes) -> [Item] {
        dossier.measures.compactMap { m in m.status == .dropped ? nil : item(m, frame: frame, themes: themes) }
    }

    func item(_ m: MeasureRecord, frame: Frame, themes: Themes) -> Item {
        let n = frame.n, calendar = frame.calendar
        let status = m.status
        let quarters = m.quarters.sorted()
        let cols = quarters.compactMap(frame.column)
        let open = status == nil || status == .planned
        let movable = open && (settings.replan || cols.isEmpty || cols.count < quarters.count || (cols.last ?? n) < frame.now)
        let goal = m.goal
        let theme = goal.flatMap { themes.goalTheme[$0] }
        let fixed = m.fixed
        var latest = n - 1
        // A goal's deadline binds its own measures, not the yearly fixed ones filed under it.
        if fixed == nil, let g = goal, let d = themes.goalDeadline[g] {
            latest = min(latest, calendar.quarters.lastIndex { $0.firstDay <= d } ?? -1)
        }
        var window: [Int] = []
        // A fixed measure (§4.2.5, or a year-end evaluation or meeting) stays in the plan year it is for.
        if fixed != nil, let c = cols.first, let y = calendar.year(of: calendar.quarters[c])?.number {
            window = frame.yearColumns[y] ?? []
        } else if let t = theme, let y = themes.year[t] {
            window = frame.yearColumns[y] ?? []
        }
        return Item(record: m, id: m.id, party: m.party, theme: theme, hours: m.hours ?? 0,
                    columns: cols, duration: max(1, min(quarters.count, n)), movable: movable, fixed: fixed,
                    finding: m.finding != nil, after: m.after, latest: latest,
                    window: window, preferred: nil, isNew: false, status: status)
    }

    /// A measure still to be done that waits for one being placed, or that starts before one
    /// it comes after has ended, is placed again too.
    static func makeStaleMovable(_ items: inout [Item]) {
        var changed = true
        while changed {
            changed = false
            let position = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for i in items.indices where !items[i].movable && (items[i].status == nil || items[i].status == .planned) {
                let stale = items[i].after.contains { p in
                    guard let j = position[p] else { return false }
                    if items[j].movable { return true }
                    guard let end = items[j].last, let start = items[i].first else { return false }
                    return end >= start
                }
                if stale {
                    items[i] = items[i].makingMovable()
                    changed = true
                }
            }
        }
    }

    /// §4.2.5: adds the fixed measures a plan year lacks. New measures get their IDs from the
    /// change set that will carry them (`PlanProposal.collect`). Returns their IDs, and what
    /// past years lack (they can no longer get it).
    func addFixedMeasures(_ items: inout [Item], frame: Frame, changeSet: inout ChangeSet)
        -> (ids: [String], pastShort: [(year: Int, kind: MeasureRecord.Fixed, missing: Int)]) {
        var addedIDs: [String] = []
        var pastShort: [(year: Int, kind: MeasureRecord.Fixed, missing: Int)] = []
        for y in Handbook.Plan.yearNumbers {
            let cols = frame.yearColumns[y] ?? []
            let open = cols.filter { $0 >= frame.now }
            for need in Self.fixedNeeds {
                let have = items.filter { $0.fixed == need.kind && ($0.window == cols || ($0.first.map(cols.contains) ?? false)) }.count
                guard have < need.count else { continue }
                guard !open.isEmpty else {
                    pastShort.append((y, need.kind, need.count - have))
                    continue
                }
                for k in have..<need.count {
                    let id = changeSet.newID(MeasureRecord.kind)
                    addedIDs.append(id)
                    let record = Self.fixedMeasure(need.kind, id: id, number: k + 1, of: need.count, year: y, language: settings.language)
                    let preferred = Self.preferredColumn(need.kind, index: k, of: need.count, in: open, calendar: frame.calendar)
                    items.append(Item(record: record, id: id, party: nil, theme: nil, hours: Self.fixedHours[need.kind] ?? 0,
                                      columns: [], duration: 1, movable: true, fixed: need.kind, finding: false, after: [],
                                      latest: frame.n - 1, window: open, preferred: preferred, isNew: true, status: .planned))
                }
            }
        }
        return (addedIDs, pastShort)
    }

    /// Parties for measures without one: the party with the fewest measures, then the fewest hours.
    func assignParties(_ items: inout [Item]) {
        let parties = dossier.parties
        for i in items.indices where items[i].party == nil && items[i].movable && !parties.isEmpty {
            let counts = Dictionary(grouping: items.compactMap(\.party), by: { $0 }).mapValues(\.count)
            let hours = Dictionary(grouping: items.filter { $0.party != nil }, by: { $0.party! }).mapValues { $0.reduce(0) { $0 + $1.hours } }
            let best = parties.map(\.id).min { a, b in
                let ca = counts[a] ?? 0, cb = counts[b] ?? 0
                if ca != cb { return ca < cb }
                let ha = hours[a] ?? 0, hb = hours[b] ?? 0
                return ha != hb ? ha < hb : MeasuresMatrix.idLess(a, b)
            }
            items[i].party = best
        }
    }
}
