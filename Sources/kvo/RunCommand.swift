import ArgumentParser
import KVOScript
import KVOShell

/// `kvo run SCRIPT [DOSSIER] [--var k=v]...`
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a saved script, optionally on a dossier.",
        usage: "kvo run <script> [<dossier>] [--var <NAME=VALUE> ...] [<options>]",
        discussion: exitCodesHelp)

    @Argument(help: "The script (.kvo).", completion: .file(extensions: ["kvo"]))
    var script: String

    @Argument(help: "The workgroup's dossier (kvo-dossier/1 JSON).", completion: .file(extensions: ["json"]))
    var dossier: String?

    @OptionGroup var flags: SessionFlags

    func run() throws {
        let output = StandardOutput()
        let text: String
        do {
            text = try FileSystem.readText(script)
        } catch {
            throw ValidationError("cannot read script '\(script)': \(error.message)")
        }
        let folder = FileSystem.directory(of: script)
        let session = Session(flags: flags.settings, safeRoot: folder)
        let interpreter = try session.makeInterpreter(output: output, interactive: false)
        let opening = dossier.map { [Session.openSource($0, quiet: true)] } ?? []
        let code = ScriptRunner.run(opening + [SourceFile(name: script, text: text, directory: folder)], with: interpreter)
        finish(interpreter, output: output, code: code)
    }
}
