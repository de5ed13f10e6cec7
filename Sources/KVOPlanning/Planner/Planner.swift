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
package struct Planner: Sendable {
    package struct Settings: Sendable {
        package var asOf: Day
        /// Themes, best first (`ThemePriority` or the recorded priorities).
        package var ranking: [String]
        /// Hours a party can give per quarter, for all parties (else `parties.hoursPerQuarter`, else
        /// `Handbook.Plan.defaultHoursPerQuarter`).
        package var hoursPerQuarter: Double?
        /// Re-place every measure still to be done, not only the unplaced ones.
        package var replan: Bool
        /// Whether the dossier heads for a first certification (§5.2.2 applies), and its audit date.
        package var firstCertification: Bool
        package var auditDate: Day?
        /// The language of the titles of added measures (they are the dossier's, so Dutch unless the session is English).
        package var language: Language
        /// The exact planner's solver (GLPK, in kvo-plan); nil: the list scheduler alone.
        package var solver: (any PlanSolver)?
        /// Seconds the solver may search (`plan --time`).
        package var timeLimit: Double

        package init(asOf: Day, ranking: [String], hoursPerQuarter: Double? = nil, replan: Bool = false,
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

    package init(dossier: Dossier, settings: Settings) {
        self.dossier = dossier
        self.settings = settings
    }

    package func propose() -> PlanProposal {
        guard let start = dossier.plan.adopted else { return Self.withoutAdoptionDate(dossier) }
        let frame = Frame(calendar: PlanCalendar(start: start), asOf: settings.asOf)
        let themes = rankThemes()
        let capacity = partyCapacity()
        var items = measureItems(frame, themes: themes)
        Self.makeStaleMovable(&items)
        var changeSet = ChangeSet(dossier)
        let added = addFixedMeasures(&items, frame: frame, changeSet: &changeSet)
        assignParties(&items)

        // The exact planner, when there is a solver: where each measure starts.
        let (forced, solverReport) = settings.solver.map {
            exactPlacement(items, solver: $0, now: frame.now, capacity: capacity, calendar: frame.calendar)
        } ?? ([:], nil)
        // §5.2.2: before a first audit, 3 measures from the inspection and 1 communication are done.
        let (auditCut, auditNote) = bringForwardForFirstAudit(&items, calendar: frame.calendar, themeRank: themes.rank, narrow: forced.isEmpty)

        var scheduler = ListScheduler(items: items, frame: frame, capacity: capacity, parties: dossier.parties.map(\.id),
                                      forced: forced, themeRank: themes.rank)
        scheduler.placeMovable()
        scheduler.reportWhatStays()
        items = scheduler.items

        let constraints = [
            goalCoverage(themes.goalThemes),
            fixedConstraint(items, yearColumns: frame.yearColumns, pastShort: added.pastShort, added: added.ids.count, calendar: frame.calendar),
            auditNote ?? auditConstraint(items, cut: auditCut ?? -1, calendar: frame.calendar),
            scheduler.hoursConstraint(),
            spreadConstraint(items, parties: dossier.parties.map(\.id)),
            scheduler.dependencyConstraint(),
            scheduler.deadlineConstraint(),
        ]
        let themeYears = themes.ranked.map { PlanProposal.ThemeYear(theme: $0, rank: themes.rank[$0]! + 1, year: themes.year[$0]!) }
        PlanProposal.collect(items: items, calendar: frame.calendar, themeYears: themeYears, into: &changeSet)
        return PlanProposal(calendar: frame.calendar, themeYears: themeYears,
                            items: items.map { PlanProposal.Placement(id: $0.id, party: $0.party, columns: $0.columns, isNew: $0.isNew, movable: $0.movable) },
                            changeSet: changeSet, constraints: constraints, load: scheduler.load, capacity: capacity, addedIDs: added.ids,
                            solver: solverReport)
    }
}
