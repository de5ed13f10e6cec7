import KVOModel
@testable import KVOScript

/// Runs script text the way `kvo -c` does and returns what it printed and its exit code.
func runScript(_ text: String, name: String? = "t.kvo", directory: String = ".", parameters: [String: Value] = [:],
               safe: Bool = false, bail: Bool = true) -> (out: String, err: String, code: Int32) {
    let output = BufferedOutput()
    let options = SessionOptions(safe: safe, bail: bail, today: Day("2025-03-01")!, safeRoot: directory)
    let interpreter = Interpreter(options: options, output: output, parameters: parameters)
    let code = ScriptRunner.run([SourceFile(name: name, text: text, directory: directory)], with: interpreter)
    return (output.output, output.errors, code)
}

func parseError(_ text: String) -> Diagnostic? {
    do {
        _ = try Parser.parse(SourceFile(name: "t.kvo", text: text, directory: "."))
        return nil
    } catch {
        return error
    }
}
