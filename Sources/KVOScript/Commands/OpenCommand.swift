import KVOModel

extension CommandSpec {
    static let open = CommandSpec(
        name: "open", group: .dossier,
        summary: Message(en: "open a dossier file", nl: "een dossierbestand openen"),
        syntax: [.word("file", .path)],
        options: [OptionSpec("readonly", summary: Message(en: "look without changing: no lock, no journal, no saving",
                                                          nl: "kijken zonder te wijzigen: geen slot, geen journaal, niet bewaren")),
                  OptionSpec("quiet", summary: Message(en: "say nothing when it opened", nl: "niets melden als het geopend is"))],
        example: "open examples/de-hoek.json",
        details: Message(
            en: "Loading checks the whole file; a problem is reported with its line, column and field, and nothing is opened. A second kvo that opens the same file for writing is told who holds it. When a journal of unsaved amendments is found (kvo stopped before saving), kvo offers to replay it; in a script, --recover replays it.",
            nl: "Bij het laden wordt het hele bestand gecontroleerd; een probleem wordt gemeld met regel, kolom en veld, en er wordt niets geopend. Een tweede kvo die hetzelfde bestand opent om te wijzigen, hoort wie het in gebruik heeft. Staat er een journaal met niet-bewaarde wijzigingen (kvo stopte voor het bewaren), dan biedt kvo aan het opnieuw af te spelen; in een script doet --recover dat."),
        action: { context in
            guard let file = context.arguments.word("file") else { return }
            let interpreter = context.interpreter
            if let current = interpreter.workspace, current.isDirty {
                throw CommandSpec.unsavedChanges(current, context)
            }
            let options = interpreter.options
            let path = FileSystem.resolve(file.text, against: context.source.directory)
            let readOnly = options.readOnly || context.arguments.options["readonly"] != nil
            let language = context.language
            do {
                let (workspace, replayed) = try Workspace.open(path, readOnly: readOnly, user: options.user, now: options.now()) { pending in
                    if readOnly { return .discard }
                    if options.recover { return .replay }
                    guard let ask = interpreter.confirm else { return .refuse }
                    let question = pending == 1
                        ? Message(en: "\(path) has 1 unsaved amendment in its journal (kvo stopped before saving). Replay it?",
                                  nl: "\(path) heeft 1 niet-bewaarde wijziging in zijn journaal (kvo stopte voor het bewaren). Opnieuw afspelen?")
                        : Message(en: "\(path) has \(pending) unsaved amendments in its journal (kvo stopped before saving). Replay them?",
                                  nl: "\(path) heeft \(pending) niet-bewaarde wijzigingen in zijn journaal (kvo stopte voor het bewaren). Opnieuw afspelen?")
                    return ask(question.text(language)) ? .replay : .refuse
                }
                interpreter.workspace?.close(discardingChanges: false)
                interpreter.workspace = workspace
                workspace.prepareChecks()
                // From here the session may speak the dossier's language (its `language` field).
                let d = workspace.dossier
                let parks = d.count(d.schema.kind(named: "parks")!)
                let name = d.name.map(Message.verbatim) ?? Message(en: "unnamed dossier", nl: "dossier zonder naam")
                var summary = Message(en: "opened \(file.text): ", nl: "\(file.text) geopend: ") + name + ", "
                    + Noun(en: "park", "parks", nl: "terrein", "terreinen").counted(parks)
                if readOnly { summary += Message(en: " (read-only)", nl: " (alleen-lezen)") }
                if context.arguments.options["quiet"] == nil { context.say(summary + "\n") }
                if replayed > 0 {
                    context.say(replayed == 1
                        ? Message(en: "replayed 1 unsaved amendment from the journal; save to keep it\n",
                                  nl: "1 niet-bewaarde wijziging uit het journaal opnieuw afgespeeld; bewaar om die te houden\n")
                        : Message(en: "replayed \(replayed) unsaved amendments from the journal; save to keep them\n",
                                  nl: "\(replayed) niet-bewaarde wijzigingen uit het journaal opnieuw afgespeeld; bewaar om ze te houden\n"))
                }
            } catch let error as Workspace.OpenFailure {
                // A problem inside the file is shown in the file: its line, with a caret.
                if let line = error.line, let column = error.column, let bytes = try? FileStore.read(path) {
                    let json = SourceFile(name: file.text, text: String(decoding: bytes, as: UTF8.self), directory: ".")
                    throw Diagnostic(.load, error.message, source: json, at: SourceLocation(line: line, column: column), hint: error.hint)
                }
                let message = error.isWhole ? error.message
                    : Message(en: "cannot open \(file.text): ", nl: "kan \(file.text) niet openen: ") + error.message
                throw Diagnostic(.load, message, source: context.source, at: file.location,
                                 length: file.length, hint: error.hint)
            }
        })

