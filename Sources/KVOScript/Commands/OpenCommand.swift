import KVOModel

extension CommandSpec {
    static let open = CommandSpec(
        name: "open", group: .dossier, summary: "open a dossier file",
        syntax: [.word("file", .path)],
        options: [OptionSpec("readonly", summary: "look without changing: no lock, no journal, no saving"),
                  OptionSpec("quiet", summary: "say nothing when it opened")],
        example: "open examples/de-hoek.json",
        details: "Loading checks the whole file; a problem is reported with its line, column and field, and nothing is opened. A second kvo that opens the same file for writing is told who holds it. When a journal of unsaved amendments is found (kvo stopped before saving), kvo offers to replay it; in a script, --recover replays it.",
        action: { context in
            guard let file = context.arguments.word("file") else { return }
            let interpreter = context.interpreter
            if let current = interpreter.workspace, current.isDirty {
                throw context.error("\(current.displayName) has unsaved changes", hint: "save them first, or: close --discard")
            }
            let options = interpreter.options
            let path = FileSystem.resolve(file.text, against: context.source.directory)
            let readOnly = options.readOnly || context.arguments.options["readonly"] != nil
            do {
                let (workspace, replayed) = try Workspace.open(path, readOnly: readOnly, user: options.user, now: options.now()) { pending in
                    if readOnly { return .discard }
                    if options.recover { return .replay }
                    guard let ask = interpreter.confirm else { return .refuse }
                    return ask("\(path) has \(pending) unsaved amendment\(pending == 1 ? "" : "s") in its journal (kvo stopped before saving). Replay \(pending == 1 ? "it" : "them")?")
                        ? .replay : .refuse
                }
                interpreter.workspace?.close(discardingChanges: false)
                interpreter.workspace = workspace
                workspace.prepareChecks()
                let d = workspace.dossier
                let parks = d.count(d.schema.kind(named: "parks")!)
                var summary = "opened \(file.text): \(d.name ?? "unnamed dossier"), \(parks) park\(parks == 1 ? "" : "s")"
                if readOnly { summary += " (read-only)" }
                if context.arguments.options["quiet"] == nil { context.write(summary + "\n") }
                if replayed > 0 { context.write("replayed \(replayed) unsaved amendment\(replayed == 1 ? "" : "s") from the journal; save to keep them\n") }
            } catch let error as Workspace.OpenFailure {
                // A problem inside the file is shown in the file: its line, with a caret.
                if let line = error.line, let column = error.column, let bytes = try? FileStore.read(path) {
                    let json = SourceFile(name: file.text, text: String(decoding: bytes, as: UTF8.self), directory: ".")
                    throw Diagnostic(.load, error.message, source: json, at: SourceLocation(line: line, column: column), hint: error.hint)
                }
                let message = error.message.en.hasPrefix("cannot ") ? error.message
                    : Message(en: "cannot open \(file.text): \(error.message.en)", nl: "kan \(file.text) niet openen: \(error.message.nl)")
                throw Diagnostic(.load, message, source: context.source, at: file.location,
                                 length: file.length, hint: error.hint)
            }
        })

    static let new = CommandSpec(
        name: "new", group: .dossier, summary: "start an empty dossier",
        syntax: [.optional([.string("name")])],
        example: "new \"KVO De Hoek\"",
        details: "The new dossier has no file until it is saved with: save PATH.",
        action: { context in
            let interpreter = context.interpreter
            if let current = interpreter.workspace, current.isDirty {
                throw context.error("\(current.displayName) has unsaved changes", hint: "save them first, or: close --discard")
            }
            if interpreter.options.safe { throw context.error("safe mode: no new dossiers", hint: "kvo was started with --safe") }
            interpreter.workspace?.close(discardingChanges: false)
            let name = context.arguments.word("name")?.text
            interpreter.workspace = Workspace.new(name: name)
            context.write("new dossier\(name.map { " \"\($0)\"" } ?? ""); save it with: save PATH\n")
        })

    static let save = CommandSpec(
        name: "save", group: .dossier, summary: "write the dossier to its file, or to a new one",
        syntax: [.optional([.word("file", .path)])],
        example: "save",
        details: "The file is replaced in one step (a temporary file beside it, flushed to disk, then renamed), so a crash leaves the old or the new version, never half of one. Keys are sorted and indented, so the file diffs well in git. Saving empties the journal.",
        action: { context in
            let w = try context.writableWorkspace()
            let options = context.interpreter.options
            let target = context.arguments.word("file").map { FileSystem.resolve($0.text, against: context.source.directory) }
            do {
                try w.save(to: target, user: options.user, now: options.now())
            } catch let held as LockFile.Held {
                throw context.error("\(target ?? "") is being edited by \(held.owner)")
            } catch {
                throw context.error("cannot save: \(error)")
            }
            context.write("saved \(w.path ?? "")\n")
        })

    static let close = CommandSpec(
        name: "close", group: .dossier, summary: "close the dossier",
        options: [OptionSpec("discard", summary: "close even with unsaved changes, and throw them away")],
        example: "close",
        action: { context in
            let w = try context.workspace()
            let discard = context.arguments.options["discard"] != nil
            if w.isDirty, !discard {
                throw context.error("\(w.displayName) has unsaved changes", hint: "save them, or throw them away with: close --discard")
            }
            w.close(discardingChanges: discard)
            context.interpreter.workspace = nil
            context.write("closed \(w.displayName)\(w.isDirty ? " (changes discarded)" : "")\n")
        })
}
