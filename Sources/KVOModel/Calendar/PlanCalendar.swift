/// One of the three plan years of the plan of action: year 1 starts on the day the plan was adopted.
public struct PlanYear: Sendable, Equatable {
    public let number: Int
    public let first: Day
    public let last: Day

    public init(number: Int, first: Day, last: Day) {
        self.number = number
        self.first = first
        self.last = last
    }

    public func contains(_ day: Day) -> Bool { day >= first && day <= last }

    /// "plan year 1 (2025-03-01 to 2026-02-28)".
    public var label: Message {
        Message(en: "plan year \(number) (\(first) to \(last))", nl: "planjaar \(number) (\(first) t/m \(last))")
    }
}

/// The plan's three years and the quarters of its measures matrix (§4.2.4), from the adoption date.
///
/// A quarter belongs to the plan year holding its first day, and the quarter in which the plan was
/// adopted belongs to plan year 1. Each quarter thus belongs to one plan year at most; with a plan
/// adopted on 4 March, 2026Q1 is the last quarter of plan year 1, not the first of plan year 2, and
/// the matrix has 13 columns (plan year 1 has 5 quarters). A plan adopted on the first day of a
/// quarter has exactly 12. The checks (KVO-4.2.5-FIXED) and the planner use this one rule.
public struct PlanCalendar: Sendable, Equatable {
    public let start: Day
    public let years: [PlanYear]
    /// The quarters of the plan, in order, each with its plan year.
    public let quarters: [Quarter]

    public init(start: Day) {
        self.start = start
        let years = Handbook.Plan.yearNumbers.map { Handbook.Plan.year($0, adopted: start) }
        self.years = years
        var quarters: [Quarter] = []
        var q = start.quarter
        while q.firstDay <= years[years.count - 1].last {
            quarters.append(q)
            q = q.adding(1)
        }
        self.quarters = quarters
    }

    /// The plan year a quarter belongs to, or nil outside the plan.
    public func year(of quarter: Quarter) -> PlanYear? {
        Self.year(of: quarter, in: years)
    }

    public static func year(of quarter: Quarter, in years: [PlanYear]) -> PlanYear? {
        guard let first = years.first else { return nil }
        if let y = years.first(where: { $0.contains(quarter.firstDay) }) { return y }
        if quarter.firstDay < first.first && quarter.lastDay >= first.first { return first }
        return nil
    }

    /// The quarters of one plan year (1...3, `Handbook.Plan.yearNumbers`).
    public func quarters(inYear number: Int) -> [Quarter] {
        quarters.filter { year(of: $0)?.number == number }
    }

    /// Position of a quarter among the plan's quarters (0-based), or nil outside the plan.
    public func column(of quarter: Quarter) -> Int? {
        guard let first = quarters.first else { return nil }
        let i = quarter.index - first.index
        return i >= 0 && i < quarters.count ? i : nil
    }
}
