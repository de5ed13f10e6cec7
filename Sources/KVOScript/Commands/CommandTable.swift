import KVOModel

/// Every command, in one table: the parser dispatches on it, `help` prints from it and the
/// shell completes from it. Later layers add their commands here.
package struct CommandTable: Sendable {
    package let commands: [CommandSpec]
    private let index: [String: Int]
    /// The words, lowercased, that name a kind of record of which a dossier holds many
    /// (`measure`, `maatregelen`): with them the parser reads `show measure M-3` as a KIND
    /// and an ID, without knowing the schema.
    package let recordKindNames: Set<String>

    package init(_ commands: [CommandSpec], recordKindNames: Set<String> = []) {
        self.commands = commands
        self.recordKindNames = recordKindNames
        var index: [String: Int] = [:]
        for (i, c) in commands.enumerated() {
            index[c.name] = i
            for alias in c.aliases { index[alias] = i }
            // The Dutch name (DutchNames.commands) is accepted in every session.
            if let dutch = c.dutchName, index[dutch] == nil { index[dutch] = i }
        }
        self.index = index
    }

    package static let standard = CommandTable([
        .letStatement, .ifStatement, .forStatement, .echo, .assert,
        .open, .new, .save, .reload, .close, .list, .show, .count, .add, .set, .remove, .undo, .redo, .changes, .diff, .find, .kinds, .schema, .importFile,
        .run, .source, .vars,
        .status, .check, .explain, .waive, .evidence, .vote, .board, .prioritise, .plan, .matrix, .report, .minutes, .calendar, .certificate, .rules,
        .timer, .pager, .whatIf, .clear, .help, .exit,
    ], recordKindNames: Set(Schema.dossier.allNames.map { $0.lowercased() }.filter { Schema.dossier.kind(named: $0)?.isSingleton == false }))

    package func namesRecordKind(_ word: String) -> Bool { recordKindNames.contains(word.lowercased()) }

    package func command(named name: String) -> CommandSpec? { index[name].map { commands[$0] } }

    /// Names, Dutch names and aliases, for suggestions.
    package var allNames: [String] { commands.flatMap { [$0.name] + ($0.dutchName.map { [$0] } ?? []) + $0.aliases } }

    /// The names a session of this language shows and completes: the Dutch name where there is
    /// one in a Dutch session, the English name otherwise.
    package func names(in language: Language) -> [String] { commands.map { $0.displayName(language) } }
}
