import KVOModel

extension CommandSpec {
    static let changes = CommandSpec(
        name: "changes", group: .dossier, summary: "the amendments since the dossier was opened: who, when, old and new",
        syntax: [.optional([.literal("as"), .word("format", .choice(OutputFormat.names))])],
        example: "changes",
        action: { context in
            let w = try context.workspace()
            var rows: [[String]] = []
            for a in w.amendments {
                for (line, detail) in ChangeText.describe(a.changes, schema: w.schema).enumerated() {
                    rows.append(line == 0 ? [a.at, a.by, a.command, detail] : ["", "", "", detail])
                }
            }
            if rows.isEmpty {
                context.write("no changes since \(w.displayName) was opened\n")
                return
            }
            let table = Table(headers: ["when", "who", "command", "change"], rows: rows)
            switch try context.format {
            case .table: context.write(table.rendered(width: context.interpreter.options.terminalWidth() ?? 100))
            case .csv: context.write(table.csv)
            case .md: context.write(table.markdown)
            case .json: context.write(JSONWriter.string(.array(w.amendments.map(\.json))))
            }
        })

    static let diff = CommandSpec(
        name: "diff", group: .dossier, summary: "what differs from the saved file",
        example: "diff",
        action: { context in
            let w = try context.workspace()
            var lines: [String] = []
            for kind in w.schema.kinds {
                let before = Dictionary(w.saved.records(kind).map { (kind.isSingleton ? kind.name : $0.id, $0) }, uniquingKeysWith: { a, _ in a })
                let after = w.dossier.records(kind)
                let afterIDs = Set(after.map { kind.isSingleton ? kind.name : $0.id })
                for record in after {
                    let id = kind.isSingleton ? kind.name : record.id
                    lines += ChangeText.describe([Change(kind: kind.name, id: id, before: before[id], after: record)], schema: w.schema)
                }
                for record in w.saved.records(kind) where !afterIDs.contains(kind.isSingleton ? kind.name : record.id) {
                    lines += ChangeText.describe([Change(kind: kind.name, id: record.id, before: record, after: nil)], schema: w.schema)
                }
            }
            context.write(lines.isEmpty ? "no differences from \(w.path ?? "the saved file")\n" : lines.joined(separator: "\n") + "\n")
        })
}

/// Changes in words: `+ M-13 added`, `~ M-12 status: "planned" -> "done"`, `- M-4 removed`.
enum ChangeText {
    static func describe(_ changes: [Change], schema: Schema) -> [String] {
        var lines: [String] = []
        for c in changes {
            let kind = schema.kind(named: c.kind)
            switch (c.before, c.after) {
            case (nil, let after?):
                let fields = after.fields.keys.filter { $0 != "id" }.sorted()
                    .map { "\($0)=\(FieldValues.value(after[$0], type: kind?.field($0)?.type).literal)" }
                lines.append("+ \(c.id) added: " + fields.joined(separator: " "))
            case (let before?, nil):
                lines.append("- \(c.id) removed")
                _ = before
            case (let before?, let after?):
                for key in Set(before.fields.keys).union(after.fields.keys).sorted() where before[key] != after[key] {
                    let type = kind?.field(key)?.type
                    let old = before[key].map { FieldValues.value($0, type: type).literal } ?? "(empty)"
                    let new = after[key].map { FieldValues.value($0, type: type).literal } ?? "(empty)"
                    lines.append("~ \(c.id) \(key): \(old) -> \(new)")
                }
            case (nil, nil):
                break
            }
        }
        return lines
    }
}
