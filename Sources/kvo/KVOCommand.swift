import ArgumentParser
import KVOScript
import KVOShell

let exitCodesHelp = """
    EXIT CODES
      0  ok
      1  a check or assertion failed
      2  usage, parse or load error (and errors in a script)
      3  internal error

    Without -c, and when standard input or output is not a terminal, standard input is read as a script: no editor, no prompt, no banner, no colour. Shell completion: kvo --generate-completion-script bash|zsh|fish.
    """

/// `kvo [DOSSIER] [-c COMMAND]...`: the shell, one-off commands, or a script on standard input.
struct KVOCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kvo",
        abstract: "A scripting shell for the dossier of a KVO Bedrijventerreinen workgroup (handbook 4.0).",
        discussion: exitCodesHelp,
        version: kvoVersion,
        subcommands: [RunCommand.self, CheckCommand.self])

    @Argument(help: "The workgroup's dossier (kvo-dossier/1 JSON).", completion: .file(extensions: ["json"]))
    var dossier: String?

    @Option(name: .customShort("c"), help: ArgumentHelp("Run COMMAND and exit (repeatable; all are parsed before any runs).", valueName: "COMMAND"))
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
            let settings = Shell.Settings(
                historyPath: flags.noHistory ? nil : HistoryPolicy.path(),
                startupFile: flags.noInit ? nil : Session.startupFile(),
                banner: "kvo \(kvoVersion) · KVO Bedrijventerreinen, handbook 4.0\nType 'help' for commands, Tab to complete, Ctrl-D to quit.\n")
            guard let shell = Shell(interpreter: interpreter, output: output, settings: settings) else {
                throw ValidationError("cannot start the line editor on this terminal")
            }
            if !opening.isEmpty {
                // The banner first, then what the dossier said on opening, then the prompt.
                output.write(settings.banner)
                shell.bannerShown = true
                let code = ScriptRunner.run(opening, with: interpreter)
                if code != 0 { finish(interpreter, output: output, code: code) }
            }
            finish(interpreter, output: output, code: shell.run())
        }
        let interpreter = try session.makeInterpreter(output: output, interactive: false)
        let text: String
        do {
            text = try FileSystem.readText("/dev/stdin")
        } catch {
            throw ValidationError("cannot read standard input: \(error.message)")
        }
        let code = ScriptRunner.run(opening + [SourceFile(name: "<stdin>", text: text, directory: cwd)], with: interpreter)
        finish(interpreter, output: output, code: code)
    }
}
