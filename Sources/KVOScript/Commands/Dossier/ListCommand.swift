import KVOModel
import KVOReports

extension CommandSpec {
    static let list = CommandSpec(
        name: "list", aliases: ["ls"], group: .dossier, summary: Message(en: "list records of a kind, filtered and sorted", nl: "gegevens van een soort tonen, gefilterd en gesorteerd"),
        syntax: [.word(ListArguments.kind, .recordKind),
                 .optional([.literal("where"), .condition(ListArguments.condition)]),
                 .optional([.literal("sort"), .word(ListArguments.sort, .field), .optional([.literal(ListArguments.descending.text)])]),
                 .optional([.literal("limit"), .expression(ListArguments.limit)]),
                 .optional([.literal("fields"), .word(ListArguments.columns, .fieldList)]),
                 .optional([.literal("as"), .word(SlotName.format, .choice(OutputFormat.names))])],
        example: "list measures where party = \"PA-2\" and status != \"done\" sort quarters fields id,title,status",
        details: Message(
            en: "In the condition each field of the record is a variable; = and == both compare. A reference can be followed: list findings where inspection.time = \"evening\". Without 'fields' the ID and the first fields that hold something are shown. On a terminal the table fits its width and wraps long cells; elsewhere the default is JSON.",
            nl: "In de voorwaarde is elk veld van het gegeven een variabele; = en == vergelijken allebei. Een verwijzing kunt u volgen: lijst findings waar inspection.time = \"evening\". Zonder 'velden' worden de ID en de eerste gevulde velden getoond. In een terminal past de tabel in de breedte en lopen lange cellen door op de volgende regel; anders is JSON de standaard."),
        arguments: ListArguments.self,
        run: { arguments, context in
            let w = try context.workspace()
            let kind = try context.kind(arguments.kind)
            let query = RecordQuery(context: context, workspace: w, kind: kind)
            var records = try query.select(where: arguments.condition)
            let selected = records.count
            // The limit is worked out before the sort, which then need only find the first rows;
            // a wrong limit is still reported after a wrong sort field, as before.
            let limit = arguments.limit.map { e in Result { try context.evaluate(e) } }
            if let sort = arguments.sort {
                let first = limit.flatMap { try? $0.get() }.flatMap { v -> Int? in
                    guard case .number(let n) = v, n.isFinite, n >= 0, n == n.rounded(), n < Double(records.count) else { return nil }
                    return Int(n)
                }
                records = try query.sorted(records, by: sort, descending: arguments.descending, first: first)
            }
            var hidden = 0
            if let e = arguments.limit, let limit {
                let v = try limit.get()
                guard case .number(let n) = v, n.isFinite, n >= 0, n == n.rounded() else {
                    throw context.error(Message(en: "limit needs a whole number of rows, got \(v.literal)",
                                                nl: "maximaal vraagt een geheel aantal rijen, niet \(v.literal)"),
                                        at: e.location, length: e.length)
                }
                // Compared as a Double first: a limit of 9223372036854775807 or 1e300 keeps every
                // row and never reaches Int(_:), which would trap.
                if n < Double(selected) {
                    let keep = Int(n)
                    hidden = selected - keep
                    records = Array(records.prefix(keep))
                }
            }
            let columns = try query.columns(arguments.columns, for: records)
            switch context.outputFormat() {
            case .table:
                if records.isEmpty {
                    // In Dutch, the kind as the user named it (`lijst maatregelen` gives "nog geen maatregelen").
                    let typed = arguments.kind.text
                    context.say(arguments.condition != nil
                                ? Message(en: "no \(kind.name) match\n", nl: "geen enkel gegeven voldoet aan de voorwaarde\n")
                                : Message(en: "no \(kind.name) yet\n", nl: "nog geen \(typed)\n"))
                    return
                }
                let width = context.width
                var table = query.table(records, columns: columns)
                // The room's records (votes) read with names: "PA-2 Gemeente Hoek", "T05 Nuisance".
                if kind.name == RecordKind.votes.name {
                    let names = RoomNames(dossier: w.dossier, language: context.language)
                    table = Table(headers: table.headers, rows: zip(records, table.rows).map { record, row in
                        zip(columns, row).map { column, cell in
                            guard let value = record.string(column) else { return cell }
                            return names.labelled(value, type: kind.field(column)?.type)
                        }
                    })
                }
                context.write(table.rendered(width: width))
                if hidden > 0 {
                    context.say(Message(en: "\(hidden) more \(hidden == 1 ? "row" : "rows") (limit \(records.count))\n",
                                        nl: "nog \(hidden) \(hidden == 1 ? "rij" : "rijen") (maximaal \(records.count))\n"))
                } else {
                    let n = records.count
                    context.say(Message(en: "\(n) \(n == 1 ? kind.singular : kind.name)\n", nl: Noun.record.counted(n).nl + "\n"))
                }
            case .json:
                context.write(JSONWriter.string(query.json(records, columns: arguments.columns != nil ? columns : nil)))
            case .csv:
                context.write(query.table(records, columns: columns).csv)
            case .excelCSV:
                context.write(query.table(records, columns: columns).excelCSV)
            case .xlsx:
                try context.writeWorkbook(Workbook(sheets: [.init(name: kind.name, table: query.table(records, columns: columns))]), named: kind.name)
            case .md:
                context.write(query.table(records, columns: columns).markdown)
            case let other: throw context.cannotWrite(other)
            }
        })