    static let new = CommandSpec(
        name: "new", group: .dossier,
        summary: Message(en: "start an empty dossier", nl: "een leeg dossier beginnen"),
        syntax: [.optional([.string("name")])],
        example: "new \"KVO De Hoek\"",
        details: Message(en: "The new dossier has no file until it is saved with: save PATH.",
                         nl: "Het nieuwe dossier heeft geen bestand tot het bewaard is met: bewaar PAD."),
        action: { context in
            let interpreter = context.interpreter
            if let current = interpreter.workspace, current.isDirty {
                throw CommandSpec.unsavedChanges(current, context)
            }
            if interpreter.options.safe {
                throw context.error(Message(en: "safe mode: no new dossiers", nl: "veilige modus: geen nieuwe dossiers"),
                                    hint: Message(en: "kvo was started with --safe", nl: "kvo is gestart met --safe"))
            }
            interpreter.workspace?.close(discardingChanges: false)
            let name = context.arguments.word("name")?.text
            interpreter.workspace = Workspace.new(name: name)
            let named = name.map { " \"\($0)\"" } ?? ""
            context.say(Message(en: "new dossier\(named); save it with: save PATH\n", nl: "nieuw dossier\(named); bewaar het met: bewaar PAD\n"))
        })

    static let save = CommandSpec(
        name: "save", group: .dossier,
        summary: Message(en: "write the dossier to its file, or to a new one", nl: "het dossier naar zijn bestand schrijven, of naar een nieuw bestand"),
        syntax: [.optional([.word("file", .path)])],
        example: "save",
        details: Message(
            en: "The file is replaced in one step (a temporary file beside it, flushed to disk, then renamed), so a crash leaves the old or the new version, never half of one. Keys are sorted and indented, so the file diffs well in git. Saving empties the journal.",
            nl: "Het bestand wordt in één stap vervangen (een tijdelijk bestand ernaast, naar schijf geschreven en dan hernoemd), zodat een crash de oude of de nieuwe versie achterlaat, nooit een halve. Sleutels zijn gesorteerd en ingesprongen, zodat git de verschillen goed toont. Bewaren leegt het journaal."),
        action: { context in
            let w = try context.writableWorkspace()
            let options = context.interpreter.options
            let target = context.arguments.word("file").map { FileSystem.resolve($0.text, against: context.source.directory) }
            do {
                try w.save(to: target, user: options.user, now: options.now())
            } catch let held as LockFile.Held {
                throw context.error(Workspace.heldMessage(target ?? "", held))
            } catch let failure as FileStore.Failure {
                throw context.error(Message(en: "cannot save: ", nl: "kan niet bewaren: ") + failure.message)
            } catch {
                throw context.error(Message(en: "cannot save: ", nl: "kan niet bewaren: ") + "\(error)")
            }
            context.say(Message(en: "saved \(w.path ?? "")\n", nl: "\(w.path ?? "") bewaard\n"))
        })

    static let close = CommandSpec(
        name: "close", group: .dossier,
        summary: Message(en: "close the dossier", nl: "het dossier sluiten"),
        options: [OptionSpec("discard", summary: Message(en: "close even with unsaved changes, and throw them away",
                                                         nl: "ook sluiten met niet-bewaarde wijzigingen, en die weggooien"))],
        example: "close",
        action: { context in
            let w = try context.workspace()
            let language = context.language
            let discard = context.arguments.options["discard"] != nil
            if w.isDirty, !discard {
                let name = w.displayName(in: language)
                throw context.error(Message(en: "\(name) has unsaved changes", nl: "\(name) heeft niet-bewaarde wijzigingen"),
                                    hint: Message(en: "save them, or throw them away with: close --discard",
                                                  nl: "bewaar ze, of gooi ze weg met: sluit --discard"))
            }
            w.close(discardingChanges: discard)
            context.interpreter.workspace = nil
            // The dossier's own language no longer counts once it is closed: say it in the language it was open in.
            let name = w.displayName(in: language)
            context.write((w.isDirty ? Message(en: "closed \(name) (changes discarded)\n", nl: "\(name) gesloten (wijzigingen weggegooid)\n")
                                     : Message(en: "closed \(name)\n", nl: "\(name) gesloten\n")).text(language))
        })

    /// "NAME has unsaved changes", for open and new.
    private static func unsavedChanges(_ w: Workspace, _ context: CommandContext) -> Diagnostic {
        let name = w.displayName(in: context.language)
        return context.error(Message(en: "\(name) has unsaved changes", nl: "\(name) heeft niet-bewaarde wijzigingen"),
                             hint: Message(en: "save them first, or: close --discard", nl: "bewaar ze eerst, of: sluit --discard"))
    }
}
