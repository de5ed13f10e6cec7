import KVOModel

/// The evaluators of this section of the handbook, one per rule, each in its own file named after the rule ID.
enum PlanRules {
    static let all: [any RuleEvaluator] = [
        GoalsSMART(),
        MandatoryThemes(),
        ChosenThemes(),
        MeasureFields(),
        InspectionPoints(),
        MeasureBalance(),
        MeasureCosts(),
        FixedMeasures(),
        PlanAdopted(),
        YearlyMeetings(),
        EvaluationsScheduled(),
        YearlyEvaluation(),
        ThirdYearEvaluation(),
        ImprovementsCarried(),
    ]
}

/// What the plan, evaluation and communication rules share: plan years, lists, percentages, themes.
enum PlanFacts {
    /// The plan year a quarter of the measures matrix belongs to: the plan year holding the quarter's
    /// first day; the quarter in which the plan was adopted belongs to plan year 1. Each quarter thus
    /// belongs to one plan year at most (with a plan adopted on 4 March, 2026Q1 is the last quarter of
    /// plan year 1, not the first of plan year 2).
    static func planYear(of quarter: Quarter, _ years: [PlanYear]) -> PlanYear? {
        PlanCalendar.year(of: quarter, in: years)
    }

    /// The plan years a measure is planned in, by its quarters.
    static func planYears(of measure: MeasureRecord, _ years: [PlanYear]) -> Set<Int> {
        Set(measure.quarters.compactMap { planYear(of: $0, years)?.number })
    }

    static func missingPlanStart() -> Finding {
        .missing(Message(en: "The plan of action's adoption date is not recorded, so the plan years are unknown; set it with: set plan adopted=YYYY-MM-DD.",
                         nl: "De datum waarop het plan van aanpak is vastgesteld ontbreekt, dus de planjaren zijn onbekend; vul hem in met: wijzig plan adopted=JJJJ-MM-DD."))
    }

    /// The plan years ended by the as-of date, or the finding that says why there are none.
    static func endedYears(_ c: CheckContext) -> ([PlanYear], Finding?) {
        let years = c.planYears
        guard let first = years.first else { return ([], missingPlanStart()) }
        let ended = c.endedPlanYears
        guard !ended.isEmpty else {
            return ([], .notApplicable(Message(en: "No plan year has ended by \(c.asOf): \(first.label.en) is still running.",
                                               nl: "Nog geen planjaar is afgelopen op \(c.asOf): \(first.label.nl) loopt nog.")))
        }
        return (ended, nil)
    }

    /// The handbook theme ID ("T05") of a goal's theme, or nil for an own theme or an unknown one.
    static func themeID(_ text: String?) -> String? {
        guard let t = text else { return nil }
        return ThemeCatalogue.handbook.theme(t)?.id
    }

    /// The name of an own theme: "own:Parkeren" and "Parkeren" both give "parkeren" (lower case, trimmed).
    static func ownThemeKey(_ text: String) -> String {
        var s = Substring(text)
        if s.lowercased().hasPrefix("own:") { s = s.dropFirst(4) }
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s.lowercased()
    }

    static func themeEN(_ t: Theme) -> String { "\(t.id) (\(t.english))" }
    static func themeNL(_ t: Theme) -> String { "\(t.id) (\(t.dutch))" }

    /// A record's name for messages: "Gemeente Dommelrode (PA-2)", or the bare ID without a name.
    static func named(_ id: String, _ name: String?) -> String {
        name.map { "\($0) (\(id))" } ?? id
    }

    /// Whether a measure was dropped (it no longer counts as planned work).
    static func dropped(_ m: MeasureRecord) -> Bool { m.status == .dropped || m.dropped != nil }
}