    static let count = CommandSpec(
        name: "count", group: .dossier, summary: Message(en: "count records of a kind, optionally those matching a condition", nl: "gegevens van een soort tellen, eventueel alleen die aan een voorwaarde voldoen"),
        syntax: [.word(CountArguments.kind, .recordKind), .optional([.literal("where"), .condition(CountArguments.condition)])],
        example: "count findings where kind = \"negative\" and inspection.time = \"evening\"",
        details: Message(en: "Also a function: count(goals) or count(\"goals\") in an expression.",
                         nl: "Ook een functie: count(goals) of count(\"goals\") in een expressie."),
        arguments: CountArguments.self,
        run: { arguments, context in
            let w = try context.workspace()
            let kind = try context.kind(arguments.kind)
            let query = RecordQuery(context: context, workspace: w, kind: kind)
            let n = arguments.condition != nil
                ? try query.select(where: arguments.condition).count
                : w.dossier.count(kind)
            context.write("\(n)\n")
        })

    static let show = CommandSpec(
        name: "show", group: .dossier, summary: Message(en: "show one record with all its fields", nl: "één gegeven tonen met al zijn velden"),
        syntax: [.record(ShowArguments.id), .optional([.literal("as"), .word(SlotName.format, .choice(OutputFormat.names))])],
        example: "show M-12",
        details: Message(en: "Fields that are references also show what they point to. Fields kvo does not know are shown last.",
                         nl: "Velden die verwijzingen zijn, tonen ook waar ze naar verwijzen. Velden die kvo niet kent, komen als laatste."),
        arguments: ShowArguments.self,
        run: { arguments, context in
            let w = try context.workspace()
            let (kind, record, _) = try context.record(arguments.id, in: w)
            let format = context.outputFormat()
            if format == .json {
                context.write(JSONWriter.string(.object(record.fields)))
                return
            }
            var rows: [[String]] = []
            for name in kind.fieldNames {
                let value = FieldValues.field(name, of: record, kind: kind)
                if value == .null { continue }
                var text = RecordQuery.cell(value)
                if name != Record.idField, let target = kind.field(name)?.type.referencedKind, let targetKind = w.schema.kind(named: target) {
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
                rows.append([DutchNames.labelled(field: name, context.language), text])
            }
            for (name, value) in record.fields.sorted(by: { $0.key < $1.key }) where name != Record.idField && kind.field(name) == nil {
                rows.append([name + Message(en: " (unknown)", nl: " (onbekend)").text(context.language), RecordQuery.cell(FieldValues.value(value, type: nil))])
            }
            let table = Table(headers: [Message(en: "field", nl: "veld"), Message(en: "value", nl: "waarde")].map { $0.text(context.language) }, rows: rows)
            switch format {
            case .csv: context.write(table.csv)
            case .excelCSV: context.write(table.excelCSV)
            case .xlsx: try context.writeWorkbook(Workbook(sheets: [.init(name: record.id, table: table)]), named: kind.isSingleton ? kind.name : record.id)
            case .md: context.write(table.markdown)
            default:
                context.write("\(kind.singular) \(kind.isSingleton ? "" : record.id)\n".replacingAll(" \n", with: "\n"))
                context.write(table.rendered(width: context.width))
            }
        })

    static let kinds = CommandSpec(
        name: "kinds", group: .dossier, summary: Message(en: "list the kinds of record a dossier holds, or the fields of one", nl: "de soorten gegevens in een dossier tonen, of de velden van één soort"),
        syntax: [.optional([.word(KindsArguments.kind, .recordKind)])],
        example: "kinds measures",
        arguments: KindsArguments.self,
        run: { arguments, context in
            let schema = context.environment.workspace?.schema ?? .dossier
            let dossier = context.environment.workspace?.dossier
            if let word = arguments.kind {
                let kind = try context.kind(word, in: schema)
                let language = context.language
                let required = Message(en: "required", nl: "verplicht").text(language)
                var rows = kind.isSingleton ? [] : [[Record.idField, Message(en: "ID such as \(kind.prefix!)-1", nl: "ID zoals \(kind.prefix!)-1").text(language),
                                                     required, Message(en: "the record's ID", nl: "de ID van het gegeven").text(language)]]
                for f in kind.fields {
                    rows.append([DutchNames.labelled(field: f.name, language), f.type.described.text(language),
                                 f.required ? required : (f.personal ? Message(en: "personal", nl: "persoonsgegeven").text(language) : ""),
                                 f.summary.text(language)])
                }
                context.write("\(kind.name) (\(kind.paragraphs(in: context.language))): \(kind.summary.text(context.language))\n")
                let headers = [Message(en: "field", nl: "veld"), Message(en: "type", nl: "type"), .empty, Message(en: "meaning", nl: "betekenis")]
                context.write(Table(headers: headers.map { $0.text(language) }, rows: rows).rendered(width: context.width))
                return
            }
            let language = context.language
            let one = Message(en: "(one)", nl: "(één)").text(language)
            let rows = schema.kinds.map { k in
                [k.name, k.prefix.map { "\($0)-1" } ?? one, k.paragraphs(in: language), dossier.map { String($0.count(k)) } ?? "", k.summary.text(language)]
            }
            let headers = [Message(en: "kind", nl: "soort"), .verbatim("IDs"), .verbatim("§"),
                           dossier == nil ? .empty : Message(en: "records", nl: "gegevens"), Message(en: "what", nl: "wat")]
            context.write(Table(headers: headers.map { $0.text(language) }, rows: rows)
                .rendered(width: context.width))
        })
}

/// `list KIND [where CONDITION] [sort FIELD [desc]] [limit N] [fields A,B] [as FORMAT]`.
struct ListArguments: CommandArguments {
    static let kind = SlotName("kind"), condition = SlotName("condition"), sort = SlotName("field"),
               descending = SlotName("desc"), limit = SlotName("limit"), columns = SlotName("columns")
    let kind: ParsedArguments.Word
    let condition: Expression?
    let sort: ParsedArguments.Word?
    let descending: Bool
    let limit: Expression?
    /// `fields id,title`: read by RecordQuery.columns, here only whether it was given.
    let columns: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) {
        kind = try a.word(Self.kind)
        condition = try a.optionalExpression(Self.condition)
        sort = try a.optionalWord(Self.sort)
        descending = try a.given(Self.descending)
        limit = try a.optionalExpression(Self.limit)
        columns = try a.optionalWord(Self.columns)
    }
}

/// `count KIND [where CONDITION]`.
struct CountArguments: CommandArguments {
    static let kind = SlotName("kind"), condition = SlotName("condition")
    let kind: ParsedArguments.Word
    let condition: Expression?

    init(from a: ArgumentReader) throws(Diagnostic) {
        kind = try a.word(Self.kind)
        condition = try a.optionalExpression(Self.condition)
    }
}

/// `show [KIND] ID [as FORMAT]`.
struct ShowArguments: CommandArguments {
    static let id = SlotName("id")
    let id: RecordReference

    init(from a: ArgumentReader) throws(Diagnostic) { id = try a.record(Self.id) }
}

/// `kinds [KIND]`.
struct KindsArguments: CommandArguments {
    static let kind = SlotName("kind")
    let kind: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) { kind = try a.optionalWord(Self.kind) }
}
