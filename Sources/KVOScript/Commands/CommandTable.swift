/// Every command, in one table: the parser dispatches on it, `help` prints from it and the
/// shell completes from it. Later layers add their commands here.
public struct CommandTable: Sendable {
    public let commands: [CommandSpec]
    private let index: [String: Int]

    public init(_ commands: [CommandSpec]) {
        self.commands = commands
        var index: [String: Int] = [:]
        for (i, c) in commands.enumerated() {
            index[c.name] = i
            for alias in c.aliases { index[alias] = i }
        }
        self.index = index
    }

    public static let standard = CommandTable([
        .letStatement, .ifStatement, .forStatement, .echo, .assert,
        .open, .new, .save, .close, .list, .show, .count, .add, .set, .remove, .undo, .redo, .changes, .diff, .kinds, .schema, .importFile,
        .run, .source, .vars,
        .status, .check, .explain, .waive, .evidence, .vote, .prioritise, .plan, .matrix, .report, .certificate, .rules,
        .timer, .help, .exit,
    ])

    public func command(named name: String) -> CommandSpec? { index[name].map { commands[$0] } }

    /// Names and aliases, for suggestions and completion.
    public var allNames: [String] { commands.flatMap { [$0.name] + $0.aliases } }
}
