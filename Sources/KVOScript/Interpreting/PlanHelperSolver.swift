import KVOModel
import KVOImport
import KVOPlanning

/// The exact planner's solver as kvo runs it: GLPK in the helper program kvo-plan beside kvo,
/// the model and the solution passed as JSON files. GLPK pulls in ten libraries (LAPACK, BLAS,
/// SuiteSparse, gfortran) whose loading would cost every start of kvo about a millisecond; only
/// `plan` pays for a process instead. Nil from `solve` when kvo-plan is missing or fails: the
/// list scheduler's plan then stands, and the report says so.
struct PlanHelperSolver: PlanSolver {
    let name = "GLPK"

    static var available: Bool { Subprocess.helperPath(named: "kvo-plan").map(FileSystem.isExecutable) ?? false }

    func solve(_ model: PlanModel, timeLimit: Double) -> PlanSolution? {
        guard let helper = Subprocess.helperPath(named: "kvo-plan"), FileSystem.isExecutable(helper),
              let base = try? FileSystem.makeTemporaryFile("kvo-plan") else { return nil }
        let modelPath = base + ".model.json", solutionPath = base + ".solution.json"
        defer { for f in [base, modelPath, solutionPath] { FileSystem.remove(f) } }
        guard (try? FileSystem.writeAtomically(Array(JSONWriter.line(model.json).utf8), to: modelPath)) != nil else { return nil }
        // The helper keeps to the limit itself; the margin is for building the model and GLPK's
        // last node, and a helper past it is killed rather than hanging kvo.
        guard let outcome = Subprocess.run(helper, [modelPath, solutionPath, "\(timeLimit)"], seconds: Int(timeLimit.rounded(.up)) + 10),
              outcome.status == 0, !outcome.timedOut,
              let bytes = try? FileSystem.read(solutionPath), let json = try? JSONParser.parse(bytes) else { return nil }
        return PlanSolution(json: json)
    }
}
