/// An entry of the command table: everything the parser, the interpreter, `help` and the
/// shell's completion know about one command.
public struct CommandSpec: Sendable {
    public enum Group: String, Sendable, CaseIterable {
        case language = "Language"
        case dossier = "Dossier"
        case scripts = "Scripts"
        case handbook = "Handbook"
        case session = "Session"
    }

    public typealias Action = @Sendable (CommandContext) throws -> Void

    public let name: String
    public let aliases: [String]
    public let group: Group
    /// One line, lower case, no full stop: shown by `help`.
    public let summary: String
    public let syntax: [Slot]
    public let options: [OptionSpec]
    public let example: String
    /// More text for `help NAME`, when one line is not enough.
    public let details: String?
    /// The usage line for statements whose syntax spans lines (`if`, `for`); nil means it is
    /// generated from `syntax`.
    private let usageOverride: String?
    /// Runs the command. nil for statements the parser builds itself (`let`, `if`, `for`).
    public let action: Action?

    public init(name: String, aliases: [String] = [], group: Group, summary: String, syntax: [Slot] = [],
                options: [OptionSpec] = [], example: String, details: String? = nil, usage: String? = nil,
                action: Action?) {
        self.name = name
        self.aliases = aliases
        self.group = group
        self.summary = summary
        self.syntax = syntax
        self.options = options
        self.example = example
        self.details = details
        self.usageOverride = usage
        self.action = action
    }

    public var usage: String {
        if let usageOverride { return usageOverride }
        let parts = [name] + syntax.map(\.usage) + options.map { "[\($0.usage)]" }
        return parts.joined(separator: " ")
    }

    public func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }
}

/// What a command's action gets: its arguments, where it was written, and the interpreter to
/// evaluate expressions and write output with.
public struct CommandContext {
    public let spec: CommandSpec
    public let arguments: ParsedArguments
    public let location: SourceLocation
    public let source: SourceFile
    public let interpreter: Interpreter

    public func evaluate(_ expression: Expression) throws -> Value {
        try interpreter.evaluate(expression, in: source)
    }

    /// A runtime error pointing at this command (or at a given place in it).
    public func error(_ message: String, at location: SourceLocation? = nil, length: Int = 1, hint: String? = nil) -> Diagnostic {
        Diagnostic(.runtime, message, source: source, at: location ?? self.location, length: length, hint: hint)
    }
}
