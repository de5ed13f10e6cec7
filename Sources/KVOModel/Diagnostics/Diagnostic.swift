/// A problem found in a script, tied to where it happened. Every error the language reports is
/// one of these; `DiagnosticPrinter` is the one place that turns them into text.
public struct Diagnostic: Error, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The text could not be read as the language (exit code 2).
        case syntax
        /// The text ran but did something the language or a command does not allow (exit code 2).
        case runtime
        /// A dossier file could not be loaded (exit code 2).
        case load
        /// An `assert` or a check did not hold (exit code 1).
        case failure
        /// The user interrupted a running command with Ctrl-C.
        case interrupted
        /// A bug in kvo (exit code 3).
        case `internal`
    }

    public var kind: Kind
    public var message: Message
    public var source: SourceFile?
    public var location: SourceLocation?
    /// How many characters to underline after the caret (at least 1).
    public var length: Int
    /// A suggestion on its own line ("did you mean 'echo'?" goes in the message itself).
    public var hint: Message?
    /// Set when the parser stopped because the text ended inside a block, string or bracket;
    /// the REPL then asks for more lines instead of reporting an error.
    public var openConstruct: OpenConstruct?

    public init(_ kind: Kind, _ message: Message, source: SourceFile? = nil, at location: SourceLocation? = nil,
                length: Int = 1, hint: Message? = nil, openConstruct: OpenConstruct? = nil) {
        self.kind = kind
        self.message = message
        self.source = source
        self.location = location
        self.length = max(1, length)
        self.hint = hint
        self.openConstruct = openConstruct
    }

    /// The process exit code this diagnostic calls for (README: 1 failed, 2 usage/parse/load, 3 internal).
    public var exitCode: Int32 {
        switch kind {
        case .failure: 1
        case .syntax, .runtime, .load, .interrupted: 2
        case .internal: 3
        }
    }
}
