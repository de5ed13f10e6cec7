import KVOModel

extension CommandSpec {
    static let open = CommandSpec(
        name: "open", group: .dossier,
        summary: Message(en: "open a dossier file", nl: "een dossierbestand openen"),
        syntax: [.word(OpenArguments.file, .path)],
        options: [OptionSpec(OpenArguments.readOnly, summary: Message(en: "look without changing: no lock, no journal, no saving",
                                                          nl: "kijken zonder te wijzigen: geen slot, geen journaal, niet bewaren")),
                  OptionSpec(OpenArguments.quiet, summary: Message(en: "say nothing when it opened", nl: "niets melden als het geopend is"))],
        example: "open examples/de-hoek.json",
        details: Message(
            en: "Loading checks the whole file; a problem is reported with its line, column and field, and nothing is opened. A second kvo that opens the same file for writing is told who holds it. When a journal of unsaved amendments is found (kvo was killed before saving), kvo offers to replay it, throw it away, or open the file read-only and leave it; in a script, --recover replays it and --discard throws it away. A journal whose lines do not read is reported with the line's number and nothing is replayed.",
            nl: "Bij het laden wordt het hele bestand gecontroleerd; een probleem wordt gemeld met regel, kolom en veld, en er wordt niets geopend. Een tweede kvo die hetzelfde bestand opent om te wijzigen, hoort wie het in gebruik heeft. Staat er een journaal met niet-bewaarde wijzigingen (kvo werd gestopt voor het bewaren), dan biedt kvo aan het opnieuw af te spelen, het weg te gooien, of het bestand alleen-lezen te openen en het journaal te laten staan; in een script speelt --recover het af en gooit --discard het weg. Een journaal met een regel die niet te lezen is, wordt gemeld met het regelnummer, en er wordt niets afgespeeld."),
        arguments: OpenArguments.self,
        run: { arguments, context in
            let file = arguments.file
            let environment = context.environment
            if let current = environment.workspace, current.isDirty {
                throw CommandSpec.unsavedChanges(current, context)
            }
            let options = environment.options
            let path = FileSystem.resolve(file.text, against: context.source.directory)
            let readOnly = options.readOnly || arguments.readOnly
            let language = context.language
            do {
                let (workspace, replayed) = try Workspace.open(path, readOnly: readOnly, discardJournal: options.discard,
                                                               user: options.user, now: options.now()) { pending in
                    if options.recover { return .replay }
                    return CommandSpec.journalChoice(pending, path: path, readKey: environment.readKey, language: language)
                }
                environment.workspace?.close(discardingChanges: false)
                environment.replaceWorkspace(with: workspace)
                if options.warmsChecks { workspace.prepareChecks() }
                // From here the session may speak the dossier's language (its `language` field).
                let d = workspace.dossier
                let parks = d.count(.parks)
                let name = d.name.map(Message.verbatim) ?? Message(en: "unnamed dossier", nl: "dossier zonder naam")
                var summary = Message(en: "opened \(file.text): ", nl: "\(file.text) geopend: ") + name + ", "
                    + Noun(en: "park", "parks", nl: "terrein", "terreinen").counted(parks)
                if workspace.readOnly { summary += Message(en: " (read-only)", nl: " (alleen-lezen)") }
                if !arguments.quiet { context.say(summary + "\n") }
                if let old = d.upgradedFrom {
                    let copy = Workspace.oldFormatCopy(of: file.text, format: old) ?? file.text
                    let steps = DossierUpgrade.steps.drop { $0.from != old }.map(\.summary)
                    // On standard error, even with --quiet: a script's output stays clean, and
                    // the user still learns once that the file will change format on save.
                    let notice = Message(en: "note: this file is \(old); kvo upgraded it to \(Schema.format) in memory (",
                                        nl: "let op: dit bestand is \(old); kvo heeft het in het geheugen bijgewerkt naar \(Schema.format) (")
                                + steps.joined(separator: "; ")
                                + Message(en: "); save writes \(Schema.format) and keeps the old file as \(copy)\n",
                                          nl: "); bewaren schrijft \(Schema.format) en bewaart het oude bestand als \(copy)\n")
                    environment.output.writeError(TextLayout.fitted(notice.text(context.language), width: context.width))
                }
                if replayed > 0 {
                    context.say(replayed == 1
                        ? Message(en: "replayed 1 unsaved amendment from the journal; save to keep it\n",
                                  nl: "1 niet-bewaarde wijziging uit het journaal opnieuw afgespeeld; bewaar om die te houden\n")
                        : Message(en: "replayed \(replayed) unsaved amendments from the journal; save to keep them\n",
                                  nl: "\(replayed) niet-bewaarde wijzigingen uit het journaal opnieuw afgespeeld; bewaar om ze te houden\n"))
                }
            } catch let error as Workspace.OpenFailure {
                // A problem inside the file is shown in the file: its line, with a caret.
                if let line = error.line, let column = error.column, let bytes = error.bytes {
                    let json = SourceFile(name: file.text, bytes: bytes, line: line, column: column)
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
        syntax: [.optional([.string(NewArguments.name)])],
        example: "new \"KVO De Hoek\"",
        details: Message(en: "The new dossier has no file until it is saved with: save PATH.",
                         nl: "Het nieuwe dossier heeft geen bestand tot het bewaard is met: bewaar PAD."),
        arguments: NewArguments.self,
        run: { arguments, context in
            let environment = context.environment
            if let current = environment.workspace, current.isDirty {
                throw CommandSpec.unsavedChanges(current, context)
            }
            if environment.options.safe {
                throw context.error(Message(en: "safe mode: no new dossiers", nl: "veilige modus: geen nieuwe dossiers"),
                                    hint: Message(en: "kvo was started with --safe", nl: "kvo is gestart met --safe"))
            }
            environment.workspace?.close(discardingChanges: false)
            let name = arguments.name?.text
            environment.replaceWorkspace(with: Workspace.new(name: name))
            let named = name.map { " \"\($0)\"" } ?? ""
            context.say(Message(en: "new dossier\(named); save it with: save PATH\n", nl: "nieuw dossier\(named); bewaar het met: bewaar PAD\n"))
        })

    static let save = CommandSpec(
        name: "save", group: .dossier,
        summary: Message(en: "write the dossier to its file, or to a new one", nl: "het dossier naar zijn bestand schrijven, of naar een nieuw bestand"),
        syntax: [.optional([.word(SaveArguments.file, .path)])],
        options: [OptionSpec(SaveArguments.force, summary: Message(en: "save even over a file changed on disk since it was read, or a read-only one",
                                                       nl: "ook bewaren over een bestand dat op schijf gewijzigd is sinds het gelezen werd, of een alleen-lezen bestand"))],
        example: "save",
        details: Message(
            en: "The file is replaced in one step (a temporary file beside it, flushed to disk, then renamed), so a crash leaves the old or the new version, never half of one. Keys are sorted and indented, so the file diffs well in git. Saving empties the journal. A file changed on disk since kvo read it (by another program) is not overwritten, nor a read-only one: kvo says so, and save --force overrides (reload reads the file again instead). A symbolic link is written through: its target is replaced, the link stays.",
            nl: "Het bestand wordt in één stap vervangen (een tijdelijk bestand ernaast, naar schijf geschreven en dan hernoemd), zodat een crash de oude of de nieuwe versie achterlaat, nooit een halve. Sleutels zijn gesorteerd en ingesprongen, zodat git de verschillen goed toont. Bewaren leegt het journaal. Een bestand dat op schijf gewijzigd is sinds kvo het las (door een ander programma) wordt niet overschreven, en een alleen-lezen bestand ook niet: kvo meldt het, en bewaar --force gaat erover heen (herlaad leest het bestand in plaats daarvan opnieuw). Een symbolische koppeling wordt gevolgd: het doel wordt vervangen, de koppeling blijft."),
        arguments: SaveArguments.self,
        run: { arguments, context in
            let w = try context.writableWorkspace()
            let options = context.environment.options
            let target = arguments.file.map { FileSystem.resolve($0.text, against: context.source.directory) }
            do {
                try w.save(to: target, force: arguments.force, user: options.user, now: options.now())
            } catch let refusal as Workspace.Refusal {
                throw context.error(Message(en: "cannot save: ", nl: "kan niet bewaren: ") + refusal.message, hint: refusal.hint)
            } catch let held as LockFile.Held {
                throw context.error(Workspace.heldMessage(target ?? "", held))
            } catch let failure as IOError {
                throw context.error(Message(en: "cannot save: ", nl: "kan niet bewaren: ") + failure.message)
            } catch let failure as Diagnostic {
                throw context.error(Message(en: "cannot save: ", nl: "kan niet bewaren: ") + failure.message)
            } catch {
                throw context.error(Message(en: "cannot save: ", nl: "kan niet bewaren: ") + "\(error)")
            }
            context.say(Message(en: "saved \(w.path ?? "")\n", nl: "\(w.path ?? "") bewaard\n"))
        })

    static let reload = CommandSpec(
        name: "reload", group: .dossier,
        summary: Message(en: "read the dossier's file again, as it is on disk now", nl: "het dossierbestand opnieuw lezen, zoals het nu op schijf staat"),
        options: [OptionSpec(ReloadArguments.force, summary: Message(en: "reload even with unsaved amendments, and throw them away",
                                                       nl: "ook herladen met niet-bewaarde wijzigingen, en die weggooien"))],
        example: "reload",
        details: Message(
            en: "For when another program changed the file while kvo had it open (save then refuses to overwrite it). Unsaved amendments are not thrown away unless --force is given.",
            nl: "Voor als een ander programma het bestand wijzigde terwijl kvo het open had (bewaren weigert dan het te overschrijven). Niet-bewaarde wijzigingen worden alleen weggegooid met --force."),
        arguments: ReloadArguments.self,
        run: { arguments, context in
            let w = try context.workspace() // reading again writes nothing: read-only sessions may too
            do {
                try w.reload(force: arguments.force)
            } catch let refusal as Workspace.Refusal {
                throw context.error(Message(en: "cannot reload: ", nl: "kan niet herladen: ") + refusal.message, hint: refusal.hint)
            } catch let failure as IOError {
                throw context.error(Message(en: "cannot reload: ", nl: "kan niet herladen: ") + failure.message)
            } catch let failure as Diagnostic {
                throw context.error(Message(en: "cannot reload: ", nl: "kan niet herladen: ") + failure.message)
            }
            if context.environment.options.warmsChecks { context.environment.workspace?.prepareChecks() }
            context.say(Message(en: "reloaded \(w.path ?? "")\n", nl: "\(w.path ?? "") opnieuw gelezen\n"))
        })

    static let close = CommandSpec(
        name: "close", group: .dossier,
        summary: Message(en: "close the dossier", nl: "het dossier sluiten"),
        options: [OptionSpec(CloseArguments.discard, summary: Message(en: "close even with unsaved changes, and throw them away",
                                                         nl: "ook sluiten met niet-bewaarde wijzigingen, en die weggooien"))],
        example: "close",
        arguments: CloseArguments.self,
        run: { arguments, context in
            let w = try context.workspace()
            let language = context.language
            let discard = arguments.discard
            if w.isDirty, !discard {
                let name = w.displayName(in: language)
                throw context.error(Message(en: "\(name) has unsaved changes", nl: "\(name) heeft niet-bewaarde wijzigingen"),
                                    hint: Message(en: "save them, or throw them away with: close --discard",
                                                  nl: "bewaar ze, of gooi ze weg met: sluit --discard"))
            }
            w.close(discardingChanges: discard)
            context.environment.replaceWorkspace(with: nil)
            // The dossier's own language no longer counts once it is closed: say it in the language it was open in.
            let name = w.displayName(in: language)
            context.write((w.isDirty ? Message(en: "closed \(name) (changes discarded)\n", nl: "\(name) gesloten (wijzigingen weggegooid)\n")
                                     : Message(en: "closed \(name)\n", nl: "\(name) gesloten\n")).text(language))
        })

    /// Asks what to do with a journal of unsaved amendments: one key, replay, discard or open
    /// read-only (any other key stops opening). Without a terminal to ask on, opening stops.
    static func journalChoice(_ pending: Int, path: String, readKey: ((String) -> Character?)?, language: Language) -> Workspace.JournalChoice {
        guard let ask = readKey else { return .refuse }
        let found = pending == 1
            ? Message(en: "\(path) has 1 unsaved amendment in its journal (kvo was stopped before saving).",
                      nl: "\(path) heeft 1 niet-bewaarde wijziging in zijn journaal (kvo werd gestopt voor het bewaren).")
            : Message(en: "\(path) has \(pending) unsaved amendments in its journal (kvo was stopped before saving).",
                      nl: "\(path) heeft \(pending) niet-bewaarde wijzigingen in zijn journaal (kvo werd gestopt voor het bewaren).")
        let question = Message(en: " [r]eplay, [d]iscard, open read-[o]nly, or any other key to stop? ",
                               nl: " [a]fspelen, [w]eggooien, alleen-[l]ezen openen, of een andere toets om te stoppen? ")
        let keys: [Character: Workspace.JournalChoice] = language == .nl
            ? ["a": .replay, "w": .discard, "l": .readOnly]
            : ["r": .replay, "d": .discard, "o": .readOnly]
        guard let key = ask((found + question).text(language)) else { return .refuse }
        return keys[Character(key.lowercased())] ?? .refuse
    }

    /// "NAME has unsaved changes", for open and new.
    private static func unsavedChanges(_ w: Workspace, _ context: CommandContext) -> Diagnostic {
        let name = w.displayName(in: context.language)
        return context.error(Message(en: "\(name) has unsaved changes", nl: "\(name) heeft niet-bewaarde wijzigingen"),
                             hint: Message(en: "save them first, or: close --discard", nl: "bewaar ze eerst, of: sluit --discard"))
    }
}

/// `open FILE [--readonly] [--quiet]`.
struct OpenArguments: CommandArguments {
    static let file = SlotName("file"), readOnly = SlotName("readonly"), quiet = SlotName("quiet")
    let file: ParsedArguments.Word
    let readOnly: Bool
    let quiet: Bool

    init(from a: ArgumentReader) throws(Diagnostic) {
        file = try a.word(Self.file)
        readOnly = try a.flag(Self.readOnly)
        quiet = try a.flag(Self.quiet)
    }
}

/// `new ["NAME"]`.
struct NewArguments: CommandArguments {
    static let name = SlotName("name")
    let name: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) { name = try a.optionalWord(Self.name) }
}

/// `save [FILE] [--force]`.
struct SaveArguments: CommandArguments {
    static let file = SlotName("file"), force = SlotName("force")
    let file: ParsedArguments.Word?
    let force: Bool

    init(from a: ArgumentReader) throws(Diagnostic) {
        file = try a.optionalWord(Self.file)
        force = try a.flag(Self.force)
    }
}

/// `reload [--force]`.
struct ReloadArguments: CommandArguments {
    static let force = SlotName("force")
    let force: Bool

    init(from a: ArgumentReader) throws(Diagnostic) { force = try a.flag(Self.force) }
}

/// `close [--discard]`.
struct CloseArguments: CommandArguments {
    static let discard = SlotName("discard")
    let discard: Bool

    init(from a: ArgumentReader) throws(Diagnostic) { discard = try a.flag(Self.discard) }
}
