import KVOModel

/// Runs parsed programs: statements, expressions, commands and nested scripts.
package final class Interpreter {
    package let options: SessionOptions
    package let commands: CommandTable
    package let functions: FunctionTable
    /// Where commands write; a file's sink while a command with `> FILE` runs.
    package internal(set) var output: OutputSink
    /// The root scope: script parameters (`--var`).
    package let parameters: Scope
    package internal(set) var scope: Scope
    /// The scripts being run, outermost first (for nesting limits and relative paths).
    package private(set) var scriptStack: [String] = []
    /// The worst exit code of errors reported while going on (`--no-bail`).
    package private(set) var worstStatus: Int32 = 0
    /// Prints diagnostics that are reported and then passed over (`--no-bail`).
    package var printer: DiagnosticPrinter

    package init(options: SessionOptions, output: OutputSink, parameters: [String: Value] = [:],
                commands: CommandTable = .standard, functions: FunctionTable = .standard) {
        self.options = options
        self.output = output
        self.commands = commands
        self.functions = functions
        self.parameters = Scope(variables: parameters)
        self.scope = Scope(parent: self.parameters)
        self.printer = DiagnosticPrinter(color: options.color, language: options.languageFlag ?? options.environmentLanguage)
    }

    /// The open dossier, if any. It gets its checks' cache here, told of every change it makes.
    package var workspace: Workspace? {
        didSet {
            _ = workspace?.checkCache
            printer.language = language
        }
    }

    /// The language the session speaks now: `--lang`, else the open dossier's `language` field,
    /// else the environment's (LC_ALL, LC_MESSAGES, LANG), else English (docs/language.md).
    package var language: Language {
        options.languageFlag ?? workspace?.dossier.language ?? options.environmentLanguage
    }
    /// `timer on`: report each top-level statement's time on standard error.
    package var timer = false
    /// `pager on` (default; `--no-pager` starts off): the shell pages output longer than the
    /// screen. Only the shell reads it: output to a pipe or file is never paged.
    package var pager = true
    /// `board` was shown (and not turned off with `board off`): the shell redraws it after every
    /// amendment of the votes, so the room watches the consensus form.
    package var board = false
    /// Asks the person at the terminal a yes/no question; nil when nobody is there (batch).
    package var confirm: ((String) -> Bool)?
    /// Shows a prompt and reads one keystroke without Enter (quick entry of votes); nil when nobody
    /// is at a terminal. The closure returns nil at the end of input.
    package var readKey: ((String) -> Character?)?

    /// Clears the terminal (`clear`); nil when nobody is at one.
    package var clearScreen: (() -> Void)?

    /// Whether quitting now would lose amendments.
    package var hasUnsavedChanges: Bool { workspace.map { $0.isDirty && !$0.sandbox } ?? false }

    // MARK: statements

    /// Runs a whole program. Errors stop it, unless bail is off: then each failing top-level
    /// statement is reported and the next one runs.
    package func execute(_ program: Program) throws {
        for statement in program.statements {
            let started: ContinuousClock.Instant? = timer ? .now : nil
            defer {
                if let started, case .command(let spec, _) = statement.kind, spec.name != "timer" {
                    output.flush()
                    output.writeError("time: " + Stopwatch.format(.now - started) + " ms\n")
                }
            }
            do {
                try execute(statement, in: program.source)
            } catch let d as Diagnostic where !options.bail && d.kind != .interrupted {
                report(d)
            }
            output.flush()
        }
    }

    /// Remembers that a check or assertion did not hold, without stopping: the session ends with 1.
    package func noteFailure() { worstStatus = max(worstStatus, 1) }

    /// Prints a diagnostic and remembers its exit code.
    package func report(_ d: Diagnostic) {
        output.writeError(printer.render(d))
        worstStatus = max(worstStatus, d.exitCode)
    }

    func execute(_ statements: [Statement], in source: SourceFile) throws {
        for statement in statements { try execute(statement, in: source) }
    }

    func checkInterrupt(_ source: SourceFile, _ location: SourceLocation) throws {
        if options.interruptRequested() {
            throw Diagnostic(.interrupted, Message(en: "interrupted", nl: "onderbroken"), source: source, at: location)
        }
    }

    func execute(_ statement: Statement, in source: SourceFile) throws {
        try checkInterrupt(source, statement.location)
        if let redirection = statement.redirection {
            var plain = statement
            plain.redirection = nil
            try execute(plain, in: source, writingTo: redirection)
            return
        }
        switch statement.kind {
        case .letBinding(let name, let expression):
            scope.set(name, try evaluate(expression, in: source))
        case .conditional(let branches, let otherwise):
            for branch in branches where try condition(branch.condition, in: source) {
                try execute(branch.body, in: source)
                return
            }
            if let otherwise { try execute(otherwise, in: source) }
        case .loop(let variable, let sequenceExpression, let body):
            let sequence = try evaluate(sequenceExpression, in: source)
            let items: [Value]
            switch sequence {
            case .list(let list): items = list
            case .string(let s): items = s.map { .string(String($0)) }
            default:
                throw Diagnostic(.runtime, Message(en: "'for' needs a list to loop over, got \(sequence.typeDescription.en)",
                                                   nl: "'for' vraagt om een lijst om te doorlopen, maar kreeg \(sequence.typeDescription.nl)"), source: source,
                                 at: sequenceExpression.location, length: sequenceExpression.length,
                                 hint: Message(en: "make a list with [a, b, c] or range(1, 10)", nl: "maak een lijst met [a, b, c] of range(1, 10)"))
            }
            for item in items {
                try checkInterrupt(source, statement.location)
                scope.set(variable, item)
                try execute(body, in: source)
            }
        case .command(let spec, let arguments):
            guard let action = spec.action else {
                throw Diagnostic(.internal, Message(en: "'\(spec.name)' has no action", nl: "'\(spec.name)' heeft geen actie"), source: source, at: statement.location)
            }
            let checked = try spec.checkingFormat(arguments, in: source)
            try action(CommandContext(spec: spec, arguments: checked, location: statement.location, source: source, interpreter: self))
        case .expression(let expression):
            if case .variable(let name) = expression.kind, scope.lookup(name) == nil {
                // A lone word on a line is more likely a mistyped command than a variable.
                let candidates = commands.allNames + scope.visibleNames
                throw Diagnostic(.runtime, Message(en: "unknown command or variable '\(name)'", nl: "onbekende opdracht of variabele '\(name)'")
                                 + Suggestion.phrase(for: name, in: candidates),
                                 source: source, at: expression.location, length: expression.length,
                                 hint: Message(en: "type 'help' for the list of commands", nl: "typ 'hulp' voor de lijst van opdrachten"))
            }
            let value = try evaluate(expression, in: source)
            if value != .null { output.write(value.literal + "\n") }
        }
    }

    func condition(_ expression: Expression, in source: SourceFile) throws -> Bool {
        let value = try evaluate(expression, in: source)
        guard case .bool(let b) = value else {
            throw Diagnostic(.runtime, Message(en: "a condition must be true or false, got \(value.typeDescription.en) (\(value.literal))",
                                               nl: "een voorwaarde moet true of false zijn, maar is \(value.typeDescription.nl) (\(value.literal))"),
                             source: source, at: expression.location, length: expression.length,
                             hint: Message(en: "compare it, for example: x > 0", nl: "vergelijk haar, bijvoorbeeld: x > 0"))
        }
        return b
    }

    // MARK: nested scripts

    /// Runs the script at `path` (relative to the calling script's folder). `isolated` gives it a
    /// fresh scope under the parameters (`run`); otherwise it shares the caller's (`source`).
    package func runScript(_ path: String, from caller: SourceFile, at location: SourceLocation, length: Int,
                          isolated: Bool, arguments: [String: Value] = [:]) throws {
        func fail(_ message: Message, hint: Message? = nil) -> Diagnostic {
            Diagnostic(.runtime, message, source: caller, at: location, length: length, hint: hint)
        }
        let resolved = FileSystem.resolve(path, against: caller.directory)
        guard scriptStack.count < options.maxScriptDepth else {
            throw fail(Message(en: "scripts are nested more than \(options.maxScriptDepth) deep", nl: "scripts zijn meer dan \(options.maxScriptDepth) diep genest"),
                       hint: Message(en: "does a script run itself?", nl: "roept een script zichzelf aan?"))
        }
        if options.safe {
            guard let real = FileSystem.realPath(resolved), let root = FileSystem.realPath(options.safeRoot),
                  FileSystem.isInside(real, folder: root) else {
                throw fail(Message(en: "safe mode: '\(path)' is outside the starting script's folder",
                                   nl: "veilige modus: '\(path)' ligt buiten de map van het startscript"),
                           hint: Message(en: "in --safe mode scripts may only run scripts in the folder of the script kvo started with",
                                         nl: "met --safe mogen scripts alleen scripts draaien uit de map van het script waarmee kvo begon"))
            }
        }
        let text: String
        do {
            text = try FileSystem.readText(resolved)
        } catch {
            throw fail(Message(en: "cannot read script '\(resolved)': ", nl: "kan script '\(resolved)' niet lezen: ") + error.reasonMessage)
        }
        let file = SourceFile(name: resolved, text: text, directory: FileSystem.directory(of: resolved))
        let program = try Parser.parse(file, commands: commands)
        let saved = scope
        if isolated { scope = Scope(parent: parameters, variables: arguments) }
        scriptStack.append(resolved)
        defer {
            scriptStack.removeLast()
            scope = saved
        }
        try execute(program)
    }

    // MARK: expressions

    package func evaluate(_ expression: Expression, in source: SourceFile) throws -> Value {
        try Evaluator(interpreter: self, source: source).evaluate(expression)
    }
}
