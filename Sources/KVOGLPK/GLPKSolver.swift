import CGLPK
import KVOPlanning

/// Solves a `PlanModel` with GLPK's branch and cut (`glp_intopt`), within a time limit, starting
/// from the model's warm start when it has one. Used in the helper program kvo-plan and in the tests.
package struct GLPKSolver: PlanSolver {
    package let name = "GLPK"

    package init() {}

    /// What the callback learns while GLPK searches: the best bound, and the warm start to offer.
    private final class Search {
        var bound: Double?
        var start: [Double]?
        var offered = false
    }

    package func solve(_ model: PlanModel, timeLimit: Double) -> PlanSolution? {
        let began = ContinuousClock.now
        glp_term_out(GLP_OFF)
        guard let lp = glp_create_prob() else { return nil }
        defer { glp_delete_prob(lp) }
        Self.load(model, into: lp)

        let search = Search()
        // GLPK's callback sees the presolved problem, whose columns are not the model's: a warm
        // start is offered only without the presolver (then the LP relaxation is solved first),
        // and only when it is a solution (glp_ios_heur_sol does not check the rows).
        search.start = model.start.flatMap { model.holds($0) ? $0 : nil }
        var parm = glp_iocp()
        glp_init_iocp(&parm)
        parm.msg_lev = GLP_MSG_OFF
        parm.presolve = search.start == nil ? GLP_ON : GLP_OFF
        if search.start != nil {
            var lpParm = glp_smcp()
            glp_init_smcp(&lpParm)
            lpParm.msg_lev = GLP_MSG_OFF
            lpParm.tm_lim = Int32(max(1, min(timeLimit, 86_400) * 1000))
            _ = glp_simplex(lp, &lpParm)
            if glp_get_status(lp) != GLP_OPT {
                // The relaxation is not solved (time, or none): let the presolver decide.
                search.start = nil
                parm.presolve = GLP_ON
            }
        }
        parm.fp_heur = GLP_ON
        parm.tm_lim = Int32(max(1, min(timeLimit, 86_400) * 1000))
        parm.mip_gap = 0
        parm.cb_info = Unmanaged.passUnretained(search).toOpaque()
        parm.cb_func = { tree, info in
            guard let tree, let info else { return }
            let search = Unmanaged<Search>.fromOpaque(info).takeUnretainedValue()
            let node = glp_ios_best_node(tree)
            if node != 0 { search.bound = glp_ios_node_bound(tree, node) }
            if glp_ios_reason(tree) == GLP_IHEUR, !search.offered, let start = search.start {
                search.offered = true
                _ = glp_ios_heur_sol(tree, [0] + start)
            }
        }
        let rc = glp_intopt(lp, &parm)
        let seconds = Self.seconds(since: began)
        let status = glp_mip_status(lp)
        if rc == GLP_ENOPFS || status == GLP_NOFEAS {
            return PlanSolution(status: .infeasible, seconds: seconds)
        }
        guard status == GLP_OPT || status == GLP_FEAS else {
            return PlanSolution(status: .unknown, seconds: seconds)
        }
        let values = (0..<model.columns.count).map { glp_mip_col_val(lp, Int32($0 + 1)) }
        let objective = glp_mip_obj_val(lp)
        guard model.holds(values, tolerance: 1e-5) else { return PlanSolution(status: .unknown, seconds: seconds) }
        let optimal = status == GLP_OPT && rc == 0
        return PlanSolution(status: optimal ? .optimal : .feasible, values: values, objective: objective,
                            bound: optimal ? objective : search.bound.map { min($0, objective) }, seconds: seconds)
    }

    /// The model as GLPK's problem: columns with their kinds, bounds and costs, rows with
    /// their bounds, and the matrix of coefficients, minimising.
    static func load(_ model: PlanModel, into lp: OpaquePointer) {
    glp_set_obj_dir(lp, GLP_MIN)
    if !model.columns.isEmpty { glp_add_cols(lp, Int32(model.columns.count)) }
    for (k, c) in model.columns.enumerated() {
        let j = Int32(k + 1)
        if c.binary {
            glp_set_col_kind(lp, j, GLP_BV)
        } else if let u = c.upper {
            glp_set_col_bnds(lp, j, u > c.lower ? GLP_DB : GLP_FX, c.lower, u)
        } else {
            glp_set_col_bnds(lp, j, GLP_LO, c.lower, 0)
        }
        glp_set_obj_coef(lp, j, c.cost)
    }
    var ia: [Int32] = [0], ja: [Int32] = [0], ar: [Double] = [0]
    if !model.rows.isEmpty { glp_add_rows(lp, Int32(model.rows.count)) }
    for (k, r) in model.rows.enumerated() {
        let i = Int32(k + 1)
        switch (r.lower, r.upper) {
        case let (l?, u?): glp_set_row_bnds(lp, i, u - l <= 1e-12 ? GLP_FX : GLP_DB, l, max(l, u))
        case let (l?, nil): glp_set_row_bnds(lp, i, GLP_LO, l, 0)
        case let (nil, u?): glp_set_row_bnds(lp, i, GLP_UP, 0, u)
        case (nil, nil): glp_set_row_bnds(lp, i, GLP_FR, 0, 0)
        }
        // GLPK refuses a row naming a column twice: sum them first.
        var merged: [Int: Double] = [:]
        for t in r.terms { merged[t.column, default: 0] += t.coefficient }
        for (c, a) in merged.sorted(by: { $0.key < $1.key }) where a != 0 {
            ia.append(i); ja.append(Int32(c + 1)); ar.append(a)
        }
    }
    glp_load_matrix(lp, Int32(ar.count - 1), ia, ja, ar)
    }

    static func seconds(since began: ContinuousClock.Instant) -> Double {
        let (seconds, attoseconds) = (ContinuousClock.now - began).components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
