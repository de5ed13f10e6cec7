import KVOModel

/// Runs whole scripts for batch use (`-c`, `run`, standard input): every text is parsed before
/// anything runs, so a syntax error on line 40 does not leave lines 1 to 39 half-applied.
package enum ScriptRunner {
    /// Returns the exit code: 0 ok, 1 a check or assertion failed, 2 usage, parse or runtime
    /// error, 3 internal error, or the code given to `exit`.
    package static func run(_ sources: [SourceFile], with interpreter: Interpreter) -> Int32 {
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
    package static func execute(_ program: Program, with interpreter: Interpreter) -> Int32? {
        switch catching(interpreter, { try interpreter.execute(program) }) {
        case nil: nil
        case .exit(let code): code
        case .reported(let d): d.exitCode
        }
    }

    /// How a run that threw ended: `exit` asked for a code, or a diagnostic was reported.
    package enum End {
        case exit(Int32)
        case reported(Diagnostic)
    }

    /// The one place that catches what running a program throws and renders it, for batch
    /// scripts, the shell's prompt and its startup file alike: an `exit` is handed back, any
    /// other error is mapped to a Diagnostic (`diagnostic(for:)`) and reported once. `adjust`
    /// lets the prompt word a diagnostic its own way (an interrupt) before it is reported.
    /// Nil when `body` ran through.
    package static func catching(_ interpreter: Interpreter, _ body: () throws -> Void,
                                adjust: (Diagnostic) -> Diagnostic = { $0 }) -> End? {
        do {
            try body()
            return nil
        } catch let exit as ExitRequest {
            return .exit(exit.code)
        } catch {
            let d = adjust(diagnostic(for: error))
            interpreter.report(d)
            return .reported(d)
        }
    }

    /// Any thrown error as the one error type a person reads: a Diagnostic as it is, a file's
    /// IOError as its sentence, anything else an internal error (a bug in kvo, exit code 3).
    package static func diagnostic(for error: any Error) -> Diagnostic {
        switch error {
        case let d as Diagnostic: d
        case let io as IOError: Diagnostic(.runtime, io.message)
        default: Diagnostic(.internal, Message(en: "internal error: \(error)", nl: "interne fout: \(error)"))
        }
    }
}
