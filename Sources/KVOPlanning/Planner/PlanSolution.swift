import KVOModel

/// What a solver found for a `PlanModel` within its time limit.
package struct PlanSolution: Sendable, Equatable {
    package enum Status: String, Sendable {
        /// Proven optimal.
        case optimal
        /// A solution, not proven optimal when the time ran out (`bound` says how far it may be).
        case feasible
        /// Proven to have no solution.
        case infeasible
        /// Time ran out before any solution was found or infeasibility proven.
        case unknown
    }

    package var status: Status
    package var values: [Double]
    package var objective: Double
    /// The best lower bound on the objective proven (for `optimal`, the objective).
    package var bound: Double?
    package var seconds: Double

    package init(status: Status, values: [Double] = [], objective: Double = 0, bound: Double? = nil, seconds: Double = 0) {
        self.status = status
        self.values = values
        self.objective = objective
        self.bound = bound
        self.seconds = seconds
    }

    /// How far the solution may be from the optimum, relative: 0 when proven optimal.
    package var gap: Double? {
        switch status {
        case .optimal: return 0
        case .feasible:
            guard let bound else { return nil }
            return max(0, objective - bound) / max(abs(objective), 1e-9)
        default: return nil
        }
    }

    package var json: JSONValue {
        .object(["status": .string(status.rawValue), "values": .array(values.map(JSONValue.number)), "objective": .number(objective),
                 "bound": bound.map(JSONValue.number) ?? .null, "seconds": .number(seconds)])
    }

    package init?(json: JSONValue) {
        guard let s = json["status"]?.stringValue, let status = Status(rawValue: s) else { return nil }
        self.init(status: status, values: json["values"]?.arrayValue?.compactMap(\.numberValue) ?? [], objective: json["objective"]?.numberValue ?? 0,
                  bound: json["bound"]?.numberValue, seconds: json["seconds"]?.numberValue ?? 0)
    }
}

/// Solves a `PlanModel`: GLPK in the helper program kvo-plan (kvo), or in the process (tests).
package protocol PlanSolver: Sendable {
    /// The solver's name as reports give it.
    var name: String { get }
    /// Nil when the solver cannot be run at all (the helper program is missing).
    func solve(_ model: PlanModel, timeLimit: Double) -> PlanSolution?
}
