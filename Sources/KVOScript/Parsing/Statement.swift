import KVOModel

/// One statement of a script. Blocks (`if`, `for`) hold their statements; a command holds the
/// table entry it was parsed by and its parsed arguments.
public struct Statement: Sendable {
    public indirect enum Kind: Sendable {
        case letBinding(name: String, Expression)
        case conditional(branches: [(condition: Expression, body: [Statement])], otherwise: [Statement]?)
        case loop(variable: String, sequence: Expression, body: [Statement])
        case command(CommandSpec, ParsedArguments)
        /// A bare expression: its value is printed (handy at the prompt: `2 * 30%`).
        case expression(Expression)
    }

    public var kind: Kind
    public var location: SourceLocation
    /// Characters of the statement's first token, for underlining.
    public var length: Int
    /// `COMMAND > FILE` or `COMMAND >> FILE`: where the command's output goes instead.
    public var redirection: Redirection?

    public init(_ kind: Kind, at location: SourceLocation, length: Int = 1) {
        self.kind = kind
        self.location = location
        self.length = length
    }
}

/// A parsed script: its statements and the text they came from.
public struct Program: Sendable {
    public var source: SourceFile
    public var statements: [Statement]

    public init(source: SourceFile, statements: [Statement]) {
        self.source = source
        self.statements = statements
    }
}

/// `> FILE` (replace) or `>> FILE` (append) after a command: its standard output goes to FILE.
public struct Redirection: Sendable {
    public var path: ParsedArguments.Word
    public var appends: Bool
    /// Where the `>` is, for errors.
    public var location: SourceLocation
}
