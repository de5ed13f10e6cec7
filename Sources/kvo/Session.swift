#if canImport(Glibc)
import Glibc
#endif
import KVOModel
import KVOScript
import KVOShell

/// Wires a session together from the command line: options, parameters, output, and either
/// the interactive shell or a batch run.
struct Session {
    let flags: SessionSettings
    /// Where `run` may go in safe mode.
    let safeRoot: String

    func makeInterpreter(output: StandardOutput, interactive: Bool) throws -> Interpreter {
        let today = try flags.day() ?? Session.today()
        var parameters: [String: Value] = [:]
        for (name, text) in try flags.parameters() { parameters[name] = Session.parameterValue(text) }
        let poll: @Sendable () -> Bool
        if interactive {
            poll = { Shell.interruptRequested() }
        } else {
            poll = { false }
        }
        let options = SessionOptions(
            safe: flags.safe, readOnly: flags.readOnly, bail: !flags.noBail, today: today, safeRoot: safeRoot,
            color: Terminal.wantsColor(fd: 2, disabled: flags.noColor),
            interruptRequested: poll)
        return Interpreter(options: options, output: output, parameters: parameters)
    }

    /// A `--var` value: a literal when the whole text is one (42, 30%, 2025-03-01, 2025Q2,
    /// true), otherwise the text itself.
    static func parameterValue(_ text: String) -> Value {
        let source = SourceFile(name: nil, text: text, directory: ".")
        if let program = try? Parser.parse(source, commands: CommandTable([])),
           program.statements.count == 1, case .expression(let e) = program.statements[0].kind {
            switch e.kind {
            case .literal(let v): return v
            case .unary(.negate, let inner):
                if case .literal(.number(let n)) = inner.kind { return .number(-n) }
                if case .literal(.percent(let p)) = inner.kind { return .percent(-p) }
            default: break
            }
        }
        return .string(text)
    }

    static func today() -> Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }

    /// `$XDG_CONFIG_HOME/kvo/kvorc`, or `~/.kvorc`.
    static func startupFile() -> String? {
        if let config = Environment.get("XDG_CONFIG_HOME"), !config.isEmpty { return config + "/kvo/kvorc" }
        guard let home = Environment.get("HOME"), !home.isEmpty else { return nil }
        return home + "/.kvorc"
    }
}

/// Ends the process with `code` (output already flushed). Throwing ArgumentParser's ExitCode
/// instead would build its help machinery on the way out: about a millisecond per run.
func exitProcess(_ code: Int32) -> Never {
    exit(code)
}
