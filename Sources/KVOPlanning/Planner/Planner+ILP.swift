import KVOModel

/// The exact planner's model (issue 18): one binary x[m][s] per measure still to be placed and
/// start quarter s, the measure then taking its `duration` consecutive quarters from s.
///
/// Constraints (each a group named in the facilitator's words, so a conflict can be reported):
/// every such measure starts exactly once; a party's hours per quarter (a measure's hours spread
/// evenly over its quarters) stay within its limit; a measure starts after the measures it comes
/// after have ended; it ends by its goal's deadline; a fixed measure stays in the plan year it is
/// for (§4.2.5); before a first audit enough measures from the inspection and a communication end
/// (§5.2.2). Objective, lexicographic by weights: themes' measures in their plan year, then the
/// fewest measures moved from the quarters they have, then the least busy busiest party-quarter.
extension Planner {
    /// What §5.2.2 still asks of the measures to be placed: by column `cut`, `inspection` more
    /// measures from the inspection and `communication` more communications.
    struct AuditNeed {
        let cut: Int
        let inspection: Int
        let communication: Int
    }

    struct ExactModel {
        var model: PlanModel
        /// The measure (index into the items) and start column of each x column.
        var starts: [(item: Int, start: Int)]
        /// The items in the model.
        var placed: Set<Int>
    }

    /// The model of placing the movable items from column `now`; items with no start left in the
    /// plan are left out (the list scheduler places and reports them).
    func exactModel(_ items: [Item], now: Int, capacity: [String: Double], audit: AuditNeed?, calendar: PlanCalendar) -> ExactModel {
        var building = ExactModelBuilding(items, now: now, calendar: calendar)
        building.startOnce()
        let totalHours = building.addHours(capacity: capacity)
        building.addDependencies()
        building.addDeadlinesAndYears(totalHours: totalHours)
        if let audit { building.addFirstAudit(audit) }
        return ExactModel(model: building.m, starts: building.starts, placed: building.placed)
    }

    /// The list scheduler's plan as a solution of the model, to start the search from.
    func warmStart(_ exact: ExactModel, items: [Item], proposal: PlanProposal, now: Int) -> [Double] {
        let first = Dictionary(proposal.items.compactMap { p in p.columns.first.map { (p.id, $0) } }, uniquingKeysWith: { a, _ in a })
        var x = exact.starts.map { first[items[$0.item].id] == $0.start ? 1.0 : 0.0 }
        let peak = proposal.load.values.flatMap { $0.dropFirst(now) }.max() ?? 0
        x.append(peak)
        return x
    }

    /// The objective values of a placement, counted on the plan itself rather than read from the
    /// model's weighted sum: themes' measures starting outside their plan year, measures moved from
    /// a start they could have kept, and the busiest party-quarter from `now` on (everything
    /// that stays included).
    func objectives(_ starts: [String: Int], items: [Item], now: Int, calendar: PlanCalendar) -> PlanSolverReport.Objectives {
        let n = calendar.quarters.count
        var outside = 0, moved = 0
        var load: [String: [Double]] = [:]
        for it in items {
            var cols = it.columns
            if it.movable, let s = starts[it.id] {
                if it.fixed == nil, !it.window.isEmpty, !it.window.contains(s) { outside += 1 }
                if let c0 = it.first, c0 >= now, s != c0 { moved += 1 }
                cols = Array(s..<(s + min(it.duration, n)))
            }
            guard let p = it.party, !cols.isEmpty else { continue }
            if load[p] == nil { load[p] = Array(repeating: 0, count: n) }
            for c in cols { load[p]![c] += it.hours / Double(cols.count) }
        }
        let peak = load.values.flatMap { $0.dropFirst(now) }.max() ?? 0
        return .init(outsideYear: outside, moved: moved, peak: peak)
    }

    /// The start column of each item the solution places.
    func exactStarts(_ exact: ExactModel, items: [Item], solution: PlanSolution) -> [String: Int] {
        var out: [String: Int] = [:]
        for (k, x) in exact.starts.enumerated() where k < solution.values.count && solution.values[k] > 0.5 {
            out[items[x.item].id] = x.start
        }
        return out
    }
}

extension Planner {
    /// Seconds the exact planner searches unless told otherwise (`plan --time`).
    package static let defaultTimeLimit = 2.0

