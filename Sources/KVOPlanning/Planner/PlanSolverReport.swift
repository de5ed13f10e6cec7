import KVOModel

/// How the exact planner fared: proven optimal, the best found with its gap to the bound, no plan
/// at all (and which constraints conflict), or not run (the solver is missing; the list
/// scheduler's plan stands).
package struct PlanSolverReport: Sendable {
    package enum Outcome: Sendable {
        case optimal
        /// The best plan found when the time ran out, and how far it may be from the optimum.
        case gap(Double?)
        /// No plan meets every constraint; these groups conflict (irreducible unless `minimal` is false,
        /// when the time ran out before the set was whittled down).
        case infeasible(conflicts: [Message], minimal: Bool)
        /// Time ran out before any plan was found or none proven to exist.
        case noAnswer
        case unavailable
    }

    /// The objective values of the plan found, in the model's order (docs/prioritisation.md §4.1),
    /// so that they can be compared with an independent solver (PlanReferenceTests).
    package struct Objectives: Sendable, Equatable {
        /// Measures of a theme that start outside the theme's plan year.
        package let outsideYear: Int
        /// Measures moved from the quarter they start in (of those that could stay).
        package let moved: Int
        /// The busiest party-quarter from the as-of quarter on, in hours.
        package let peak: Double
    }

    package let solver: String
    package let outcome: Outcome
    package let timeLimit: Double
    package let seconds: Double
    /// Set when a plan was found (optimal or within a gap).
    package var objectives: Objectives?

    package init(solver: String, outcome: Outcome, timeLimit: Double, seconds: Double, objectives: Objectives? = nil) {
        self.solver = solver
        self.outcome = outcome
        self.timeLimit = timeLimit
        self.seconds = seconds
        self.objectives = objectives
    }

    package var status: String {
        switch outcome {
        case .optimal: "optimal"
        case .gap: "gap"
        case .infeasible: "infeasible"
        case .noAnswer: "no-answer"
        case .unavailable: "unavailable"
        }
    }

    package var message: Message {
        let limit = Language.en.number(timeLimit, decimals: 1), limitNL = Language.nl.number(timeLimit, decimals: 1)
        switch outcome {
        case .optimal:
            return Message(en: "Exact planner (\(solver)): the measures it may move are placed optimally — themes in their plan year, then the fewest measures moved, then the least busy busiest quarter.",
                           nl: "Exacte planner (\(solver)): de maatregelen die hij mag verplaatsen staan optimaal — thema's in hun planjaar, dan de minste maatregelen verplaatst, dan het minst drukke drukste kwartaal.")
        case .gap(let g):
            let en = g.map { "within \(Language.en.number($0 * 100, decimals: 1)) % of the bound" } ?? "not proven optimal"
            let nl = g.map { "binnen \(Language.nl.number($0 * 100, decimals: 1)) % van de grens" } ?? "niet bewezen optimaal"
            return Message(en: "Exact planner (\(solver)): the best plan found in \(limit) s, \(en) (plan --time SECONDS allows more time).",
                           nl: "Exacte planner (\(solver)): het beste plan gevonden in \(limitNL) s, \(nl) (plan --time SECONDEN geeft meer tijd).")
        case .infeasible(let conflicts, let minimal):
            let en = Language.en.list(conflicts.map(\.en)), nl = Language.nl.list(conflicts.map(\.nl))
            return Message(en: "Exact planner (\(solver)): no plan meets every constraint; these cannot all hold together\(minimal ? "" : " (time ran out before the smallest such set was found)"): \(en). Relax one of them; the attempt above is the list scheduler's.",
                           nl: "Exacte planner (\(solver)): geen plan voldoet aan alle eisen; deze kunnen niet allemaal tegelijk gelden\(minimal ? "" : " (de tijd was op voordat de kleinste zo'n set gevonden was)"): \(nl). Laat er één van los; de poging hierboven is die van de lijstplanner.")
        case .noAnswer:
            return Message(en: "Exact planner (\(solver)): no plan found in \(limit) s, nor proven impossible; the attempt above is the list scheduler's (plan --time SECONDS allows more time).",
                           nl: "Exacte planner (\(solver)): in \(limitNL) s geen plan gevonden en ook niet bewezen dat er geen is; de poging hierboven is die van de lijstplanner (plan --time SECONDEN geeft meer tijd).")
        case .unavailable:
            return Message(en: "The exact planner (\(solver)) could not be run; this plan is the list scheduler's, which can miss a plan that exists.",
                           nl: "De exacte planner (\(solver)) kon niet draaien; dit plan is van de lijstplanner, die een bestaand plan kan missen.")
        }
    }
}
