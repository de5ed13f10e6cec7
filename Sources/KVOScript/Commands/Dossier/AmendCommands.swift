import KVOModel

extension CommandSpec {
    static let add = CommandSpec(
        name: "add", group: .dossier,
        summary: Message(en: "add a record", nl: "een gegeven toevoegen"),
        syntax: [.word(AddArguments.kind, .recordKind), .optional([.string(AddArguments.text)]), .fieldValues(AddArguments.fields)],
        example: "add measure \"Extra verlichting Industrieweg\" goal=G-2 party=PA-3 quarters=2025Q2,2025Q4",
        details: Message(
            en: "A quoted text right after the kind fills its main text field (title, name, description or location). Values are written as they are (status=done, date=2025-06-30, quarters=2025Q2,2025Q4, goal=G-2); quote text with blanks, and put an expression in parentheses: hours=(2 * 8). Every field is checked; nothing is added unless all is well.",
            nl: "Een tekst tussen aanhalingstekens direct na de soort vult het hoofdtekstveld (titel, naam, omschrijving of locatie). Waarden schrijft u zoals ze zijn (status=gereed, date=2025-06-30, quarters=2025Q2,2025Q4, goal=G-2); zet tekst met spaties tussen aanhalingstekens en een expressie tussen haakjes: hours=(2 * 8). Elk veld wordt gecontroleerd; er wordt niets toegevoegd tenzij alles klopt."),
        arguments: AddArguments.self,
        run: { arguments, context in
            let w = try context.writableWorkspace()
            let kind = try context.kind(arguments.kind, in: w.schema)
            guard !kind.isSingleton else {
                throw context.error(Message(en: "there is one \(kind.name) in a dossier; change it with: set \(kind.name) FIELD=VALUE",
                                            nl: "een dossier heeft één \(kind.name); wijzig het met: wijzig \(kind.name) VELD=WAARDE"))
            }
            var record = Record(fields: [:])
            if let text = arguments.text {
                guard let main = kind.fields.first(where: { $0.type == .text && $0.required }) else {
                    throw context.error(Message(en: "a \(kind.singular) has no main text; use FIELD=VALUE",
                                                nl: "\(kind.name) hebben geen hoofdtekst; gebruik VELD=WAARDE"),
                                        at: text.location, length: text.length)
                }
                record[main.name] = .string(text.text)
            }
            let editor = RecordEditor(context: context, workspace: w, kind: kind)
            let assignments = arguments.fields
            record = try editor.apply(assignments, to: record)
            var changes = w.changeSet()
            let id = changes.add(record, kind: kind)
            try editor.commit(changes, assignments: assignments)
            context.say(Message(en: "added \(id)\n", nl: "\(id) toegevoegd\n"))
        })

    static let set = CommandSpec(
        name: "set", group: .dossier,
        summary: Message(en: "change fields of a record", nl: "velden van een gegeven wijzigen"),
        syntax: [.record(SetArguments.id), .fieldValues(SetArguments.fields)],
        example: "set M-12 status=done done=2025-06-30",
        details: Message(
            en: "FIELD=null removes a field. Sections that exist once are set by name: set plan adopted=2025-03-01. Every value is checked; nothing changes unless all is well. undo takes it back.",
            nl: "VELD=null wist een veld. Onderdelen die één keer bestaan wijzigt u bij naam: wijzig plan adopted=2025-03-01. Elke waarde wordt gecontroleerd; er verandert niets tenzij alles klopt. 'ongedaan' draait het terug."),
        arguments: SetArguments.self,
        run: { arguments, context in
            let w = try context.writableWorkspace()
            let (kind, record, word) = try context.record(arguments.id, in: w)
            let assignments = arguments.fields
            guard !assignments.isEmpty else {
                throw context.error(Message(en: "nothing to set", nl: "niets te wijzigen"), at: word.location, length: word.length,
                                    hint: Message(en: "usage: set ID FIELD=VALUE ...", nl: "gebruik: wijzig ID VELD=WAARDE ..."))
            }
            let editor = RecordEditor(context: context, workspace: w, kind: kind)
            let updated = try editor.apply(assignments, to: record)
            let id = kind.isSingleton ? kind.name : record.id
            let existing = w.dossier.record(id)?.record
            if existing == updated {
                context.say(Message(en: "\(id): unchanged\n", nl: "\(id): ongewijzigd\n"))
                return
            }
            var changes = w.changeSet()
            changes.change(existing, to: updated, kind: kind)
            try editor.commit(changes, assignments: assignments)
            for a in assignments {
                let name = FieldValues.fieldName(a.name, in: kind) ?? a.name
                let old = FieldValues.value(record[name], type: kind.field(name)?.type)
                let new = FieldValues.value(updated[name], type: kind.field(name)?.type)
                if old != new {
                    context.say("\(id) \(name): " + ChangeText.shown(old) + " -> " + ChangeText.shown(new) + "\n")
                }
            }
        })

