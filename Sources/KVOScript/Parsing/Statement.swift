import KVOModel

/// One statement of a script. Blocks (`if`, `for`) hold their statements; a command holds the
/// table entry it was parsed by and its parsed arguments.
package struct Statement: Sendable {
    package indirect enum Kind: Sendable {
        case letBinding(name: String, Expression)
        case conditional(branches: [(condition: Expression, body: [Statement])], otherwise: [Statement]?)
        case loop(variable: String, sequence: Expression, body: [Statement])
        case command(CommandSpec, ParsedArguments)
        /// A bare expression: its value is printed (handy at the prompt: `2 * 30%`).
        case expression(Expression)
    }

    package var kind: Kind
    package var location: SourceLocation
    /// Characters of the statement's first token, for underlining.
    package var length: Int
    /// `COMMAND > FILE` or `COMMAND >> FILE`: where the command's output goes instead.
    package var redirection: Redirection?

    package init(_ kind: Kind, at location: SourceLocation, length: Int = 1) {
        self.kind = kind
        self.location = location
        self.length = length
    }
}

/// A parsed script: its statements and the text they came from.
package struct Program: Sendable {
    package var source: SourceFile
    package var statements: [Statement]

    package init(source: SourceFile, statements: [Statement]) {
        self.source = source
        self.statements = statements
    }
}

/// `> FILE` (replace) or `>> FILE` (append) after a command: its standard output goes to FILE.
package struct Redirection: Sendable {
    package var path: ParsedArguments.Word
    package var appends: Bool
    /// Where the `>` is, for errors.
    package var location: SourceLocation
}
