import KVOModel

/// Places the ranked themes in plan years 1 to 3 and the measures in the plan's quarters (§4.1.4,
/// §4.2), keeping to the handbook's constraints (`PlanConstraint`).
///
/// What it may change: the quarters of measures still to be done (status planned or none) that are
/// not yet in the plan's quarters — or, with `replan`, of every such measure; the party of a measure
/// without one; and it adds the fixed measures of §4.2.5 a plan year lacks. Measures done, in
/// progress or dropped stay where they are: they are history. It never writes goals: a theme
/// without a goal is reported, since a SMART goal is the workgroup's to word.
///
/// How: themes with a goal are taken in ranking order and cut into three equal parts, plan years 1,
/// 2 and 3 (a year the workgroup already recorded in `priorities` stays, unless replanning). Measures are then placed one by one in dependency order (`after`), tightest deadline
/// first, each in the quarter that keeps its party within its hours per quarter, lies in its theme's
/// plan year (a fixed measure: in the year it is for), and leaves the party's busiest quarter least
/// busy — list scheduling: quick and explainable, not an optimiser, and every constraint it cannot
/// meet is reported with the reason.
public struct Planner: Sendable {
    public struct Settings: Sendable {
        public var asOf: Day
        /// Themes, best first (`ThemePriority` or the recorded priorities).
        public var ranking: [String]
        /// Hours a party can give per quarter, for all parties (else `parties.hoursPerQuarter`, else
        /// `Handbook.Plan.defaultHoursPerQuarter`).
        public var hoursPerQuarter: Double?
        /// Re-place every measure still to be done, not only the unplaced ones.
        public var replan: Bool
        /// Whether the dossier heads for a first certification (§5.2.2 applies), and its audit date.
        public var firstCertification: Bool
        public var auditDate: Day?
        /// The language of the titles of added measures (they are the dossier's, so Dutch unless the session is English).
        public var language: Language
        /// The exact planner's solver (GLPK, in kvo-plan); nil: the list scheduler alone.
        public var solver: (any PlanSolver)?
        /// Seconds the solver may search (`plan --time`).
        public var timeLimit: Double

        public init(asOf: Day, ranking: [String], hoursPerQuarter: Double? = nil, replan: Bool = false,
                    firstCertification: Bool = false, auditDate: Day? = nil, language: Language = .nl,
                    solver: (any PlanSolver)? = nil, timeLimit: Double = Planner.defaultTimeLimit) {
            self.solver = solver
            self.timeLimit = timeLimit
            self.asOf = asOf
            self.ranking = ranking
            self.hoursPerQuarter = hoursPerQuarter
            self.replan = replan
            self.firstCertification = firstCertification
            self.auditDate = auditDate
            self.language = language
        }
    }

    let dossier: Dossier
    let settings: Settings

    public init(dossier: Dossier, settings: Settings) {
        self.dossier = dossier
        self.settings = settings
    }