    static let remove = CommandSpec(
        name: "remove", aliases: ["rm", "delete"], group: .dossier,
        summary: Message(en: "remove a record", nl: "een gegeven verwijderen"),
        syntax: [.record(RemoveArguments.id)],
        options: [OptionSpec(RemoveArguments.force, summary: Message(en: "remove it even though other records refer to it, and clear those references",
                                                       nl: "ook verwijderen als andere gegevens ernaar verwijzen, en die verwijzingen wissen"))],
        example: "remove M-12",
        details: Message(
            en: "A record that others refer to is not removed; kvo names them. With --force the references are cleared in the same step (one undo brings everything back).",
            nl: "Een gegeven waar andere naar verwijzen wordt niet verwijderd; kvo noemt ze. Met --force worden de verwijzingen in dezelfde stap gewist (één keer 'ongedaan' zet alles terug)."),
        arguments: RemoveArguments.self,
        run: { arguments, context in
            let w = try context.writableWorkspace()
            let (kind, record, word) = try context.record(arguments.id, in: w)
            guard !kind.isSingleton else {
                throw context.error(Message(en: "\(kind.name) cannot be removed; clear its fields with set",
                                            nl: "\(kind.name) kan niet worden verwijderd; wis de velden met wijzig"))
            }
            let references = w.dossier.references(to: record.id)
            if !references.isEmpty, !arguments.force {
                let names = references.prefix(8).map { "\($0.id).\($0.field)" }.joined(separator: ", ") + (references.count > 8 ? ", ..." : "")
                let n = references.count
                throw context.error(Message(en: "\(record.id) is referred to by ", nl: "naar \(record.id) \(n == 1 ? "verwijst" : "verwijzen") ")
                                    + Noun.record.counted(n) + ": " + names,
                                    at: word.location, length: word.length,
                                    hint: Message(en: "change those first, or remove it anyway with: remove \(record.id) --force",
                                                  nl: "wijzig die eerst, of verwijder het toch met: verwijder \(record.id) --force"))
            }
            var changes = w.changeSet()
            for ref in Dictionary(grouping: references, by: \.id).keys.sorted() {
                guard let (refKind, refRecord) = w.dossier.record(ref) else { continue }
                var cleared = refRecord
                for field in refKind.fields where refRecord[field.name]?.strings.contains(record.id) == true {
                    switch refRecord[field.name] {
                    case .array(let items)?: cleared[field.name] = .array(items.filter { $0 != .string(record.id) })
                    default: cleared[field.name] = nil
                    }
                }
                changes.change(refRecord, to: cleared, kind: refKind)
            }
            changes.remove(record, kind: kind)
            try RecordEditor(context: context, workspace: w, kind: kind).commit(changes)
            if changes.changes.count > 1 {
                let others = Noun.record.counted(changes.changes.count - 1)
                context.say(Message(en: "removed \(record.id); cleared references in ", nl: "\(record.id) verwijderd; verwijzingen gewist in ")
                            + others + "\n")
            } else {
                context.say(Message(en: "removed \(record.id)\n", nl: "\(record.id) verwijderd\n"))
            }
        })

    static let undo = CommandSpec(
        name: "undo", group: .dossier,
        summary: Message(en: "take back the last change", nl: "de laatste wijziging terugdraaien"),
        example: "undo",
        details: Message(en: "Every change since opening can be undone, one at a time, and redone with redo.",
                         nl: "Elke wijziging sinds het openen kan ongedaan worden gemaakt, één voor één, en met 'opnieuw' weer worden uitgevoerd."),
        arguments: NoArguments.self,
        run: { _, context in
            let w = try context.writableWorkspace()
            let options = context.environment.options
            guard let undone = try w.undo(command: context.commandText, at: options.now(), by: options.user) else {
                throw context.error(Message(en: "nothing to undo", nl: "er is niets om ongedaan te maken"))
            }
            context.say(Message(en: "undid: ", nl: "ongedaan gemaakt: ") + undone.command + "\n")
        })

    static let redo = CommandSpec(
        name: "redo", group: .dossier,
        summary: Message(en: "make an undone change again", nl: "een ongedaan gemaakte wijziging opnieuw uitvoeren"),
        example: "redo",
        arguments: NoArguments.self,
        run: { _, context in
            let w = try context.writableWorkspace()
            let options = context.environment.options
            guard let redone = try w.redo(command: context.commandText, at: options.now(), by: options.user) else {
                throw context.error(Message(en: "nothing to redo", nl: "er is niets om opnieuw uit te voeren"))
            }
            context.say(Message(en: "redid: ", nl: "opnieuw uitgevoerd: ") + redone.command + "\n")
        })
}

struct AddArguments: CommandArguments {
    static let kind = SlotName("kind"), text = SlotName("text"), fields = SlotName("field")
    let kind: ParsedArguments.Word
    /// The main text, quoted, right after the kind.
    let text: ParsedArguments.Word?
    let fields: [ParsedArguments.Assignment]

    init(from a: ArgumentReader) throws(Diagnostic) {
        kind = try a.word(Self.kind)
        text = try a.optionalWord(Self.text)
        fields = try a.assignments(Self.fields)
    }
}

struct SetArguments: CommandArguments {
    static let id = SlotName("id"), fields = SlotName("field")
    let id: RecordReference
    let fields: [ParsedArguments.Assignment]

    init(from a: ArgumentReader) throws(Diagnostic) {
        id = try a.record(Self.id)
        fields = try a.assignments(Self.fields)
    }
}

struct RemoveArguments: CommandArguments {
    static let id = SlotName("id"), force = SlotName("force")
    let id: RecordReference
    let force: Bool

    init(from a: ArgumentReader) throws(Diagnostic) {
        id = try a.record(Self.id)
        force = try a.flag(Self.force)
    }
}

extension Noun {
    /// A record of the dossier: "1 record", "2 gegevens".
    static let record = Noun(en: "record", "records", nl: "gegeven", "gegevens")
}