    /// Solves the exact model, starting from the list scheduler's plan: the start column of every
    /// measure it places (none when it found no plan), and how it fared.
    func exactPlacement(_ items: [Item], solver: any PlanSolver, now: Int, capacity: [String: Double], calendar: PlanCalendar) -> ([String: Int], PlanSolverReport) {
        var exact = exactModel(items, now: now, capacity: capacity, audit: auditNeed(items, calendar: calendar), calendar: calendar)
        var listOnly = settings
        listOnly.solver = nil
        exact.model.start = warmStart(exact, items: items, proposal: Planner(dossier: dossier, settings: listOnly).propose(), now: now)
        let limit = settings.timeLimit
        func report(_ outcome: PlanSolverReport.Outcome, _ seconds: Double) -> PlanSolverReport {
            PlanSolverReport(solver: solver.name, outcome: outcome, timeLimit: limit, seconds: seconds)
        }
        guard let solution = solver.solve(exact.model, timeLimit: limit) else { return ([:], report(.unavailable, 0)) }
        switch solution.status {
        case .optimal, .feasible:
            let starts = exactStarts(exact, items: items, solution: solution)
            var r = report(solution.status == .optimal ? .optimal : .gap(solution.gap), solution.seconds)
            r.objectives = objectives(starts, items: items, now: now, calendar: calendar)
            return (starts, r)
        case .infeasible:
            let found = conflicts(exact.model, solver: solver, budget: limit)
            return ([:], report(.infeasible(conflicts: found.groups.map { exact.model.groups[$0] }, minimal: found.minimal), solution.seconds))
        case .unknown:
            return ([:], report(.noAnswer, solution.seconds))
        }
    }
}

/// The steps of `Planner.exactModel`: the model so far, and the x columns of each measure.
private struct ExactModelBuilding {
    typealias Item = Planner.Item
    let items: [Item]
    let now: Int
    let n: Int
    let calendar: PlanCalendar
    var m = PlanModel()
    var starts: [(item: Int, start: Int)] = []
    /// Each placed item's x columns, by start column.
    var columnsOf: [Int: [(start: Int, column: Int)]] = [:]
    let placed: Set<Int>

    /// One x column per movable measure and start column left in the plan.
    init(_ items: [Item], now: Int, calendar: PlanCalendar) {
        self.items = items
        self.now = now
        self.calendar = calendar
        n = calendar.quarters.count
        for i in items.indices where items[i].movable {
            let d = min(items[i].duration, n)
            guard now <= n - d else { continue }
            for s in now...(n - d) {
                columnsOf[i, default: []].append((s, m.addColumn(.init(binary: true))))
                starts.append((i, s))
            }
        }
        placed = Set(columnsOf.keys)
    }

    func q(_ c: Int) -> Quarter { calendar.quarters[c] }
    /// The last column of item i when it starts in s.
    func end(_ i: Int, _ s: Int) -> Int { s + min(items[i].duration, n) - 1 }

    /// Each measure starts once.
    mutating func startOnce() {
        for (_, cols) in columnsOf.sorted(by: { $0.key < $1.key }) {
            m.rows.append(.init(cols.map { .init($0.column, 1) }, lower: 1, upper: 1))
        }
    }

    /// Hours per party per quarter, over what stays where it is; the peak z over them all.
    /// Returns the hours of everything, the bound of the peak.
    mutating func addHours(capacity: [String: Double]) -> Double {
        var fixedLoad: [String: [Double]] = [:]
        for it in items where !it.movable {
            guard let p = it.party, capacity[p] != nil, !it.columns.isEmpty else { continue }
            if fixedLoad[p] == nil { fixedLoad[p] = Array(repeating: 0, count: n) }
            for c in it.columns { fixedLoad[p]![c] += it.hours / Double(it.columns.count) }
        }
        let totalHours = placed.reduce(0) { $0 + items[$1].hours } + (fixedLoad.values.flatMap { $0 }.max() ?? 0)
        let peak = m.addColumn(.init(binary: false, lower: 0, upper: totalHours + 1, cost: 1))
        for (p, cap) in capacity.sorted(by: { $0.key < $1.key }) {
            let mine = placed.filter { items[$0].party == p }.sorted()
            guard !mine.isEmpty else { continue }
            let group = m.addGroup(Message(en: "\(p) can give \(Planner.hoursText(cap, .en)) per quarter",
                                           nl: "\(p) kan \(Planner.hoursText(cap, .nl)) per kwartaal geven"))
            for c in now..<n {
                var terms: [PlanModel.Term] = []
                for i in mine {
                    let share = items[i].hours / Double(min(items[i].duration, n))
                    for x in columnsOf[i]! where x.start <= c && c <= end(i, x.start) && share != 0 { terms.append(.init(x.column, share)) }
                }
                guard !terms.isEmpty else { continue }
                let base = fixedLoad[p]?[c] ?? 0
                m.rows.append(.init(terms, upper: max(0, cap - base), group: group))
                m.rows.append(.init(terms.map { .init($0.column, -$0.coefficient) } + [.init(peak, 1)], lower: base))
            }
        }
        return totalHours
    }

