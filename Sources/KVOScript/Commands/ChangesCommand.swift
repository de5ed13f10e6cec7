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
            case .table: context.write(table.rendered(width: context.width))
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
            // Only records amended since the last save can differ; compare those, in file order.
            var lines: [String] = []
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
