extension Handbook {
    /// §4.2–§4.4: the plan of action's three years and what each of them holds.
    public enum Plan {
        /// §4.1.4/§4.2: "De thema's kunnen in een tijdpad van drie jaar worden uitgezet"; year 1
        /// starts on the day the plan was adopted (§4.3), years 2 and 3 follow (§4.4: evaluated
        /// yearly, the third year ends the cycle, §4.4.2).
        public static let years = 3

        /// The plan years, numbered 1...3.
        public static var yearNumbers: ClosedRange<Int> { 1...years }

        /// The plan's years and quarters from its adoption date (`PlanCalendar` holds the quarter rule).
        public static func calendar(adopted: Day) -> PlanCalendar { PlanCalendar(start: adopted) }

        /// Plan year `number` (1...3) of a plan adopted on `adopted`: from the adoption date plus
        /// `number - 1` years to the day before the next anniversary.
        public static func year(_ number: Int, adopted: Day) -> PlanYear {
            PlanYear(number: number, first: adopted.adding(years: number - 1), last: adopted.adding(years: number).adding(days: -1))
        }

        /// One of the fixed measures of §4.2.5 and how many of it each plan year holds.
        public struct FixedMeasure: Sendable, Equatable {
            /// The `measures.fixed` value.
            public let kind: String
            public let perYear: Int
        }

        /// §4.2.5 "Vaste maatregelen", per plan year: "jaarlijks minimaal 1 dagschouw en 1
        /// avondschouw", "jaarlijks tussentijdse evaluatie", "minimaal 2 x per jaar communicatie
        /// uitingen naar achterban ondernemers", "minimaal 2 x per jaar aanleveren incidentcijfers".
        public static let fixedMeasures = [
            FixedMeasure(kind: "day-inspection", perYear: 1),
            FixedMeasure(kind: "evening-inspection", perYear: 1),
            FixedMeasure(kind: "interim-evaluation", perYear: 1),
            FixedMeasure(kind: "communication", perYear: 2),
            FixedMeasure(kind: "delivery", perYear: 2),
        ]

        /// How many measures of a fixed kind each plan year holds (0 for a kind §4.2.5 does not fix).
        public static func fixedPerYear(_ kind: String) -> Int { fixedMeasures.first { $0.kind == kind }?.perYear ?? 0 }

        /// A plan year holding fewer measures of a fixed kind than §4.2.5 asks.
        public struct FixedShortfall: Sendable, Equatable {
            public let year: Int
            /// The `measures.fixed` value.
            public let kind: String
            public let have: Int
            public var need: Int { fixedPerYear(kind) }
        }

        /// §4.2.5 judged once, for `check` (KVO-4.2.5-FIXED) and for `plan` after it has placed the
        /// measures: per plan year in `years` (ascending) and per fixed kind (in `fixedMeasures`
        /// order), the shortfalls. Each measure is its fixed kind and the plan years its quarters
        /// fall in; it counts for every one of them. Dropped measures are left out by the caller.
        public static func fixedShortfalls(years: [Int], measures: [(kind: String, years: Set<Int>)]) -> [FixedShortfall] {
            years.flatMap { y in
                fixedMeasures.compactMap { f -> FixedShortfall? in
                    let have = measures.filter { $0.kind == f.kind && $0.years.contains(y) }.count
                    return have < f.perYear ? FixedShortfall(year: y, kind: f.kind, have: have) : nil
                }
            }
        }

        /// §4.2.2: goals cover at least 7 of the (10) mandatory themes.
        public static let minimumMandatoryThemesWithGoal = 7

        /// kvo's assumption, not a handbook number: the hours a party can give to measures per
        /// quarter when neither `plan --hours` nor the party's `hoursPerQuarter` says (§4.2.4 asks
        /// only for "de benodigde tijd").
        public static let defaultHoursPerQuarter = 40.0
    }
}
