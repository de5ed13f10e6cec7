import KVOModel
import KVOReports

extension CommandSpec {
    static let changes = CommandSpec(
        name: "changes", group: .dossier,
        summary: Message(en: "the amendments since the dossier was opened: who, when, old and new",
                         nl: "de wijzigingen sinds het dossier geopend is: wie, wanneer, oud en nieuw"),
        syntax: [.optional([.literal("as"), .word("format", .choice(OutputFormat.names))])],
        example: "changes",
        action: { context in
            let w = try context.workspace()
            let language = context.language
            var rows: [[String]] = []
            for a in w.amendments {
                for (line, detail) in ChangeText.describe(a.changes, schema: w.schema).enumerated() {
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
            switch try context.format {
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
        action: { context in
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
                lines += ChangeText.describe([Change(kind: w.touched[id]!, id: id, before: before, after: after)], schema: w.schema)
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
    static func describe(_ changes: [Change], schema: Schema) -> [Message] {
        var lines: [Message] = []
        for c in changes {
            let kind = schema.kind(named: c.kind)
            switch (c.before, c.after) {
            case (nil, let after?):
                let fields = after.fields.keys.filter { $0 != Record.idField }.sorted()
                    .map { "\($0)=\(FieldValues.value(after[$0], type: kind?.field($0)?.type).literal)" }
                lines.append(Message(en: "+ \(c.id) added: ", nl: "+ \(c.id) toegevoegd: ") + fields.joined(separator: " "))
            case (let before?, nil):
                lines.append(Message(en: "- \(c.id) removed", nl: "- \(c.id) verwijderd"))
                _ = before
            case (let before?, let after?):
                for key in Set(before.fields.keys).union(after.fields.keys).sorted() where before[key] != after[key] {
                    let type = kind?.field(key)?.type
                    let old = before[key].map { Message.verbatim(FieldValues.value($0, type: type).literal) } ?? empty
                    let new = after[key].map { Message.verbatim(FieldValues.value($0, type: type).literal) } ?? empty
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