    public func propose() -> PlanProposal {
        guard let start = dossier.plan.adopted else {
            return PlanProposal(calendar: nil, themeYears: [], items: [], changeSet: ChangeSet(dossier), constraints: [
                PlanConstraint(.fixed, .unknown,
                               en: "The plan of action has no adoption date, so its years and quarters are unknown: set plan adopted=YYYY-MM-DD.",
                               nl: "Het plan van aanpak heeft geen vaststellingsdatum, dus de planjaren en kwartalen zijn onbekend: set plan adopted=JJJJ-MM-DD."),
            ], load: [:], capacity: [:], addedIDs: [])
        }
        let calendar = PlanCalendar(start: start)
        let n = calendar.quarters.count
        let column: (Quarter) -> Int? = { calendar.column(of: $0) }
        let now: Int = {
            if settings.asOf < calendar.quarters[0].firstDay { return 0 }
            return column(settings.asOf.quarter) ?? n
        }()
        let yearColumns: [Int: [Int]] = Dictionary(uniqueKeysWithValues: Handbook.Plan.yearNumbers.map { y in
            (y, calendar.quarters.indices.filter { calendar.year(of: calendar.quarters[$0])?.number == y })
        })
        var constraints: [PlanConstraint] = []

        // Themes with a goal, in ranking order, in three equal parts.
        let goals = dossier.goals
        let goalTheme = Dictionary(goals.map { ($0.id, $0.theme ?? "") }, uniquingKeysWith: { a, _ in a })
        let goalDeadline = Dictionary(goals.compactMap { g in g.deadline.map { (g.id, $0) } }, uniquingKeysWith: { a, _ in a })
        let goalThemes = Set(goals.compactMap(\.theme))
        let ranked = settings.ranking.filter(goalThemes.contains) + goalThemes.subtracting(settings.ranking).sorted()
        // A year the workgroup recorded stays (unless replanning); the others follow the thirds.
        var recordedYear: [String: Int] = [:]
        if !settings.replan {
            for p in dossier.priorities {
                if let t = p.theme, let y = p.year, Handbook.Plan.yearNumbers.contains(y) { recordedYear[t] = y }
            }
        }
        var themeYear: [String: Int] = [:]
        for (i, t) in ranked.enumerated() { themeYear[t] = recordedYear[t] ?? 1 + (i * Handbook.Plan.years) / max(ranked.count, 1) }
        let themeRank = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
        constraints.append(goalCoverage(goalThemes))

        // Parties and their hours.
        let parties = dossier.parties
        var capacity: [String: Double] = [:]
        for p in parties {
            capacity[p.id] = settings.hoursPerQuarter ?? p.hoursPerQuarter ?? Handbook.Plan.defaultHoursPerQuarter
        }

        // The measures.
        var items: [Item] = []
        for m in dossier.measures {
            let status = m.status
            guard status != .dropped else { continue }
            let quarters = m.quarters.sorted()
            let cols = quarters.compactMap(column)
            let open = status == nil || status == .planned
            let movable = open && (settings.replan || cols.isEmpty || cols.count < quarters.count || (cols.last ?? n) < now)
            let goal = m.goal
            let theme = goal.flatMap { goalTheme[$0] }
            let fixed = m.fixed
            var latest = n - 1
            // A goal's deadline binds its own measures, not the yearly fixed ones filed under it.
            if fixed == nil, let g = goal, let d = goalDeadline[g] {
                latest = min(latest, calendar.quarters.lastIndex { $0.firstDay <= d } ?? -1)
            }
            var window: [Int] = []
            // A fixed measure (§4.2.5, or a year-end evaluation or meeting) stays in the plan year it is for.
            if fixed != nil, let c = cols.first, let y = calendar.year(of: calendar.quarters[c])?.number {
                window = yearColumns[y] ?? []
            } else if let t = theme, let y = themeYear[t] {
                window = yearColumns[y] ?? []
            }
            items.append(Item(record: m, id: m.id, party: m.party, theme: theme, hours: m.hours ?? 0,
                              columns: cols, duration: max(1, min(quarters.count, n)), movable: movable, fixed: fixed,
                              finding: m.finding != nil, after: m.after, latest: latest,
                              window: window, preferred: nil, isNew: false, status: status))
        }

        // A measure still to be done that waits for one being placed, or that starts before one
        // it comes after has ended, is placed again too.
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

        // §4.2.5: add the fixed measures a plan year lacks.
        // New measures get their IDs from the change set that will carry them (`PlanProposal.collect`).
        var changeSet = ChangeSet(dossier)
        var addedIDs: [String] = []
        var pastShort: [(year: Int, kind: MeasureRecord.Fixed, missing: Int)] = []
        for y in Handbook.Plan.yearNumbers {
            let cols = yearColumns[y] ?? []
            let open = cols.filter { $0 >= now }
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
                    let preferred = Self.preferredColumn(need.kind, index: k, of: need.count, in: open, calendar: calendar)
                    items.append(Item(record: record, id: id, party: nil, theme: nil, hours: Self.fixedHours[need.kind] ?? 0,
                                      columns: [], duration: 1, movable: true, fixed: need.kind, finding: false, after: [],
                                      latest: n - 1, window: open, preferred: preferred, isNew: true, status: .planned))
                }
            }
        }

        // Parties for measures without one: the party with the fewest measures, then the fewest hours.
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

        // The exact planner, when there is a solver: where each measure starts.
        let (forced, solverReport) = settings.solver.map { exactPlacement(items, solver: $0, now: now, capacity: capacity, calendar: calendar) } ?? ([:], nil)

        // §5.2.2: before a first audit, 3 measures from the inspection and 1 communication are done.
        let (auditCut, auditNote) = bringForwardForFirstAudit(&items, calendar: calendar, themeRank: themeRank, narrow: forced.isEmpty)

        // Load of what stays where it is.
        var load: [String: [Double]] = [:]
        for p in parties { load[p.id] = Array(repeating: 0, count: n) }
        func add(_ it: Item, sign: Double = 1) {
            guard let p = it.party, load[p] != nil, !it.columns.isEmpty else { return }
            let share = it.hours / Double(it.columns.count)
            for c in it.columns { load[p]![c] += sign * share }
        }
        for it in items where !it.movable { add(it) }

        // Dependency order among the movable measures; a cycle is reported and left alone.
        let index = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var waiting = Dictionary(uniqueKeysWithValues: items.indices.filter { items[$0].movable }.map { i in
            (i, Set(items[i].after.compactMap { index[$0] }.filter { items[$0].movable && $0 != i }))
        })
        var depProblems: [(en: String, nl: String)] = []
        var deadlineProblems: [(en: String, nl: String)] = []
        var hourProblems: [(en: String, nl: String)] = []
        while !waiting.isEmpty {
            let ready = waiting.filter { $0.value.isEmpty }.map(\.key)
            guard !ready.isEmpty else {
                let stuck = waiting.keys.map { items[$0].id }.sorted(by: MeasuresMatrix.idLess)
                depProblems.append(("\(Language.en.list(stuck)) wait for each other (after), so none of them can go first; they keep their quarters.",
                                    "\(Language.nl.list(stuck)) wachten op elkaar (after), dus geen ervan kan eerst; ze houden hun kwartalen."))
                break
            }
            let i = ready.min { a, b in
                let ka = (items[a].latest, items[a].theme.flatMap { themeRank[$0] } ?? Int.max)
                let kb = (items[b].latest, items[b].theme.flatMap { themeRank[$0] } ?? Int.max)
                return ka != kb ? ka < kb : MeasuresMatrix.idLess(items[a].id, items[b].id)
            }!
            waiting[i] = nil
            for k in waiting.keys { waiting[k]!.remove(i) }
            var item = items[i]
            place(&item)
            items[i] = item
        }

        func place(_ it: inout Item) {
            let d = min(it.duration, n)
            var earliest = now
            var after: [String] = []
            for p in it.after {
                guard let j = index[p], let end = items[j].last else { continue }
                if end + 1 > earliest { earliest = end + 1; after = [p] }
            }
            let latestStart = it.latest - d + 1
            let share = it.hours / Double(d)
            let cap = it.party.flatMap { capacity[$0] }
            guard earliest <= latestStart, earliest < n else {
                let id = it.id
                let why: (en: String, nl: String)
                if it.latest < 0 || it.latest < now {
                    why = ("\(id) must be done by \(it.latest >= 0 ? "\(calendar.quarters[it.latest])" : "the plan's start"), which has passed or comes before \(calendar.quarters[min(now, n - 1)])",
                           "\(id) moet klaar zijn in \(it.latest >= 0 ? "\(calendar.quarters[it.latest])" : "het begin van het plan"), en dat is voorbij of ligt vóór \(calendar.quarters[min(now, n - 1)])")
                } else if !after.isEmpty {
                    why = ("\(id) comes after \(after[0]) (ends \(calendar.quarters[earliest - 1])) but must end by \(calendar.quarters[it.latest])",
                           "\(id) komt na \(after[0]) (klaar \(calendar.quarters[earliest - 1])) maar moet klaar zijn in \(calendar.quarters[it.latest])")
                } else {
                    why = ("\(id) needs \(d) quarters but only \(max(0, it.latest - earliest + 1)) remain before its deadline",
                           "\(id) heeft \(d) kwartalen nodig maar er resten er \(max(0, it.latest - earliest + 1)) tot de termijn")
                }
                if after.isEmpty { deadlineProblems.append(why) } else { depProblems.append(why) }
                let s = max(0, min(earliest, n - d))
                it.columns = Array(s..<(s + d))
                add(it)
                return
            }
            var best: (key: (Int, Int, Int, Double, Int), start: Int)?
            let range = forced[it.id].flatMap { f in (earliest...latestStart).contains(f) ? f...f : nil } ?? earliest...latestStart
            for s in range {
                let cols = s..<(s + d)
                let peak = it.party.map { p in cols.map { (load[p]?[$0] ?? 0) + share }.max() ?? 0 } ?? 0
                let fits = cap.map { peak <= $0 + 1e-9 } ?? true
                let inWindow = it.window.isEmpty || it.window.contains(s)
                let distance = it.preferred.map { abs($0 - s) } ?? 0
                let key = (fits ? 0 : 1, inWindow ? 0 : 1, distance, (peak * 100).rounded() / 100, s)
                if best == nil || key < best!.key { best = (key, s) }
            }
            let s = best!.start
            it.columns = Array(s..<(s + d))
            add(it)
            if best!.key.0 == 1, let p = it.party, let cap {
                let peak = it.columns.map { load[p]![$0] }.max() ?? 0
                let busiest = it.columns.max { load[p]![$0] < load[p]![$1] }!
                hourProblems.append(("\(it.id) (\(Self.hoursText(it.hours, .en))) does not fit \(p)'s \(Self.hoursText(cap, .en)) per quarter anywhere from \(calendar.quarters[earliest]) to \(calendar.quarters[it.latest]); placed in \(calendar.quarters[busiest]) it brings \(p) to \(Self.hoursText(peak, .en))",
                                     "\(it.id) (\(Self.hoursText(it.hours, .nl))) past nergens van \(calendar.quarters[earliest]) t/m \(calendar.quarters[it.latest]) in de \(Self.hoursText(cap, .nl)) per kwartaal van \(p); in \(calendar.quarters[busiest]) komt \(p) op \(Self.hoursText(peak, .nl))"))
            }
        }

        // What stays fixed but breaks a rule is reported too.
        for it in items where !it.movable {
            for p in it.after {
                guard let j = index[p], let a = items[j].last, let b = it.first, b <= a else { continue }
                depProblems.append(("\(it.id) starts in \(calendar.quarters[b]) but comes after \(p), which ends in \(calendar.quarters[a]); \(it.id) is \((it.status ?? .planned).rawValue) and was not moved",
                                    "\(it.id) begint in \(calendar.quarters[b]) maar komt na \(p), dat in \(calendar.quarters[a]) klaar is; \(it.id) is \(it.status?.rawValue ?? "gepland") en is niet verplaatst"))
            }
        }
        for (p, cap) in capacity.sorted(by: { $0.key < $1.key }) {
            for c in 0..<n where load[p]![c] > cap + 1e-9 {
                let mine = items.filter { $0.party == p && $0.columns.contains(c) }
                guard !mine.contains(where: \.movable) else { continue }  // reported with the measure above
                hourProblems.append(("\(p) has \(Self.hoursText(load[p]![c], .en)) in \(calendar.quarters[c]), over its \(Self.hoursText(cap, .en)), from measures that are not moved (\(Language.en.list(mine.map(\.id))))",
                                     "\(p) heeft \(Self.hoursText(load[p]![c], .nl)) in \(calendar.quarters[c]), boven de \(Self.hoursText(cap, .nl)), door maatregelen die niet verplaatst worden (\(Language.nl.list(mine.map(\.id))))"))
            }
        }

        constraints.append(fixedConstraint(items, yearColumns: yearColumns, pastShort: pastShort, added: addedIDs.count, calendar: calendar))
        constraints.append(auditNote ?? auditConstraint(items, cut: auditCut ?? -1, calendar: calendar))
        let peak = load.flatMap { p, l in l.enumerated().map { (p, $0.offset, $0.element) } }.max { $0.2 < $1.2 }
        if hourProblems.isEmpty {
            let limits = Set(capacity.values)
            let limitEN = limits.count == 1 ? "the limit of \(Self.hoursText(limits.first!, .en))" : "its own limit of hours"
            let limitNL = limits.count == 1 ? "de grens van \(Self.hoursText(limits.first!, .nl))" : "de eigen grens aan uren"
            let busiest = peak.map { " (busiest: \($0.0) with \(Self.hoursText($0.2, .en)) in \(calendar.quarters[$0.1]))" } ?? ""
            let drukst = peak.map { " (drukst: \($0.0) met \(Self.hoursText($0.2, .nl)) in \(calendar.quarters[$0.1]))" } ?? ""
            constraints.append(PlanConstraint(.hours, .met, en: "Every party stays within \(limitEN) per quarter\(busiest).",
                                              nl: "Elke partij blijft binnen \(limitNL) per kwartaal\(drukst)."))
        } else {
            let shown = hourProblems.prefix(3)
            let more = hourProblems.count - shown.count
            let moreEN = more > 0 ? "; and \(more) more like \(more == 1 ? "it" : "these")" : ""
            let moreNL = more > 0 ? "; en nog \(more) zo" : ""
            constraints.append(PlanConstraint(.hours, .unmet, en: shown.map(\.en).joined(separator: "; ") + moreEN + ". Raise the limit (plan --hours N, or set PA-n hoursPerQuarter=N), give a measure to another party, or allow it more time.",
                                              nl: shown.map(\.nl).joined(separator: "; ") + moreNL + ". Verhoog de grens (plan --hours N, of set PA-n hoursPerQuarter=N), geef een maatregel aan een andere partij, of geef hem meer tijd."))
        }
        constraints.append(spreadConstraint(items, parties: parties.map(\.id)))
        let links = items.reduce(0) { $0 + $1.after.count }
        constraints.append(depProblems.isEmpty
            ? PlanConstraint(.dependencies, links == 0 ? .notApplicable : .met,
                             en: links == 0 ? "No measure waits for another." : links == 1 ? "The one dependency (after) is respected." : "All \(links) dependencies (after) are respected.",
                             nl: links == 0 ? "Geen maatregel wacht op een andere." : links == 1 ? "De ene afhankelijkheid (after) wordt gerespecteerd." : "Alle \(links) afhankelijkheden (after) worden gerespecteerd.")
            : PlanConstraint(.dependencies, .unmet, en: depProblems.map(\.en).joined(separator: "; ") + ".", nl: depProblems.map(\.nl).joined(separator: "; ") + "."))
        let bounded = items.filter { $0.latest < n - 1 }.count
        constraints.append(deadlineProblems.isEmpty
            ? PlanConstraint(.deadlines, bounded == 0 ? .notApplicable : .met,
                             en: bounded == 0 ? "No measure has a deadline inside the plan." : "\(bounded) measure\(bounded == 1 ? " ends" : "s end") by \(bounded == 1 ? "its" : "their") deadline (the goal's, or the first audit's).",
                             nl: bounded == 0 ? "Geen maatregel heeft een termijn binnen het plan." : "\(bounded) maatregel\(bounded == 1 ? " is" : "en zijn") op tijd klaar (termijn van het doel of van de eerste audit).")
            : PlanConstraint(.deadlines, .unmet, en: deadlineProblems.map(\.en).joined(separator: "; ") + ".", nl: deadlineProblems.map(\.nl).joined(separator: "; ") + "."))

        let themeYears = ranked.map { PlanProposal.ThemeYear(theme: $0, rank: themeRank[$0]! + 1, year: themeYear[$0]!) }
        PlanProposal.collect(items: items, calendar: calendar, themeYears: themeYears, into: &changeSet)
        return PlanProposal(calendar: calendar, themeYears: themeYears, items: items.map { PlanProposal.Placement(id: $0.id, party: $0.party, columns: $0.columns, isNew: $0.isNew, movable: $0.movable) },
                            changeSet: changeSet, constraints: constraints, load: load, capacity: capacity, addedIDs: addedIDs,
                            solver: solverReport)
    }
}
