import KVOModel

/// The measures matrix of the plan of action in the handbook's layout (§4.2.4, "Voorbeeld
/// maatregelmatrix"): rows grouped by goal and theme, WHO, one column per quarter of the three plan
/// years with a mark, and PROGRESS. Done measures are marked done; a measure not done whose last
/// quarter ended before the as-of date is overdue.
///
/// The columns are the plan's quarters (`PlanCalendar`), plus any quarter a measure is planned in
/// outside them, so nothing planned is hidden; without an adoption date they run from the first
/// to the last planned quarter.
package struct MeasuresMatrix: Sendable, Equatable {
    package enum Mark: String, Sendable {
        case planned = "x"
        case done = "✓"
        case overdue = "!"
        case dropped = "-"
    }

    package enum Progress: Sendable, Equatable {
        case planned
        case inProgress
        case done(Day?)
        case dropped(Day?)
        case overdue(Quarter)
        /// No quarter planned yet.
        case unplanned

        package var text: Message {
            switch self {
            case .planned: Message(en: "planned", nl: "gepland")
            case .inProgress: Message(en: "in progress", nl: "bezig")
            case .done(let d): Message(en: "done", nl: "gereed") + (d.map { " \($0)" } ?? "")
            case .dropped(let d): Message(en: "dropped", nl: "vervallen") + (d.map { " \($0)" } ?? "")
            case .overdue(let q): Message(en: "overdue since \(q)", nl: "achter, sinds \(q)")
            case .unplanned: Message(en: "not scheduled", nl: "niet ingepland")
            }
        }

        package func text(_ language: Language) -> String { text.text(language) }
    }

    package struct Row: Sendable, Equatable {
        package let id: String
        package let title: String
        package let party: String?
        package let who: String
        /// One entry per column: the mark in that quarter, or nil.
        package let marks: [Mark?]
        package let progress: Progress
        package let indicator: String?
        package let hours: Double?
        package let fixed: String?
    }

    package struct Group: Sendable, Equatable {
        /// nil for the measures without a goal.
        package let goal: String?
        package let title: String
        package let theme: String?
        package let rows: [Row]
    }

    package let calendar: PlanCalendar?
    package let columns: [Quarter]
    package let groups: [Group]
    package let asOf: Day

    package var rows: [Row] { groups.flatMap(\.rows) }

    /// The plan year of a column (1...3), or nil when outside the plan.
    package func planYear(ofColumn i: Int) -> Int? { calendar?.year(of: columns[i])?.number }

    package static func build(_ dossier: Dossier, asOf: Day, language: Language = .nl) -> MeasuresMatrix {
        let calendar = dossier.plan.adopted.map(PlanCalendar.init(start:))
        let measures = dossier.measures
        let planned: [String: [Quarter]] = Dictionary(uniqueKeysWithValues: measures.map { m in (m.id, m.quarters.sorted()) })

        var columnSet = Set(calendar?.quarters ?? [])
        for qs in planned.values { columnSet.formUnion(qs) }
        var columns = columnSet.sorted()
        if let first = columns.first, let last = columns.last, last.index - first.index + 1 > columns.count {
            columns = (first.index...last.index).map { Quarter(index: $0) }
        }
        let column = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })

        let parties = Dictionary(dossier.parties.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let goals = dossier.goals
        let rank = Self.themeOrder(dossier)

        func row(_ m: MeasureRecord) -> Row {
            let qs = planned[m.id] ?? []
            let status = m.status
            let progress: Progress
            let mark: Mark
            switch status {
            case .done?: progress = .done(m.done); mark = .done
            case .dropped?: progress = .dropped(m.dropped); mark = .dropped
            default:
                if let last = qs.last, last.lastDay < asOf {
                    progress = .overdue(last); mark = .overdue
                } else if qs.isEmpty {
                    progress = .unplanned; mark = .planned
                } else {
                    progress = status == .inProgress ? .inProgress : .planned; mark = .planned
                }
            }
            var marks = [Mark?](repeating: nil, count: columns.count)
            for q in qs { if let i = column[q] { marks[i] = mark } }
            let partyID = m.party
            let who = partyID.map { parties[$0]?.name ?? $0 } ?? ""
            return Row(id: m.id, title: m.title ?? "", party: partyID, who: who, marks: marks, progress: progress,
                       indicator: m.indicator, hours: m.hours, fixed: m.fixed?.rawValue)
        }
        func ordered(_ ms: [MeasureRecord]) -> [Row] {
            ms.sorted { a, b in
                let qa = planned[a.id]?.first, qb = planned[b.id]?.first
                if qa != qb { return (qa?.index ?? Int.max) < (qb?.index ?? Int.max) }
                return Self.idLess(a.id, b.id)
            }.map(row)
        }

        var byGoal: [String: [MeasureRecord]] = [:]
        var loose: [MeasureRecord] = []
        let goalIDs = Set(goals.map(\.id))
        for m in measures {
            if let g = m.goal, goalIDs.contains(g) { byGoal[g, default: []].append(m) } else { loose.append(m) }
        }
        let sortedGoals = goals.sorted { a, b in
            let ta = a.theme ?? "", tb = b.theme ?? ""
            let ra = rank[ta] ?? Int.max, rb = rank[tb] ?? Int.max
            if ra != rb { return ra < rb }
            if ta != tb { return ta < tb }
            return Self.idLess(a.id, b.id)
        }
        var groups: [Group] = []
        for g in sortedGoals {
            let rows = ordered(byGoal[g.id] ?? [])
            groups.append(Group(goal: g.id, title: g.description ?? g.id, theme: g.theme, rows: rows))
        }
        if !loose.isEmpty {
            groups.append(Group(goal: nil, title: Message(en: "Without a goal", nl: "Zonder doelstelling").text(language), theme: nil, rows: ordered(loose)))
        }
        return MeasuresMatrix(calendar: calendar, columns: columns, groups: groups, asOf: asOf)
    }

    /// The themes' order for grouping: the recorded priorities' ranks when there are any.
    static func themeOrder(_ dossier: Dossier) -> [String: Int] {
        var rank: [String: Int] = [:]
        for p in dossier.priorities {
            if let t = p.theme, let r = p.rank { rank[t] = r }
        }
        return rank
    }

    /// M-2 before M-10.
    static func idLess(_ a: String, _ b: String) -> Bool {
        func split(_ s: String) -> (String, Int) {
            let digits = s.reversed().prefix { $0.isNumber }
            return (String(s.dropLast(digits.count)), Int(String(digits.reversed())) ?? 0)
        }
        let (pa, na) = split(a), (pb, nb) = split(b)
        return pa != pb ? pa < pb : na < nb
    }

    /// Counts per mark, for the summary line.
    package var overdue: [Row] { rows.filter { if case .overdue = $0.progress { true } else { false } } }
    package var done: [Row] { rows.filter { if case .done = $0.progress { true } else { false } } }
}
