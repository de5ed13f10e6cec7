import KVOModel

extension CommandSpec {
    static let add = CommandSpec(
        name: "add", group: .dossier, summary: "add a record",
        syntax: [.word("kind", .recordKind), .optional([.string("text")]), .fieldValues("field")],
        example: "add measure \"Extra verlichting Industrieweg\" goal=G-2 party=PA-3 quarters=2025Q2,2025Q4",
        details: "A quoted text right after the kind fills its main text field (title, name, description or location). Values are written as they are (status=done, date=2025-06-30, quarters=2025Q2,2025Q4, goal=G-2); quote text with blanks, and put an expression in parentheses: hours=(2 * 8). Every field is checked; nothing is added unless all is well.",
        action: { context in
            let w = try context.writableWorkspace()
            let kind = try context.kind(context.arguments.word("kind")!, in: w.schema)
            guard !kind.isSingleton else {
                throw context.error("there is one \(kind.name) in a dossier; change it with: set \(kind.name) FIELD=VALUE")
            }
            let id = w.dossier.nextID(kind)
            var record = Record(fields: ["id": .string(id)])
            if let text = context.arguments.word("text") {
                guard let main = kind.fields.first(where: { $0.type == .text && $0.required }) else {
                    throw context.error("a \(kind.singular) has no main text; use FIELD=VALUE", at: text.location, length: text.length)
                }
                record[main.name] = .string(text.text)
            }
            let editor = RecordEditor(context: context, workspace: w, kind: kind)
            record = try editor.apply(context.arguments.assignments("field"), to: record)
            try editor.commit([Change(kind: kind.name, id: id, before: nil, after: record)])
            context.write("added \(id)\n")
        })

    static let set = CommandSpec(
        name: "set", group: .dossier, summary: "change fields of a record",
        syntax: [.record("id"), .fieldValues("field")],
        example: "set M-12 status=done done=2025-06-30",
        details: "FIELD=null removes a field. Sections that exist once are set by name: set plan adopted=2025-03-01. Every value is checked; nothing changes unless all is well. undo takes it back.",
        action: { context in
            let w = try context.writableWorkspace()
            let (kind, record, word) = try context.record(in: w)
            let assignments = context.arguments.assignments("field")
            guard !assignments.isEmpty else {
                throw context.error("nothing to set", at: word.location, length: word.length, hint: "usage: set ID FIELD=VALUE ...")
            }
            let editor = RecordEditor(context: context, workspace: w, kind: kind)
            let updated = try editor.apply(assignments, to: record)
            let id = kind.isSingleton ? kind.name : record.id
            let existing = w.dossier.record(id)?.record
            if existing == updated {
                context.write("\(id): unchanged\n")
                return
            }
            try editor.commit([Change(kind: kind.name, id: id, before: existing, after: updated)])
            for a in assignments {
                let old = FieldValues.value(record[a.name], type: kind.field(a.name)?.type)
                let new = FieldValues.value(updated[a.name], type: kind.field(a.name)?.type)
                if old != new { context.write("\(id) \(a.name): \(old == .null ? "(empty)" : old.literal) -> \(new == .null ? "(empty)" : new.literal)\n") }
            }
        })

    static let remove = CommandSpec(
        name: "remove", aliases: ["rm", "delete"], group: .dossier, summary: "remove a record",
        syntax: [.record("id")],
        options: [OptionSpec("force", summary: "remove it even though other records refer to it, and clear those references")],
        example: "remove M-12",
        details: "A record that others refer to is not removed; kvo names them. With --force the references are cleared in the same step (one undo brings everything back).",
        action: { context in
            let w = try context.writableWorkspace()
            let (kind, record, word) = try context.record(in: w)
            guard !kind.isSingleton else { throw context.error("\(kind.name) cannot be removed; clear its fields with set") }
            let references = w.dossier.references(to: record.id)
            let force = context.arguments.options["force"] != nil
            if !references.isEmpty, !force {
                let names = references.prefix(8).map { "\($0.id).\($0.field)" }.joined(separator: ", ")
                throw context.error("\(record.id) is referred to by \(references.count) record\(references.count == 1 ? "" : "s"): \(names)\(references.count > 8 ? ", ..." : "")",
                                    at: word.location, length: word.length, hint: "change those first, or remove it anyway with: remove \(record.id) --force")
            }
            var changes: [Change] = []
            for ref in Dictionary(grouping: references, by: \.id).keys.sorted() {
                guard let (refKind, refRecord) = w.dossier.record(ref) else { continue }
                var cleared = refRecord
                for field in refKind.fields where refRecord[field.name]?.strings.contains(record.id) == true {
                    switch refRecord[field.name] {
                    case .array(let items)?: cleared[field.name] = .array(items.filter { $0 != .string(record.id) })
                    default: cleared[field.name] = nil
                    }
                }
                changes.append(Change(kind: refKind.name, id: ref, before: refRecord, after: cleared))
            }
            changes.append(Change(kind: kind.name, id: record.id, before: record, after: nil, position: w.dossier.position(of: record.id)))
            try RecordEditor(context: context, workspace: w, kind: kind).commit(changes)
            context.write("removed \(record.id)\(changes.count > 1 ? "; cleared references in \(changes.count - 1) record\(changes.count == 2 ? "" : "s")" : "")\n")
        })

    static let undo = CommandSpec(
        name: "undo", group: .dossier, summary: "take back the last change",
        example: "undo",
        details: "Every change since opening can be undone, one at a time, and redone with redo.",
        action: { context in
            let w = try context.writableWorkspace()
            let options = context.interpreter.options
            guard let undone = try w.undo(command: context.commandText, at: options.now(), by: options.user) else {
                throw context.error("nothing to undo")
            }
            context.write("undid: \(undone.command)\n")
        })

    static let redo = CommandSpec(
        name: "redo", group: .dossier, summary: "make an undone change again",
        example: "redo",
        action: { context in
            let w = try context.writableWorkspace()
            let options = context.interpreter.options
            guard let redone = try w.redo(command: context.commandText, at: options.now(), by: options.user) else {
                throw context.error("nothing to redo")
            }
            context.write("redid: \(redone.command)\n")
        })
}
