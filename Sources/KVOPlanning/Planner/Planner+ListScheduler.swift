import KVOModel

/// The list scheduler of `Planner.propose`: places the movable measures one by one in dependency
/// order (`after`), tightest deadline first, each in the quarter that keeps its party within its
/// hours per quarter, lies in its plan year, and leaves the party's busiest quarter least busy;
/// what it cannot meet it reports, with the reason, as the hours, dependency and deadline
/// constraints of the proposal.
extension Planner {
    struct ListScheduler {
        typealias Problem = (en: String, nl: String)

        var items: [Item]
        let frame: Frame
        let capacity: [String: Double]
        /// The exact planner's start of a measure, when it found a plan.
        let forced: [String: Int]
        let themeRank: [String: Int]
        /// Each item's position by its ID.
        let index: [String: Int]
        /// The hours per party per column placed so far.
        var load: [String: [Double]] = [:]
        var depProblems: [Problem] = []
        var deadlineProblems: [Problem] = []
        var hourProblems: [Problem] = []

        var calendar: PlanCalendar { frame.calendar }

        /// Starts from the load of what stays where it is.
        init(items: [Item], frame: Frame, capacity: [String: Double], parties: [String], forced: [String: Int], themeRank: [String: Int]) {
            self.items = items
            self.frame = frame
            self.capacity = capacity
            self.forced = forced
            self.themeRank = themeRank
            index = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for p in parties { load[p] = Array(repeating: 0, count: frame.n) }
            for it in items where !it.movable { add(it) }
        }

        /// Adds a placed measure's hours, spread evenly over its quarters, to its party's load.
        mutating func add(_ it: Item) {
            guard let p = it.party, load[p] != nil, !it.columns.isEmpty else { return }
            let share = it.hours / Double(it.columns.count)
            for c in it.columns { load[p]![c] += share }
        }

        /// Places the movable measures in dependency order; a cycle is reported and left alone.
        mutating func placeMovable() {
            var waiting = Dictionary(uniqueKeysWithValues: items.indices.filter { items[$0].movable }.map { i in
                (i, Set(items[i].after.compactMap { index[$0] }.filter { items[$0].movable && $0 != i }))
            })
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
        }

        /// The first column a measure can start in after the measures it comes after, and the
        /// one of those that ends last.
        func earliestStart(_ it: Item) -> (column: Int, after: [String]) {
            var earliest = frame.now
            var after: [String] = []
            for p in it.after {
                guard let j = index[p], let end = items[j].last else { continue }
                if end + 1 > earliest { earliest = end + 1; after = [p] }
            }
            return (earliest, after)
        }

        /// Places one measure in its best start column, or, when none is left before its
        /// deadline, as early as the plan allows with the reason reported.
        mutating func place(_ it: inout Item) {
            let n = frame.n
            let d = min(it.duration, n)
            let (earliest, after) = earliestStart(it)
            let latestStart = it.latest - d + 1
            guard earliest <= latestStart, earliest < n else {
                let why = noRoom(it, duration: d, earliest: earliest, after: after)
                if after.isEmpty { deadlineProblems.append(why) } else { depProblems.append(why) }
                let s = max(0, min(earliest, n - d))
                it.columns = Array(s..<(s + d))
                add(it)
                return
            }
            let best = bestStart(it, duration: d, in: earliest...latestStart)
            it.columns = Array(best.start..<(best.start + d))
            add(it)
            if !best.fits { reportOverHours(it, earliest: earliest) }
        }

        /// Why a measure has no start left before its deadline.
        func noRoom(_ it: Item, duration d: Int, earliest: Int, after: [String]) -> Problem {
            let n = frame.n, now = frame.now, id = it.id
            if it.latest < 0 || it.latest < now {
                return ("\(id) must be done by \(it.latest >= 0 ? "\(calendar.quarters[it.latest])" : "the plan's start"), which has passed or comes before \(calendar.quarters[min(now, n - 1)])",
                        "\(id) moet klaar zijn in \(it.latest >= 0 ? "\(calendar.quarters[it.latest])" : "het begin van het plan"), en dat is voorbij of ligt vóór \(calendar.quarters[min(now, n - 1)])")
            } else if !after.isEmpty {
                return ("\(id) comes after \(after[0]) (ends \(calendar.quarters[earliest - 1])) but must end by \(calendar.quarters[it.latest])",
                        "\(id) komt na \(after[0]) (klaar \(calendar.quarters[earliest - 1])) maar moet klaar zijn in \(calendar.quarters[it.latest])")
            }
            return ("\(id) needs \(d) quarters but only \(max(0, it.latest - earliest + 1)) remain before its deadline",
                    "\(id) heeft \(d) kwartalen nodig maar er resten er \(max(0, it.latest - earliest + 1)) tot de termijn")
        }

