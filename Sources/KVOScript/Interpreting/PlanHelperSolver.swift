#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    static var available: Bool { CSVHelperProcess.helperPath(named: "kvo-plan").map { access($0, X_OK) == 0 } ?? false }

    func solve(_ model: PlanModel, timeLimit: Double) -> PlanSolution? {
        guard let helper = CSVHelperProcess.helperPath(named: "kvo-plan"), access(helper, X_OK) == 0 else { return nil }
        var template = Array("/tmp/kvo-plan-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return nil }
        close(fd)
        // The template without its terminating NUL (String(cString:) of an array is deprecated).
        let base = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let modelPath = base + ".model.json", solutionPath = base + ".solution.json"
        defer { unlink(base); unlink(modelPath); unlink(solutionPath) }
        guard (try? FileStore.writeAtomically(Array(JSONWriter.line(model.json).utf8), to: modelPath)) != nil else { return nil }
        // The helper keeps to the limit itself; the margin is for building the model and GLPK's
        // last node, and a helper past it is killed rather than hanging kvo.
        guard let outcome = Subprocess.run(helper, [modelPath, solutionPath, "\(timeLimit)"], seconds: Int(timeLimit.rounded(.up)) + 10),
              outcome.status == 0, !outcome.timedOut,
              let bytes = try? FileStore.read(solutionPath), let json = try? JSONParser.parse(bytes) else { return nil }
        return PlanSolution(json: json)
    }
}
