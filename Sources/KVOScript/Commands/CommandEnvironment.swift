import KVOModel

/// What a command may reach of the session while it runs: where to write, the open dossier,
/// the session's options and state, and evaluation of its expressions. Narrower than the
/// interpreter on purpose: a command cannot run statements or swap scopes, and only `open`,
/// `new` and `close` replace the dossier (`replaceWorkspace`).
package struct CommandEnvironment {
    private let interpreter: Interpreter

    init(_ interpreter: Interpreter) { self.interpreter = interpreter }

    /// Where the command writes (a file's sink under `> FILE`).
    package var output: OutputSink { interpreter.output }
    package var options: SessionOptions { interpreter.options }
    /// The language the session speaks now.
    package var language: Language { interpreter.language }
    /// The open dossier, if any.
    package var workspace: Workspace? { interpreter.workspace }
    /// The commands and functions of the session (for `help`).
    package var commands: CommandTable { interpreter.commands }
    package var functions: FunctionTable { interpreter.functions }
    /// The worst exit code of errors passed over so far (`--no-bail`).
    package var worstStatus: Int32 { interpreter.worstStatus }

    package func evaluate(_ expression: Expression, in source: SourceFile) throws -> Value {
        try interpreter.evaluate(expression, in: source)
    }

    /// Reads one keystroke after a prompt; nil when nobody is at a terminal.
    package var readKey: ((String) -> Character?)? { interpreter.readKey }

    /// A check or assertion did not hold: the session ends with 1, without stopping.
    package func noteFailure() { interpreter.noteFailure() }

    /// `timer on|off`: each command's time on standard error.
    package func setTimer(_ on: Bool) { interpreter.timer = on }

    /// `board on|off`: the vote board drawn again after each vote at the prompt.
    package func setBoard(_ on: Bool) { interpreter.board = on }

    /// `open`, `new` and `close`: the session's dossier becomes this one (nil: none). The
    /// dossier it replaces is closed by the caller first, keeping or dropping its changes.
    package func replaceWorkspace(with workspace: Workspace?) { interpreter.workspace = workspace }

    /// `pager on|off`.
    package func setPager(_ on: Bool) { interpreter.pager = on }

    /// Clears the terminal, when somebody is at one.
    package func clearScreen() { interpreter.clearScreen?() }

    /// Runs a script (`run`, `source`); see Interpreter.runScript.
    package func runScript(_ path: String, from caller: SourceFile, at location: SourceLocation, length: Int,
                          isolated: Bool, arguments: [String: Value] = [:]) throws {
        try interpreter.runScript(path, from: caller, at: location, length: length, isolated: isolated, arguments: arguments)
    }

    /// The variables that are visible, innermost scope first, each with whether it is a script
    /// parameter (`vars`).
    package var visibleVariables: [(name: String, value: Value, isParameter: Bool)] {
        var found: [(name: String, value: Value, isParameter: Bool)] = []
        var scope: Scope? = interpreter.scope
        while let s = scope {
            for name in s.variables.keys.sorted() where interpreter.scope.lookup(name) == s.variables[name] {
                if let value = s.variables[name] { found.append((name, value, s === interpreter.parameters)) }
            }
            scope = s.parent
        }
        return found
    }

    /// Runs `body` with `resolver` answering names before the session's variables: inside a
    /// `where` condition a record's fields are variables (RecordQuery).
    package func withNames<T>(_ resolver: @escaping (String) -> Value?, _ body: () throws -> T) rethrows -> T {
        try Scope.with(Scope(parent: interpreter.scope, resolver: resolver), in: interpreter, body)
    }

    /// Whether a variable of the session has this name.
    package func isVariable(_ name: String) -> Bool { interpreter.scope.lookup(name) != nil }

    /// Throws `interrupted` once Ctrl-C was pressed; a long loop asks now and then.
    package func checkInterrupt(_ source: SourceFile, at location: SourceLocation) throws {
        try interpreter.checkInterrupt(source, location)
    }
}
