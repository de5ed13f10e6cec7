import KVOModel

/// Which constraints conflict when no plan exists: a deletion filter over the model's constraint
/// groups. Each group in turn is left out; if the rest still has no solution it stays out, else it
/// is needed and goes back. What remains is an irreducible set: all of it cannot hold, and
/// without any one of it a plan exists.
extension Planner {
    func conflicts(_ model: PlanModel, solver: any PlanSolver, budget: Double) -> (groups: [Int], minimal: Bool) {
        var dropped: Set<Int> = []
        var spent = 0.0
        for g in model.groups.indices {
            guard spent < budget else {
                return (model.groups.indices.filter { !dropped.contains($0) }, false)
            }
            guard let s = solver.solve(model.feasibility(without: dropped.union([g])), timeLimit: max(0.05, budget - spent)) else {
                return (model.groups.indices.filter { !dropped.contains($0) }, false)
            }
            spent += s.seconds
            if s.status == .infeasible { dropped.insert(g) }
        }
        // Groups without rows (none are made) would stay; keep those that have any.
        let used = Set(model.rows.compactMap(\.group))
        return (model.groups.indices.filter { !dropped.contains($0) && used.contains($0) }, true)
    }
}
