import KVOModel

/// Runs whole scripts for batch use (`-c`, `run`, standard input): every text is parsed before
/// anything runs, so a syntax error on line 40 does not leave lines 1 to 39 half-applied.
public enum ScriptRunner {
    /// Returns the exit code: 0 ok, 1 a check or assertion failed, 2 usage, parse or runtime
    /// error, 3 internal error, or the code given to `exit`.
    public static func run(_ sources: [SourceFile], with interpreter: Interpreter) -> Int32 {
        var programs: [Program] = []
        for source in sources {
            do {
                programs.append(try Parser.parse(source, commands: interpreter.commands))
            } catch {
                interpreter.report(error)
                return error.exitCode
            }
        }
        for program in programs {
            let status = execute(program, with: interpreter)
            if let status { return status }
        }
        return interpreter.worstStatus
    }

    /// Runs one parsed program; returns an exit code when the session must end.
    public static func execute(_ program: Program, with interpreter: Interpreter) -> Int32? {
        do {
            try interpreter.execute(program)
            return nil
        } catch let d as Diagnostic {
            interpreter.report(d)
            return d.exitCode
        } catch let exit as ExitRequest {
            return exit.code
        } catch {
            interpreter.report(Diagnostic(.internal, Message(en: "internal error: \(error)", nl: "interne fout: \(error)")))
            return 3
        }
    }
}
