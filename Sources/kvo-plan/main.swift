import KVOGLPK
import KVOModel
import KVOPlanning

// The exact planner's solver, a helper program beside kvo (as kvo-csv and kvo-xlsx are):
// `kvo-plan MODEL.json SOLUTION.json SECONDS` reads the model (`PlanModel` as JSON), solves it
// with GLPK within SECONDS and writes the solution (`PlanSolution` as JSON). GLPK and the ten
// libraries it loads stay out of kvo's own start-up.
func fail(_ text: String, _ code: Int32) -> Never {
    Descriptor.writeError(text + "\n")
    CurrentProcess.exit(code)
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let limit = Double(arguments[3]), limit > 0 else {
    fail("usage: kvo-plan MODEL.json SOLUTION.json SECONDS", 2)
}
guard let bytes = try? FileSystem.read(arguments[1]), let json = try? JSONParser.parse(bytes), let model = PlanModel(json: json) else {
    fail("kvo-plan: \(arguments[1]) holds no model", 2)
}
guard let solution = GLPKSolver().solve(model, timeLimit: limit),
      (try? FileSystem.writeAtomically(Array(JSONWriter.line(solution.json).utf8), to: arguments[2])) != nil else {
    fail("kvo-plan: cannot solve or write \(arguments[2])", 1)
}
