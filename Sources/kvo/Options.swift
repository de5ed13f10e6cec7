import ArgumentParser
import KVOModel
import KVOScript
import KVOShell

/// Flags shared by `kvo` and `kvo run`.
struct SessionFlags: ParsableArguments {
    @Option(name: .customLong("var"), help: ArgumentHelp("Set a script variable; VALUE is read as a number, date, quarter, percentage or boolean when it looks like one, else as text.", valueName: "NAME=VALUE"))
    var variables: [String] = []

    @Flag(name: .customLong("no-bail"), help: "Go on after an error in a script; exit with the worst code seen.")
    var noBail = false

    @Flag(name: .customLong("readonly"), help: "Write nothing: no saves, no journal, no lock.")
    var readOnly = false

    @Flag(help: "Auditor's mode: no writes, no exports, no 'run' outside the script's folder. Cannot be turned off inside the session.")
    var safe = false

    @Flag(name: .customLong("no-color"), help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .customLong("no-history"), help: "Neither read nor write the history file.")
    var noHistory = false

    @Flag(name: .customLong("no-init"), help: "Skip the startup file ($XDG_CONFIG_HOME/kvo/kvorc or ~/.kvorc).")
    var noInit = false

    @Flag(help: "Replay a journal of unsaved amendments without asking (batch use).")
    var recover = false

    @Option(help: ArgumentHelp("Language of check messages, status and explain (default from LANG).", valueName: "nl|en"))
    var lang: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to count from instead of today.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    /// The parsed values, for the session.
    var settings: SessionSettings {
        SessionSettings(variables: variables, noBail: noBail, readOnly: readOnly, safe: safe, noColor: noColor,
                        noHistory: noHistory, noInit: noInit, recover: recover, lang: lang, asOf: asOf)
    }
}

/// What the session flags say, as a plain value (ArgumentParser's property wrappers can only be
/// read after ArgumentParser parsed them; the fast path in main.swift does not).
struct SessionSettings: Equatable {
    var variables: [String] = []
    var noBail = false
    var readOnly = false
    var safe = false
    var noColor = false
    var noHistory = false
    var noInit = false
    var recover = false
    var lang: String?
    var asOf: String?

    /// --lang, when given (nl or en). The dossier's `language` and the environment come after it
    /// (`Interpreter.language`).
    func language() throws -> Language? {
        guard let lang else { return nil }
        guard let language = Language(rawValue: lang) else {
            throw ValidationError("--lang takes nl or en, not '\(lang)' (--lang neemt nl of en)")
        }
        return language
    }

    /// The language LC_ALL, LC_MESSAGES or LANG names (the first that is set), else English.
    static func environmentLanguage() -> Language {
        Language.resolve(flag: nil, dossier: nil, environment: { Environment.get($0) })
    }

    /// `NAME=VALUE` pairs, validated.
    func parameters() throws -> [(String, String)] {
        try variables.map { pair in
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                throw ValidationError("--var expects NAME=VALUE, got '\(pair)'")
            }
            let name = String(pair[..<eq])
            guard Lexer.isVariableName(name) else {
                throw ValidationError("--var: '\(name)' cannot be a variable name (letters, digits and _, not starting with a digit, not a keyword)")
            }
            return (name, String(pair[pair.index(after: eq)...]))
        }
    }

    func day() throws -> Day? {
        guard let asOf else { return nil }
        guard let day = Day(asOf) else { throw ValidationError("--as-of expects a date written YYYY-MM-DD, got '\(asOf)'") }
        return day
    }
}