    /// after: the successor starts after the predecessor has ended.
    mutating func addDependencies() {
        let index = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for i in items.indices {
            for pid in items[i].after {
                guard let j = index[pid], j != i else { continue }
                addDependency(i, after: j, name: Message(en: "\(items[i].id) starts after \(pid) has ended", nl: "\(items[i].id) begint nadat \(pid) klaar is"))
            }
        }
    }

    mutating func addDependency(_ i: Int, after j: Int, name: Message) {
        switch (columnsOf[i], columnsOf[j]) {
        case let (mine?, theirs?):
            let g = m.addGroup(name)
            m.rows.append(.init(mine.map { .init($0.column, Double($0.start)) } + theirs.map { .init($0.column, -Double(end(j, $0.start))) },
                                lower: 1, group: g))
        case let (mine?, nil):
            guard let e = items[j].last else { return }
            let early = mine.filter { $0.start <= e }
            guard !early.isEmpty else { return }
            let g = m.addGroup(name)
            m.rows.append(.init(early.map { .init($0.column, 1) }, upper: 0, group: g))
        case let (nil, theirs?):
            guard let b = items[i].first else { return }
            let late = theirs.filter { end(j, $0.start) >= b }
            guard !late.isEmpty else { return }
            let g = m.addGroup(name)
            m.rows.append(.init(late.map { .init($0.column, 1) }, upper: 0, group: g))
        case (nil, nil): return
        }
    }

    /// Deadlines, fixed measures' plan years (hard) and themes' plan years (the first objective).
    mutating func addDeadlinesAndYears(totalHours: Double) {
        let moved = totalHours + 2
        let outside = moved * Double(placed.count + 1)
        for i in placed.sorted() {
            let it = items[i], cols = columnsOf[i]!
            let late = cols.filter { end(i, $0.start) > it.latest }
            if !late.isEmpty {
                let by = it.latest >= 0 ? "\(q(it.latest))" : "\(calendar.start)"
                let g = m.addGroup(Message(en: "\(it.id) ends by its deadline (\(by))", nl: "\(it.id) is klaar op de termijn (\(by))"))
                m.rows.append(.init(late.map { .init($0.column, 1) }, upper: 0, group: g))
            }
            let window = Set(it.window)
            if it.fixed != nil, !window.isEmpty, cols.contains(where: { window.contains($0.start) }),
               let year = it.window.first.flatMap({ calendar.year(of: q($0))?.number }) {
                let away = cols.filter { !window.contains($0.start) }
                if !away.isEmpty {
                    let g = m.addGroup(Message(en: "\(it.id) (fixed, §4.2.5) stays in plan year \(year)", nl: "\(it.id) (vast, §4.2.5) blijft in planjaar \(year)"))
                    m.rows.append(.init(away.map { .init($0.column, 1) }, upper: 0, group: g))
                }
            }
            for x in cols {
                var cost = 0.0
                if it.fixed == nil, !window.isEmpty, !window.contains(x.start) { cost += outside }
                if let c0 = it.first, c0 >= now, x.start != c0 { cost += moved }
                m.columns[x.column].cost = cost
            }
        }
    }

    /// The x columns of the placed items that keep, ending by column cut.
    func byCut(_ cut: Int, _ keep: (Item) -> Bool) -> [(start: Int, column: Int)] {
        placed.sorted().filter { keep(items[$0]) }.flatMap { i in columnsOf[i]!.filter { end(i, $0.start) <= cut } }
    }

    /// §5.2.2: enough measures from the inspection, and a communication, end by the cut.
    mutating func addFirstAudit(_ audit: Planner.AuditNeed) {
        let when = audit.cut >= 0 ? "\(q(audit.cut))" : "\(calendar.start)"
        if audit.inspection > 0 {
            let g = m.addGroup(Message(en: "\(Handbook.FirstAudit.fromInspection) measures from the inspection are done by \(when), before the first audit (§5.2.2)",
                                       nl: "\(Handbook.FirstAudit.fromInspection) maatregelen uit de schouw zijn klaar in \(when), vóór de eerste audit (§5.2.2)"))
            m.rows.append(.init(byCut(audit.cut) { Planner.measure($0).isFromInspection }.map { .init($0.column, 1) }, lower: Double(audit.inspection), group: g))
        }
        if audit.communication > 0 {
            let g = m.addGroup(Message(en: "a communication to the entrepreneurs is done by \(when), before the first audit (§5.2.2)",
                                       nl: "een communicatie naar de ondernemers is klaar in \(when), vóór de eerste audit (§5.2.2)"))
            m.rows.append(.init(byCut(audit.cut) { Planner.measure($0).isCommunication }.map { .init($0.column, 1) }, lower: Double(audit.communication), group: g))
        }
    }
}
