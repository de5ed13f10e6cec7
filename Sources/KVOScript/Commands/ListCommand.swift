import KVOModel

extension CommandSpec {
    static let list = CommandSpec(
        name: "list", aliases: ["ls"], group: .dossier, summary: "list records of a kind, filtered and sorted",
        syntax: [.word("kind", .recordKind),
                 .optional([.literal("where"), .condition("condition")]),
                 .optional([.literal("sort"), .word("field", .field), .optional([.literal("desc")])]),
                 .optional([.literal("limit"), .expression("limit")]),
                 .optional([.literal("fields"), .word("columns", .fieldList)]),
                 .optional([.literal("as"), .word("format", .choice(OutputFormat.names))])],
        example: "list measures where party = \"PA-2\" and status != \"done\" sort quarters fields id,title,status",
        details: "In the condition each field of the record is a variable; = and == both compare. A reference can be followed: list findings where inspection.time = \"evening\". Without 'fields' the ID and the first fields that hold something are shown. On a terminal the table fits its width and wraps long cells; elsewhere the default is JSON.",
        action: { context in
            let w = try context.workspace()
            let kind = try context.kind(context.arguments.word("kind")!)
            let query = RecordQuery(context: context, workspace: w, kind: kind)
            var records = try query.select(where: context.arguments.expression("condition"))
            if let sort = context.arguments.word("field") {
                records = try query.sorted(records, by: sort, descending: context.arguments.has("desc"))
            }
            var hidden = 0
            if let e = context.arguments.expression("limit") {
                let v = try context.evaluate(e)
                guard case .number(let n) = v, n >= 0, n == n.rounded() else {
                    throw context.error("limit needs a whole number of rows, got \(v.literal)", at: e.location, length: e.length)
                }
                if records.count > Int(n) {
                    hidden = records.count - Int(n)
                    records = Array(records.prefix(Int(n)))
                }
            }
            let columns = try query.columns(for: records)
            switch try context.format {
            case .table:
                if records.isEmpty {
                    context.write("no \(kind.name)\(context.arguments.has("condition") ? " match" : " yet")\n")
                    return
                }
                let width = context.width
                context.write(query.table(records, columns: columns).rendered(width: width))
                context.write(hidden > 0 ? "\(hidden) more row\(hidden == 1 ? "" : "s") (limit \(records.count))\n"
                                         : "\(records.count) \(records.count == 1 ? kind.singular : kind.name)\n")
            case .json:
                context.write(JSONWriter.string(query.json(records, columns: context.arguments.has("columns") ? columns : nil)))
            case .csv:
                context.write(query.table(records, columns: columns).csv)
            case .md:
                context.write(query.table(records, columns: columns).markdown)
            }
        })

    static let count = CommandSpec(
        name: "count", group: .dossier, summary: "count records of a kind, optionally those matching a condition",
        syntax: [.word("kind", .recordKind), .optional([.literal("where"), .condition("condition")])],
        example: "count findings where kind = \"negative\" and inspection.time = \"evening\"",
        details: "Also a function: count(goals) or count(\"goals\") in an expression.",
        action: { context in
            let w = try context.workspace()
            let kind = try context.kind(context.arguments.word("kind")!)
            let query = RecordQuery(context: context, workspace: w, kind: kind)
            let n = context.arguments.has("condition")
                ? try query.select(where: context.arguments.expression("condition")).count
                : w.dossier.count(kind)
            context.write("\(n)\n")
        })

    static let show = CommandSpec(
        name: "show", group: .dossier, summary: "show one record with all its fields",
        syntax: [.record("id"), .optional([.literal("as"), .word("format", .choice(OutputFormat.names))])],
        example: "show M-12",
        details: "Fields that are references also show what they point to. Fields kvo does not know are shown last.",
        action: { context in
            let w = try context.workspace()
            let (kind, record, _) = try context.record(in: w)
            let format = try context.format
            if format == .json {
                context.write(JSONWriter.string(.object(record.fields)))
                return
            }
            var rows: [[String]] = []
            for name in kind.fieldNames {
                let value = FieldValues.field(name, of: record, kind: kind)
                if value == .null { continue }
                var text = RecordQuery.cell(value)
                if name != "id", let target = kind.field(name)?.type.referencedKind, let targetKind = w.schema.kind(named: target) {
                    let labels = record[name].map { json -> [String] in
                        let ids: [String] = json.arrayValue?.compactMap(\.stringValue) ?? json.stringValue.map { [$0] } ?? []
                        return ids.map { id in
                            guard let r = w.dossier.record(id)?.record else { return id }
                            let label = targetKind.fields.first { $0.type == .text && $0.required }.flatMap { r[$0.name]?.stringValue }
                            return label.map { "\(id) (\($0))" } ?? id
                        }
                    } ?? []
                    text = labels.joined(separator: ", ")
                }
                rows.append([name, text])
            }
            for (name, value) in record.fields.sorted(by: { $0.key < $1.key }) where name != "id" && kind.field(name) == nil {
                rows.append([name + " (unknown)", RecordQuery.cell(FieldValues.value(value, type: nil))])
            }
            let table = Table(headers: ["field", "value"], rows: rows)
            switch format {
            case .csv: context.write(table.csv)
            case .md: context.write(table.markdown)
            default:
                context.write("\(kind.singular) \(kind.isSingleton ? "" : record.id)\n".replacingAll(" \n", with: "\n"))
                context.write(table.rendered(width: context.width))
            }
        })

    static let kinds = CommandSpec(
        name: "kinds", group: .dossier, summary: "list the kinds of record a dossier holds, or the fields of one",
        syntax: [.optional([.word("kind", .recordKind)])],
        example: "kinds measures",
        action: { context in
            let schema = context.interpreter.workspace?.schema ?? .dossier
            let dossier = context.interpreter.workspace?.dossier
            if let word = context.arguments.word("kind") {
                let kind = try context.kind(word, in: schema)
                var rows = kind.isSingleton ? [] : [["id", "ID such as \(kind.prefix!)-1", "required", "the record's ID"]]
                for f in kind.fields {
                    rows.append([f.name, f.type.described.text(context.language), f.required ? "required" : (f.personal ? "personal" : ""), f.summary.text(context.language)])
                }
                context.write("\(kind.name) (\(kind.paragraphs)): \(kind.summary.text(context.language))\n")
                context.write(Table(headers: ["field", "type", "", "meaning"], rows: rows).rendered(width: context.width))
                return
            }
            let rows = schema.kinds.map { k in
                [k.name, k.prefix.map { "\($0)-1" } ?? "(one)", k.paragraphs, dossier.map { String($0.count(k)) } ?? "", k.summary.text(context.language)]
            }
            context.write(Table(headers: ["kind", "IDs", "§", dossier == nil ? "" : "records", "what"], rows: rows)
                .rendered(width: context.width))
        })
}