        /// The start that keeps the party within its hours, then in the plan year, then nearest the
        /// preferred column, then with the lowest peak, then earliest (the exact planner's start
        /// when it has one in range).
        func bestStart(_ it: Item, duration d: Int, in starts: ClosedRange<Int>) -> (start: Int, fits: Bool) {
            let share = it.hours / Double(d)
            let cap = it.party.flatMap { capacity[$0] }
            var best: (key: (Int, Int, Int, Double, Int), start: Int)?
            let range = forced[it.id].flatMap { f in starts.contains(f) ? f...f : nil } ?? starts
            for s in range {
                let cols = s..<(s + d)
                let peak = it.party.map { p in cols.map { (load[p]?[$0] ?? 0) + share }.max() ?? 0 } ?? 0
                let fits = cap.map { peak <= $0 + 1e-9 } ?? true
                let inWindow = it.window.isEmpty || it.window.contains(s)
                let distance = it.preferred.map { abs($0 - s) } ?? 0
                let key = (fits ? 0 : 1, inWindow ? 0 : 1, distance, (peak * 100).rounded() / 100, s)
                if best == nil || key < best!.key { best = (key, s) }
            }
            return (best!.start, best!.key.0 == 0)
        }

        /// A measure placed where it does not fit its party's hours: where, and how busy it makes the party.
        mutating func reportOverHours(_ it: Item, earliest: Int) {
            guard let p = it.party, let cap = capacity[p] else { return }
            let peak = it.columns.map { load[p]![$0] }.max() ?? 0
            let busiest = it.columns.max { load[p]![$0] < load[p]![$1] }!
            hourProblems.append(("\(it.id) (\(Planner.hoursText(it.hours, .en))) does not fit \(p)'s \(Planner.hoursText(cap, .en)) per quarter anywhere from \(calendar.quarters[earliest]) to \(calendar.quarters[it.latest]); placed in \(calendar.quarters[busiest]) it brings \(p) to \(Planner.hoursText(peak, .en))",
                                 "\(it.id) (\(Planner.hoursText(it.hours, .nl))) past nergens van \(calendar.quarters[earliest]) t/m \(calendar.quarters[it.latest]) in de \(Planner.hoursText(cap, .nl)) per kwartaal van \(p); in \(calendar.quarters[busiest]) komt \(p) op \(Planner.hoursText(peak, .nl))"))
        }

        /// What stays fixed but breaks a rule is reported too.
        mutating func reportWhatStays() {
            for it in items where !it.movable {
                for p in it.after {
                    guard let j = index[p], let a = items[j].last, let b = it.first, b <= a else { continue }
                    depProblems.append(("\(it.id) starts in \(calendar.quarters[b]) but comes after \(p), which ends in \(calendar.quarters[a]); \(it.id) is \((it.status ?? .planned).rawValue) and was not moved",
                                        "\(it.id) begint in \(calendar.quarters[b]) maar komt na \(p), dat in \(calendar.quarters[a]) klaar is; \(it.id) is \(it.status?.rawValue ?? "gepland") en is niet verplaatst"))
                }
            }
            for (p, cap) in capacity.sorted(by: { $0.key < $1.key }) {
                for c in 0..<frame.n where load[p]![c] > cap + 1e-9 {
                    let mine = items.filter { $0.party == p && $0.columns.contains(c) }
                    guard !mine.contains(where: \.movable) else { continue }  // reported with the measure above
                    hourProblems.append(("\(p) has \(Planner.hoursText(load[p]![c], .en)) in \(calendar.quarters[c]), over its \(Planner.hoursText(cap, .en)), from measures that are not moved (\(Language.en.list(mine.map(\.id))))",
                                         "\(p) heeft \(Planner.hoursText(load[p]![c], .nl)) in \(calendar.quarters[c]), boven de \(Planner.hoursText(cap, .nl)), door maatregelen die niet verplaatst worden (\(Language.nl.list(mine.map(\.id))))"))
                }
            }
        }
    }
}
