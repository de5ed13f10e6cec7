import KVOModel

/// An entry of the command table: everything the parser, the interpreter, `help` and the
/// shell's completion know about one command.
package struct CommandSpec: Sendable {
    package enum Group: String, Sendable, CaseIterable {
        case language, dossier, scripts, handbook, session

        /// The heading `help` shows above the group.
        package var title: Message {
            switch self {
            case .language: Message(en: "Language", nl: "Taal")
            case .dossier: Message(en: "Dossier", nl: "Dossier")
            case .scripts: Message(en: "Scripts", nl: "Scripts")
            case .handbook: Message(en: "Handbook", nl: "Handboek")
            case .session: Message(en: "Session", nl: "Sessie")
            }
        }
    }

    package typealias Action = @Sendable (CommandContext) throws -> Void

    package let name: String
    package let aliases: [String]
    package let group: Group
    /// One line, lower case, no full stop: shown by `help`.
    package let summary: Message
    package let syntax: [Slot]
    package let options: [OptionSpec]
    package let example: String
    /// More text for `help NAME`, when one line is not enough.
    package let details: Message?
    /// The usage line for statements whose syntax spans lines (`if`, `for`); nil means it is
    /// generated from `syntax`.
    private let usageOverride: String?
    /// Runs the command. nil for statements the parser builds itself (`let`, `if`, `for`).
    package let action: Action?
    /// Decodes the command's arguments into its arguments type without running it (for the test
    /// that every read name is declared); nil for the statements the parser builds itself.
    package let decode: (@Sendable (ArgumentReader) throws(Diagnostic) -> Void)?

    /// A statement the parser builds itself (`let`, `if`, `for`): declared for `help` and
    /// completion, with no action. Every command that runs is declared with its arguments type
    /// (the initialiser below), so none can read its arguments by name at run time.
    package init(statement name: String, group: Group, summary: Message, example: String, details: Message? = nil, usage: String) {
        self.name = name
        self.aliases = []
        self.group = group
        self.summary = summary
        self.syntax = []
        self.options = []
        self.example = example
        self.details = details
        self.usageOverride = usage
        self.action = nil
        self.decode = nil
    }

    /// A command whose action gets its arguments decoded into `Arguments`, once, before it runs.
    package init<Arguments: CommandArguments>(
        name: String, aliases: [String] = [], group: Group, summary: Message, syntax: [Slot] = [],
        options: [OptionSpec] = [], example: String, details: Message? = nil,
        arguments: Arguments.Type, run: @escaping @Sendable (Arguments, CommandContext) throws -> Void
    ) {
        self.name = name
        self.aliases = aliases
        self.group = group
        self.summary = summary
        self.syntax = syntax
        self.options = options
        self.example = example
        self.details = details
        self.usageOverride = nil
        self.action = { context in try run(try Arguments(from: context.reader), context) }
        self.decode = { reader throws(Diagnostic) in _ = try Arguments(from: reader) }
    }


    package var usage: String {
        if let usageOverride { return usageOverride }
        let parts = [name] + syntax.map(\.usage) + options.map { "[\($0.usage)]" }
        return parts.joined(separator: " ")
    }

    package func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }

    /// The Dutch name, when it differs from the English one (DutchNames.commands).
    package var dutchName: String? { DutchNames.commands[name].flatMap { $0 == name ? nil : $0 } }

    /// The name a session of this language shows: `lijst` in Dutch, `list` in English.
    package func displayName(_ language: Language) -> String { language == .nl ? dutchName ?? name : name }

    /// The usage line as a session of this language shows it: the Dutch command and clause
    /// words in Dutch (`lijst SOORT [waar VOORWAARDE] ...`), the English ones otherwise.
    package func usage(in language: Language) -> String {
        guard language == .nl, usageOverride == nil else { return usage }
        let parts = [displayName(language)] + syntax.map { $0.usage(in: language) } + options.map { "[\($0.usage)]" }
        return parts.joined(separator: " ")
    }
}

/// What a command's action gets: its arguments, where it was written, and the narrow
/// environment of the session (CommandEnvironment) to write output and evaluate with.
package struct CommandContext {
    package let spec: CommandSpec
    package let arguments: ParsedArguments
    package let location: SourceLocation
    package let source: SourceFile
    /// Only for `environment` and `outputFormat` (Output/CommandContext+Results); every command
    /// goes through `environment`.
    private let interpreter: Interpreter

    init(spec: CommandSpec, arguments: ParsedArguments, location: SourceLocation, source: SourceFile, interpreter: Interpreter) {
        self.spec = spec
        self.arguments = arguments
        self.location = location
        self.source = source
        self.interpreter = interpreter
    }

    package var environment: CommandEnvironment { CommandEnvironment(interpreter) }

    /// The arguments, read by their declared names.
    package var reader: ArgumentReader { ArgumentReader(arguments, of: spec, source: source, at: location) }

    package func evaluate(_ expression: Expression) throws -> Value {
        try environment.evaluate(expression, in: source)
    }

    /// A runtime error pointing at this command (or at a given place in it).
    package func error(_ message: Message, at location: SourceLocation? = nil, length: Int = 1, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.runtime, message, source: source, at: location ?? self.location, length: length, hint: hint)
    }

}
