import ArgumentParser
import KVOModel
import KVOScript
import KVOShell

let exitCodesHelp = Message(
    en: """
        EXIT CODES
          0  ok
          1  a check or assertion failed
          2  usage, parse or load error (and errors in a script)
          3  internal error

        Without -c, and when standard input or output is not a terminal, standard input is read as a script: no editor, no prompt, no banner, no colour. Shell completion: kvo --generate-completion-script bash|zsh|fish.

        LANGUAGE
        --lang nl|en wins; then the dossier's "language" field; then LC_ALL, LC_MESSAGES or LANG; else English. Commands are accepted in Dutch and English whatever the language.
        """,
    nl: """
        AFSLUITCODES
          0  in orde
          1  een controle of bewering is niet gehaald
          2  fout in gebruik, ontleden of laden (ook fouten in een script)
          3  interne fout

        Zonder -c, en als standaardinvoer of -uitvoer geen terminal is, wordt standaardinvoer gelezen als script: geen editor, geen prompt, geen welkomsttekst, geen kleur. Aanvullen in de shell: kvo --generate-completion-script bash|zsh|fish.

        TAAL
        --lang nl|en gaat voor; dan het veld "language" van het dossier; dan LC_ALL, LC_MESSAGES of LANG; anders Engels. Opdrachten worden in het Nederlands en het Engels aanvaard, wat de taal ook is.
        """
).text(startupLanguage)

/// The greeting of the interactive shell.
let banner = Message(
    en: "kvo \(kvoVersion) · KVO Bedrijventerreinen, handbook 4.0\nType 'help' for commands, Tab to complete, Ctrl-D to quit.\n",
    nl: "kvo \(kvoVersion) · KVO Bedrijventerreinen, handboek 4.0\nTyp 'hulp' voor de opdrachten, Tab om aan te vullen, Ctrl-D om te stoppen.\n")

/// The DOSSIER argument of `kvo` and `kvo run`.
let dossierHelp = Message(en: "The workgroup's dossier (kvo-dossier/2 JSON).", nl: "Het dossier van de werkgroep (kvo-dossier/2 JSON).")

/// `kvo [DOSSIER] [-c COMMAND]...`: the shell, one-off commands, or a script on standard input.
struct KVOCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kvo",
        abstract: Message(en: "A scripting shell for the dossier of a KVO Bedrijventerreinen workgroup (handbook 4.0).",
                          nl: "Een scriptshell voor het dossier van een werkgroep KVO Bedrijventerreinen (handboek 4.0).").text(startupLanguage),
        discussion: exitCodesHelp,
        version: kvoVersion,
        subcommands: [RunCommand.self, CheckCommand.self])

    @Argument(help: ArgumentHelp(dossierHelp.text(startupLanguage)), completion: .file(extensions: ["json"]))
    var dossier: String?

    @Option(name: .customShort("c"), help: ArgumentHelp(Message(
        en: "Run COMMAND and exit (repeatable; all are parsed before any runs).",
        nl: "Voer COMMAND uit en stop (herhaalbaar; alle worden ontleed voordat er een wordt uitgevoerd)."
    ).text(startupLanguage), valueName: "COMMAND"))
    var commands: [String] = []

    @OptionGroup var flags: SessionFlags

    func run() throws {
        try KVOCommand.start(dossier: dossier, commands: commands, flags: flags.settings)
    }

    static func start(dossier: String?, commands: [String], flags: SessionSettings) throws -> Never {
        let output = StandardOutput()
        // Quiet in batch: `kvo BIG -c 'count incidents'` prints the count and nothing else.
        let opening = dossier.map { [Session.openSource($0, quiet: !Terminal.isInteractive || !commands.isEmpty)] } ?? []
        let cwd = FileSystem.currentDirectory()
        let session = Session(flags: flags, safeRoot: cwd)
        if !commands.isEmpty {
            let interpreter = try session.makeInterpreter(output: output, interactive: false)
            let sources = commands.enumerated().map { i, text in
                SourceFile(name: commands.count == 1 ? "<command>" : "<command \(i + 1)>", text: text, directory: cwd)
            }
            let code = ScriptRunner.run(opening + sources, with: interpreter)
            finish(interpreter, output: output, code: code)
        }
        if Terminal.isInteractive {
            let interpreter = try session.makeInterpreter(output: output, interactive: true)
            Shell.installInterruptHandler()
            var settings = Shell.Settings(
                historyPath: flags.noHistory ? nil : HistoryPolicy.path(),
                startupFile: flags.noInit ? nil : Session.startupFile(),
                banner: banner)
            settings.writesHistory = !flags.safe && !flags.readOnly
            guard let shell = Shell(interpreter: interpreter, output: output, settings: settings) else {
                throw ValidationError(Message(en: "cannot start the line editor on this terminal",
                                              nl: "kan de regeleditor op deze terminal niet starten").text(startupLanguage))
            }
            if !opening.isEmpty {
                // The banner first, then what the dossier said on opening, then the prompt. The
                // banner speaks the language the session will speak once the dossier is open.
                output.write(settings.banner.text(Session.languageOfDossier(dossier!, flags: flags)))
                shell.bannerShown = true
                let code = ScriptRunner.run(opening, with: interpreter)
                if code != 0 { finish(interpreter, output: output, code: code) }
            }
            finish(interpreter, output: output, code: shell.run())
        }
        let interpreter = try session.makeInterpreter(output: output, interactive: false)
        let text: String
        do {
            text = try FileSystem.readText("/dev/stdin", allowingStreams: true)
        } catch {
            throw ValidationError(Message(en: "cannot read standard input: \(error.reasonMessage)",
                                          nl: "kan standaardinvoer niet lezen: \(error.reasonMessage)").text(startupLanguage))
        }
        let code = ScriptRunner.run(opening + [SourceFile(name: "<stdin>", text: text, directory: cwd)], with: interpreter)
        finish(interpreter, output: output, code: code)
    }
}
