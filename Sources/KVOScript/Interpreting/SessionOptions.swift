import KVOModel

/// How a session runs; set once from the command line. `safe` and `readOnly` are constants:
/// no command can turn them off inside the session.
package struct SessionOptions: Sendable {
    /// No writes, no exports, no `run` outside the starting script's folder.
    package let safe: Bool
    /// Nothing is written.
    package let readOnly: Bool
    /// Stop a script at its first error (default); `--no-bail` goes on.
    package var bail: Bool
    /// The date checks and date functions count from (`--as-of`, default today).
    package var today: Day
    /// `kvo --as-of DATE`: the session sees the dossier as it stood at the end of that day
    /// (PointInTime); nil without --as-of, when the dossier is judged as it is.
    package var pointInTime: Day?
    /// Where `run` may go in safe mode: the folder of the script the session started with,
    /// or the working folder.
    package var safeRoot: String
    /// Deepest nesting of `run`/`source`.
    package var maxScriptDepth: Int
    /// Colour in diagnostics.
    package var color: Bool
    /// Polled between statements: true when the user pressed Ctrl-C during a command.
    package var interruptRequested: @Sendable () -> Bool
    /// Who amends, for `changes` and the journal.
    package var user: String
    /// The time stamp of an amendment, YYYY-MM-DDTHH:MM:SS.
    package var now: @Sendable () -> String
    /// Whether standard output is a terminal: tables there, JSON otherwise.
    package var outputIsTerminal: Bool
    /// The terminal's width, when output is one.
    package var terminalWidth: @Sendable () -> Int?
    /// Replay a journal of unsaved amendments found on open without asking (`--recover`).
    package var recover: Bool
    /// Throw away a journal of unsaved amendments found on open without asking (`--discard`).
    package var discard = false
    /// Read what checks need in the background once a dossier opens: only worth it where a check
    /// may come later (the interactive shell); a one-shot `kvo BIG -c 'count incidents'` skips it.
    package var warmsChecks = true
    /// `--lang`, when given: it wins over the dossier's `language` field and the environment.
    package var languageFlag: Language?
    /// The language of LC_ALL, LC_MESSAGES or LANG, else English: used when neither `--lang` nor
    /// the open dossier says (`Interpreter.language` decides).
    package var environmentLanguage: Language

    package init(safe: Bool = false, readOnly: Bool = false, bail: Bool = true, today: Day, safeRoot: String,
                maxScriptDepth: Int = 16, color: Bool = false, interruptRequested: @escaping @Sendable () -> Bool = { false },
                user: String = "kvo", now: @escaping @Sendable () -> String = { "1970-01-01T00:00:00" }, outputIsTerminal: Bool = false,
                terminalWidth: @escaping @Sendable () -> Int? = { nil }, recover: Bool = false, language: Language? = nil,
                environmentLanguage: Language = .en) {
        self.safe = safe
        self.readOnly = readOnly || safe
        self.bail = bail
        self.today = today
        self.safeRoot = safeRoot
        self.maxScriptDepth = maxScriptDepth
        self.color = color
        self.interruptRequested = interruptRequested
        self.user = user
        self.now = now
        self.outputIsTerminal = outputIsTerminal
        self.terminalWidth = terminalWidth
        self.recover = recover
        self.languageFlag = language
        self.environmentLanguage = environmentLanguage
    }
}
