import KVOModel
import KVOReports

extension CommandSpec {
    static let changes = CommandSpec(
        name: "changes", group: .dossier,
        summary: Message(en: "the amendments since the dossier was opened: who, when, old and new",
                         nl: "de wijzigingen sinds het dossier geopend is: wie, wanneer, oud en nieuw"),
        syntax: [.optional([.literal("as"), .word(SlotName.format, .choice(OutputFormat.names))])],
        example: "changes",
        arguments: NoArguments.self,
        run: { _, context in
            let w = try context.workspace()
            let language = context.language
            var rows: [[String]] = []
            // The room reads names: parties, members, themes beside their IDs (JSON keeps the IDs).
            let names = context.outputFormat() == .table ? RoomNames(dossier: w.dossier, language: language) : nil
            for a in w.amendments {
                for (line, detail) in ChangeText.describe(a.changes, schema: w.schema, names: names).enumerated() {
                    let text = detail.text(language)
                    rows.append(line == 0 ? [a.at, a.by, a.command, text] : ["", "", "", text])
                }
            }
            if rows.isEmpty {
                context.say(Message(en: "no changes since \(w.displayName) was opened\n",
                                    nl: "geen wijzigingen sinds \(w.displayName) geopend is\n"))
                return
            }
            let headers = [Message(en: "when", nl: "wanneer"), Message(en: "who", nl: "wie"),
                           Message(en: "command", nl: "opdracht"), Message(en: "change", nl: "wijziging")]
            let table = Table(headers: headers.map { $0.text(language) }, rows: rows)
            switch context.outputFormat() {
            case .table: context.write(table.rendered(width: context.width))
            case .csv: context.write(table.csv)
            case .excelCSV: context.write(table.excelCSV)
            case .xlsx: try context.writeWorkbook(Workbook(sheets: [.init(name: "changes", table: table)]), named: "changes")
            case .md: context.write(table.markdown)
            case .json: context.write(JSONWriter.string(.array(w.amendments.map(\.json))))
            case let other: throw context.cannotWrite(other)
            }
        })

    static let diff = CommandSpec(
        name: "diff", group: .dossier,
        summary: Message(en: "what differs from the saved file", nl: "wat verschilt van het bewaarde bestand"),
        example: "diff",
        arguments: NoArguments.self,
        run: { _, context in
            let w = try context.workspace()
            // Only records amended since the last save can differ; compare those, in file order.
            var lines: [Message] = []
            let ids = w.touched.keys.sorted { a, b in
                let (ka, kb) = (w.touched[a]!, w.touched[b]!)
                if ka != kb { return (w.schema.kinds.firstIndex { $0.name == ka } ?? 0) < (w.schema.kinds.firstIndex { $0.name == kb } ?? 0) }
                return (w.dossier.position(of: a) ?? w.saved.position(of: a) ?? 0) < (w.dossier.position(of: b) ?? w.saved.position(of: b) ?? 0)
            }
            for id in ids {
                let before = w.saved.record(id)?.record, after = w.dossier.record(id)?.record
                if before == after { continue }
                lines += ChangeText.describe([Change(kind: w.touched[id]!, id: id, before: before, after: after)], schema: w.schema,
                                             names: RoomNames(dossier: w.dossier, language: context.language))
            }
            if lines.isEmpty {
                context.say(w.path.map { Message(en: "no differences from \($0)\n", nl: "geen verschillen met \($0)\n") }
                            ?? Message(en: "no differences from the saved file\n", nl: "geen verschillen met het bewaarde bestand\n"))
            } else {
                context.say(lines.joined(separator: "\n") + "\n")
            }
        })
}

/// Changes in words: `+ M-13 added`, `~ M-12 status: "planned" -> "done"`, `- M-4 removed`.
enum ChangeText {
    static func describe(_ changes: [Change], schema: Schema, names: RoomNames? = nil) -> [Message] {
        // A value as the line shows it: its literal, and the name of what it names when known.
        func shown(_ json: JSONValue, _ type: FieldType?) -> String {
            let literal = FieldValues.value(json, type: type).literal
            guard let name = json.stringValue.flatMap({ names?.name(of: $0, type: type) }) else { return literal }
            return literal + " (" + name + ")"
        }
        var lines: [Message] = []
        for c in changes {
            let kind = schema.kind(named: c.kind)
            switch (c.before, c.after) {
            case (nil, let after?):
                let fields = after.fields.keys.filter { $0 != Record.idField }.sorted()
                    .map { name in "\(name)=\(after[name].map { shown($0, kind?.field(name)?.type) } ?? "")" }
                lines.append(Message(en: "+ \(c.id) added: ", nl: "+ \(c.id) toegevoegd: ") + fields.joined(separator: " "))
            case (let before?, nil):
                lines.append(Message(en: "- \(c.id) removed", nl: "- \(c.id) verwijderd"))
                _ = before
            case (let before?, let after?):
                for key in Set(before.fields.keys).union(after.fields.keys).sorted() where before[key] != after[key] {
                    let type = kind?.field(key)?.type
                    let old = before[key].map { Message.verbatim(shown($0, type)) } ?? empty
                    let new = after[key].map { Message.verbatim(shown($0, type)) } ?? empty
                    lines.append("~ \(c.id) \(key): " + old + " -> " + new)
                }
            case (nil, nil):
                break
            }
        }
        return lines
    }

    /// An empty field, in a change: "(empty)" / "(leeg)".
    static let empty = Message(en: "(empty)", nl: "(leeg)")

    /// A value as a change shows it: its literal, or "(empty)".
    static func shown(_ value: Value) -> Message { value == .null ? empty : .verbatim(value.literal) }
}

/// Names for the IDs the room cannot read (PA-2, T05): a party's, member's, park's or document's
/// name, a theme's name in the session's language. Used where people read (tables at a terminal,
/// changes, diff, board); JSON keeps the bare IDs.
struct RoomNames {
    let dossier: Dossier
    let language: Language

    /// The name of what `value` names when a field of `type` holds it, or nil.
    func name(of value: String, type: FieldType?) -> String? {
        switch type {
        case .theme?: ThemeCatalogue.handbook.theme(value)?.name(language)
        case .reference?: dossier.record(value)?.record.string(Self.nameField)
        default: nil
        }
    }

    /// `PA-2 Gemeente Hoek`, `T05 Nuisance`, or the value alone.
    func labelled(_ value: String, type: FieldType?) -> String {
        name(of: value, type: type).map { value + " " + $0 } ?? value
    }

    /// The field every named kind (party, member, park, document) keeps its name in.
    static let nameField = PartyRecord.Field.name
}
