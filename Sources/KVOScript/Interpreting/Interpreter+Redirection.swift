import KVOModel

/// `COMMAND > FILE` and `COMMAND >> FILE`: the command's output is collected and written to the
/// file when the command has finished, so a command that fails leaves the file as it was.
/// Errors still go to the session's error stream.
extension Interpreter {
    func execute(_ statement: Statement, in source: SourceFile, writingTo redirection: Redirection) throws {
        let target = try redirectionTarget(redirection, in: source)
        let file = CollectedOutput(errors: output)
        let saved = output
        output = file
        defer { output = saved }
        try execute(statement, in: source)
        let bytes = Array(file.text.utf8)
        do {
            if redirection.appends {
                try FileSystem.append(bytes, to: target)
            } else {
                try FileSystem.writeAtomically(bytes, to: target)
            }
        } catch {
            throw Diagnostic(.runtime, error.message, source: source, at: redirection.location, length: redirection.appends ? 2 : 1)
        }
    }

    /// The file to write, resolved against the script's folder; an error in --safe and
    /// --readonly sessions (which write no file) and for the open dossier's own file.
    func redirectionTarget(_ redirection: Redirection, in source: SourceFile) throws -> String {
        let arrow = redirection.appends ? ">>" : ">"
        func refuse(_ message: Message, hint: Message) -> Diagnostic {
            Diagnostic(.runtime, message, source: source, at: redirection.location, length: arrow.count, hint: hint)
        }
        let name = redirection.path.text
        if options.safe {
            throw refuse(Message(en: "safe mode: '\(arrow) \(name)' would write a file, and --safe writes none",
                                 nl: "veilige modus: '\(arrow) \(name)' zou een bestand schrijven, en --safe schrijft er geen"),
                         hint: Message(en: "leave out '\(arrow) \(name)' to see the output here", nl: "laat '\(arrow) \(name)' weg om de uitvoer hier te zien"))
        }
        if options.readOnly {
            throw refuse(Message(en: "read-only mode: '\(arrow) \(name)' would write a file, and --readonly writes none",
                                 nl: "alleen-lezen: '\(arrow) \(name)' zou een bestand schrijven, en --readonly schrijft er geen"),
                         hint: Message(en: "leave out '\(arrow) \(name)' to see the output here, or start kvo without --readonly",
                                       nl: "laat '\(arrow) \(name)' weg om de uitvoer hier te zien, of start kvo zonder --readonly"))
        }
        let target = FileSystem.resolve(name, against: source.directory)
        if let dossier = workspace?.path, let a = FileSystem.realPath(dossier), FileSystem.realPath(target) == a {
            throw refuse(Message(en: "'\(arrow) \(name)' would overwrite the open dossier", nl: "'\(arrow) \(name)' zou het open dossier overschrijven"),
                         hint: Message(en: "choose another file name; the dossier is written with 'save'",
                                       nl: "kies een andere bestandsnaam; het dossier schrijf je met 'bewaar'"))
        }
        return target
    }
}

/// Collects a redirected command's output; its errors go on to the session's error stream.
final class CollectedOutput: OutputSink {
    private(set) var text = ""
    private let errors: OutputSink

    init(errors: OutputSink) { self.errors = errors }

    func write(_ text: String) { self.text += text }
    func writeError(_ text: String) { errors.writeError(text) }
}
