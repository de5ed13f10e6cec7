#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KVOGLPK
import KVOModel
import KVOPlanning

// The exact planner's solver, a helper program beside kvo (as kvo-csv and kvo-xlsx are): kvo
// writes the model (`PlanModel` as JSON) to standard input with the time limit in seconds as the
// argument, and reads the solution (`PlanSolution` as JSON) from standard output. GLPK and the
// libraries it loads stay out of kvo's own start-up.
var input: [UInt8] = []
var chunk = [UInt8](repeating: 0, count: 65536)
while true {
    let n = read(0, &chunk, chunk.count)
    if n < 0 && errno == EINTR { continue }
    guard n > 0 else { break }
    input.append(contentsOf: chunk[0..<n])
}
let limit = CommandLine.arguments.count > 1 ? Double(CommandLine.arguments[1]) ?? 2 : 2
guard let json = try? JSONParser.parse(input), let model = PlanModel(json: json),
      let solution = GLPKSolver().solve(model, timeLimit: limit) else {
    fputs("kvo-plan: no model on standard input\n", stderr)
    exit(2)
}
print(JSONWriter.line(solution.json))
