import ArgumentParser
import KVOModel
import KVOScript
import KVOShell

/// Flags shared by `kvo` and `kvo run`.
struct SessionFlags: ParsableArguments {
    @Option(name: .customLong("var"), help: ArgumentHelp(Message(
        en: "Set a script variable; VALUE is read as a number, date, quarter, percentage or boolean when it looks like one, else as text.",
        nl: "Zet een scriptvariabele; VALUE wordt gelezen als getal, datum, kwartaal, percentage of booleaanse waarde als het er een lijkt, anders als tekst."
    ).text(startupLanguage), valueName: "NAME=VALUE"))
    var variables: [String] = []

    @Flag(name: .customLong("no-bail"), help: ArgumentHelp(Message(
        en: "Go on after an error in a script; exit with the worst code seen.",
        nl: "Ga door na een fout in een script; eindig met de zwaarste afsluitcode die voorkwam."
    ).text(startupLanguage)))
    var noBail = false

    @Flag(name: .customLong("readonly"), help: ArgumentHelp(Message(
        en: "Write no file: no saves, no journal, no lock, no report or certificate files (--out), no history. Everything else works: looking, checking, planning, reports to standard output, scripts anywhere.",
        nl: "Schrijf geen enkel bestand: niet bewaren, geen journaal, geen vergrendeling, geen rapport- of certificaatbestanden (--out), geen geschiedenis. De rest werkt: kijken, controleren, plannen, rapporten naar standaarduitvoer, scripts overal."
    ).text(startupLanguage)))
    var readOnly = false

    @Flag(help: ArgumentHelp(Message(
        en: "Auditor's mode: --readonly, and no 'run' outside the script's folder, no 'new'; writes nothing at all, history included. Cannot be turned off inside the session.",
        nl: "Auditorstand: --readonly, en geen 'run' buiten de map van het script, geen 'nieuw'; schrijft helemaal niets, ook geen geschiedenis. Kan in de sessie niet worden uitgezet."
    ).text(startupLanguage)))
    var safe = false

    @Flag(name: .customLong("no-color"), help: ArgumentHelp(Message(
        en: "No colour (also when NO_COLOR is set).",
        nl: "Geen kleur (ook als NO_COLOR is gezet)."
    ).text(startupLanguage)))
    var noColor = false

    @Flag(name: .customLong("no-history"), help: ArgumentHelp(Message(
        en: "Neither read nor write the history file.",
        nl: "Lees noch schrijf het geschiedenisbestand."
    ).text(startupLanguage)))
    var noHistory = false

    @Flag(name: .customLong("no-pager"), help: ArgumentHelp(Message(
        en: "At the prompt, print long output straight through instead of paging it with $PAGER (default: less -RFX); 'pager on' turns paging back on.",
        nl: "Druk lange uitvoer aan de prompt in één keer af in plaats van per scherm met $PAGER (standaard: less -RFX); 'bladeren aan' zet het weer aan."
    ).text(startupLanguage)))
    var noPager = false

    @Flag(name: .customLong("no-init"), help: ArgumentHelp(Message(
        en: "Skip the startup file ($XDG_CONFIG_HOME/kvo/kvorc or ~/.kvorc).",
        nl: "Sla het opstartbestand over ($XDG_CONFIG_HOME/kvo/kvorc of ~/.kvorc)."
    ).text(startupLanguage)))
    var noInit = false

    @Flag(help: ArgumentHelp(Message(
        en: "Replay a journal of unsaved amendments without asking (batch use).",
        nl: "Speel een journaal van niet-bewaarde wijzigingen af zonder te vragen (voor batchgebruik)."
    ).text(startupLanguage)))
    var recover = false

    @Flag(help: ArgumentHelp(Message(
        en: "Throw away a journal of unsaved amendments without asking (the dossier opens as last saved).",
        nl: "Gooi een journaal van niet-bewaarde wijzigingen weg zonder te vragen (het dossier opent zoals het laatst bewaard is)."
    ).text(startupLanguage)))
    var discard = false

    @Option(help: ArgumentHelp(Message(
        en: "Language of the session: nl or en (default: the dossier's language field, else LC_ALL, LC_MESSAGES or LANG).",
        nl: "Taal van de sessie: nl of en (standaard: het veld language van het dossier, anders LC_ALL, LC_MESSAGES of LANG)."
    ).text(startupLanguage), valueName: "nl|en"))
    var lang: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(Message(
        en: "The date to count from instead of today.",
        nl: "De datum waarvan wordt uitgegaan in plaats van vandaag."
    ).text(startupLanguage), valueName: "YYYY-MM-DD"))
    var asOf: String?

    /// The parsed values, for the session.
    var settings: SessionSettings {
        SessionSettings(variables: variables, noBail: noBail, readOnly: readOnly, safe: safe, noColor: noColor,
                        noHistory: noHistory, noPager: noPager, noInit: noInit, recover: recover, discard: discard, lang: lang, asOf: asOf)
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
    var noPager = false
    var noInit = false
    var recover = false
    var discard = false
    var lang: String?
    var asOf: String?

    /// --lang, when given (nl or en). The dossier's `language` and the environment come after it
    /// (`Interpreter.language`).
    func language() throws -> Language? {
        guard let lang else { return nil }
        guard let language = Language(rawValue: lang) else {
            throw ValidationError(Message(en: "--lang takes nl or en, not '\(lang)'", nl: "--lang kent nl of en, niet '\(lang)'").text(startupLanguage))
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
                throw ValidationError(Message(en: "--var expects NAME=VALUE, got '\(pair)'", nl: "--var verwacht NAME=VALUE, niet '\(pair)'").text(startupLanguage))
            }
            let name = String(pair[..<eq])
            guard Lexer.isVariableName(name) else {
                throw ValidationError(Message(
                    en: "--var: '\(name)' cannot be a variable name (letters, digits and _, not starting with a digit, not a keyword)",
                    nl: "--var: '\(name)' kan geen variabelenaam zijn (letters, cijfers en _, niet beginnend met een cijfer, geen sleutelwoord)"
                ).text(startupLanguage))
            }
            return (name, String(pair[pair.index(after: eq)...]))
        }
    }

    func day() throws -> Day? {
        guard let asOf else { return nil }
        guard let day = Day(asOf) else {
            throw ValidationError(Message(en: "--as-of expects a date written YYYY-MM-DD, got '\(asOf)'",
                                          nl: "--as-of verwacht een datum geschreven als JJJJ-MM-DD, niet '\(asOf)'").text(startupLanguage))
        }
        return day
    }
}

/// The language of what kvo says before a session exists (its own --help, errors in the command
/// line, start-up): `--lang` when the command line has a valid one, else LC_ALL, LC_MESSAGES or
/// LANG, else English. Decided once, at start-up (ArgumentParser reads help texts as it builds
/// the commands). The dossier's `language` field is not known yet; the session takes it into
/// account once the dossier is open (`Interpreter.language`).
let startupLanguage: Language = StartupLanguage.resolve(arguments: Array(CommandLine.arguments.dropFirst()),
                                                        environment: { Environment.get($0) })

enum StartupLanguage {
    static func resolve(arguments: [String], environment: (String) -> String?) -> Language {
        var flag: Language?
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" { break }
            if argument == "--lang", i + 1 < arguments.count {
                flag = Language(rawValue: arguments[i + 1]) ?? flag
                i += 1
            } else if argument.hasPrefix("--lang=") {
                flag = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? flag
            }
            i += 1
        }
        return Language.resolve(flag: flag, dossier: nil, environment: environment)
    }
}
