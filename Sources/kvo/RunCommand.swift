import ArgumentParser
import KVOModel
import KVOScript
import KVOShell

/// `kvo run SCRIPT [DOSSIER] [--var k=v]...`
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: Message(en: "Run a saved script, optionally on a dossier.",
                          nl: "Voer een bewaard script uit, eventueel op een dossier.").text(startupLanguage),
        usage: "kvo run <script> [<dossier>] [--var <NAME=VALUE> ...] [<options>]",
        discussion: exitCodesHelp)

    @Argument(help: ArgumentHelp(Message(en: "The script (.kvo).", nl: "Het script (.kvo).").text(startupLanguage)),
              completion: .file(extensions: ["kvo"]))
    var script: String

    @Argument(help: ArgumentHelp(dossierHelp.text(startupLanguage)), completion: .file(extensions: ["json"]))
    var dossier: String?

    @OptionGroup var flags: SessionFlags

    func run() throws {
        try RunCommand.start(script: script, dossier: dossier, flags: flags.settings)
    }

    static func start(script: String, dossier: String?, flags: SessionSettings) throws -> Never {
        let output = StandardOutput()
        let text: String
        do {
            text = try FileSystem.readText(script)
        } catch {
            throw ValidationError(Message(en: "cannot read script '\(script)': \(error.reasonMessage)",
                                          nl: "kan script '\(script)' niet lezen: \(error.reasonMessage)").text(startupLanguage))
        }
        let folder = FileSystem.directory(of: script)
        let session = Session(flags: flags, safeRoot: folder)
        let interpreter = try session.makeInterpreter(output: output, interactive: false)
        let opening = dossier.map { [Session.openSource($0, quiet: true)] } ?? []
        let code = ScriptRunner.run(opening + [SourceFile(name: script, text: text, directory: folder)], with: interpreter)
        finish(interpreter, output: output, code: code)
    }
}
