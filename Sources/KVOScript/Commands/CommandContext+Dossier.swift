import KVOModel
import KVOReports
import KVOChecks

extension CommandContext {
    /// The open dossier, or an error saying how to open one.
    package func workspace() throws -> Workspace {
        guard let w = environment.workspace else {
            throw error(Message(en: "no dossier is open", nl: "er is geen dossier open"),
                        hint: Message(en: "open one with: open PATH (or start a new one with: new)",
                                      nl: "open er een met: open PAD (of begin een nieuw met: nieuw)"))
        }
        return w
    }

    /// The open dossier, when it may be changed; else an error in the words of `refusal`.
    package func writableWorkspace(refusing refusal: WriteRefusal = .changing) throws -> Workspace {
        let w = try workspace()
        // `whatif on`: the amendment is tried in memory; saving stays refused (Workspace.save).
        // An import keeps refusing there, as it did before the sandbox came.
        if w.sandbox, refusal.sandboxAllowed { return w }
        try refuseSafeMode(refusal)
        let options = environment.options
        if options.readOnly || w.readOnly {
            throw error(refusal.readOnly, hint: options.readOnly ? refusal.startedReadOnlyHint ?? refusal.readOnlyHint : refusal.readOnlyHint)
        }
        return w
    }

    /// Refuses under --safe, before anything else is looked at (`import` says so first).
    package func refuseSafeMode(_ refusal: WriteRefusal = .changing) throws {
        if environment.options.safe { throw error(refusal.safe, hint: refusal.safeHint) }
    }

    /// A record kind by the word given, or an error with a suggestion.
    package func kind(_ word: ParsedArguments.Word, in schema: Schema = .dossier) throws -> RecordKind {
        if let k = schema.kind(named: word.text) { return k }
        throw error(Message(en: "there is no kind of record called '\(word.text)'", nl: "er is geen soort gegeven '\(word.text)'")
                    + Suggestion.phrase(for: word.text, in: schema.allNames),
                    at: word.location, length: word.length, hint: Message(en: "'kinds' lists them", nl: "'soorten' toont ze"))
    }

    /// The record a `.record` slot names (`M-3`, or `measure M-3`), or an error with a suggestion.
    package func record(_ reference: RecordReference, in w: Workspace) throws -> (kind: RecordKind, record: Record, word: ParsedArguments.Word) {
        let word = reference.id
        if let found = w.dossier.record(word.text) {
            if let kindWord = reference.kind, let k = w.schema.kind(named: kindWord.text), k.name != found.kind.name {
                throw error(Message(en: "\(word.text) is a \(found.kind.singular), not a \(k.singular)",
                                    nl: "\(word.text) hoort bij \(found.kind.name), niet bij \(k.name)"),
                            at: kindWord.location, length: kindWord.length)
            }
            return (found.kind, found.record, word)
        }
        if let kind = w.schema.kind(ofID: word.text), kind.isSingleton {
            return (kind, Record(fields: [:]), word)
        }
        let known = w.dossier.allIDs + w.schema.kinds.filter(\.isSingleton).map(\.name)
        throw error(Message(en: "no record has the ID '\(word.text)'", nl: "geen gegeven heeft de ID '\(word.text)'") + Suggestion.phrase(for: word.text, in: known),
                    at: word.location, length: word.length,
                    hint: w.schema.kind(ofID: word.text).map { Message(en: "list \($0.name) shows the \($0.name) there are", nl: "lijst \($0.name) toont ze") })
    }

    /// The date to judge as of: `--as-of DATE` on the command, else the session's date.
    func asOf() throws -> Day {
        guard let word = arguments.options[SlotName.asOf.text]?.value else { return environment.options.today }
        guard let d = Day(word.text) else {
            throw error(Message(en: "--as-of expects a date such as 2025-03-01, got '\(word.text)'",
                                nl: "--as-of verwacht een datum zoals 2025-03-01, niet '\(word.text)'"),
                        at: word.location, length: word.length)
        }
        return d
    }

    /// The day the dossier is seen as it stood (`--as-of` on the command, else on the session),
    /// or nil: the dossier as it is (PointInTime, docs/language.md "A point in time").
    func pointInTime() throws -> Day? {
        if arguments.options[SlotName.asOf.text] != nil { return try asOf() }
        return environment.options.pointInTime
    }

    /// The dossier to judge, its cache and the day to judge it as of.
    func judged(_ w: Workspace) throws -> (dossier: Dossier, cache: CheckCache, asOf: Day) {
        let (dossier, cache) = w.judged(asOf: try pointInTime())
        return (dossier, cache, try asOf())
    }

    /// The statement as typed, for the journal and `changes`.
    package var commandText: String {
        String(source.line(location.line) ?? "").trimmingBlanks()
    }

    func write(_ text: String) { environment.output.write(text) }

    /// The language the session speaks now (`Interpreter.language`).
    package var language: Language { environment.language }

    /// Writes a message in the session's language.
    func say(_ message: Message) { environment.output.write(message.text(language)) }

    /// Prose fitted to the terminal's width: lines broken at blanks, never inside a word.
    func sayFitted(_ message: Message) { environment.output.write(TextLayout.fitted(message.text(language), width: width)) }
    func writeFitted(_ text: String) { environment.output.write(TextLayout.fitted(text, width: width)) }

    /// The width tables are fitted to: the terminal's, else 100.
    var width: Int { environment.options.terminalWidth() ?? 100 }
}

/// What a command says when the dossier may not be changed: under --safe, and when it is open
/// read-only (`startedReadOnlyHint` when kvo was started with --readonly, if it differs).
package struct WriteRefusal: Sendable {
    let safe: Message, safeHint: Message
    let readOnly: Message, readOnlyHint: Message, startedReadOnlyHint: Message?
    /// Whether `whatif on` lets the change be tried in memory all the same.
    let sandboxAllowed: Bool

    package static let changing = WriteRefusal(
        safe: Message(en: "safe mode: the dossier cannot be changed", nl: "veilige modus: het dossier kan niet worden gewijzigd"),
        safeHint: Message(en: "kvo was started with --safe", nl: "kvo is gestart met --safe"),
        readOnly: Message(en: "the dossier is open read-only", nl: "het dossier is alleen-lezen geopend"),
        readOnlyHint: Message(en: "open it without --readonly to change it", nl: "open het zonder --readonly om het te wijzigen"),
        startedReadOnlyHint: nil, sandboxAllowed: true)

    package static let importing = WriteRefusal(
        safe: Message(en: "safe mode: nothing can be imported", nl: "veilige modus: er kan niets worden geïmporteerd"),
        safeHint: Message(en: "kvo was started with --safe, which changes no dossier", nl: "kvo is gestart met --safe, dat geen dossier verandert"),
        readOnly: Message(en: "the dossier is open read-only: nothing can be imported", nl: "het dossier is alleen-lezen geopend: er kan niets worden geïmporteerd"),
        readOnlyHint: Message(en: "open it without --readonly to import into it", nl: "open het zonder --readonly om erin te importeren"),
        startedReadOnlyHint: Message(en: "kvo was started with --readonly", nl: "kvo is gestart met --readonly"), sandboxAllowed: false)
}
