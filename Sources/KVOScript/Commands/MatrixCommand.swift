import KVOModel
import KVOPlanning

extension CommandSpec {
    static let matrix = CommandSpec(
        name: "matrix", aliases: ["maatregelmatrix"], group: .handbook,
        summary: "the measures matrix in the handbook's layout: goals, who, the plan's quarters and progress",
        syntax: [.optional([.literal("as"), .word("format", .choice(["table", "csv", "md", "html", "json"]))])],
        options: [OptionSpec("as-of", value: .text, summary: "flag overdue measures as of this date (default: the session's date)")],
        example: "matrix as html",
        details: "As in the handbook's example (§4.2.4): a title row per goal with its theme, then one numbered row per measure with WHO, a mark in each of its quarters and its PROGRESS. The columns are the quarters of the three plan years from the plan's adoption date (a quarter belongs to the plan year holding its first day, so a plan adopted mid-quarter has 13), plus any quarter a measure is planned in outside them. Marks: x planned, ✓ done, ! overdue (not done and its last quarter ended before --as-of), - dropped. Goals are ordered by the themes' recorded priority.",
        action: { context in
            let w = try context.workspace()
            let dutch = context.language == .nl
            let asOf = try context.asOf()
            let matrix = MeasuresMatrix.build(w.dossier, asOf: asOf, dutch: dutch)
            guard !matrix.rows.isEmpty else {
                throw context.error("no measures are recorded", hint: "add them with: add measure \"TITLE\" goal=G-1 party=PA-1 quarters=2025Q2")
            }
            let format = context.arguments.word("format")?.text ?? (context.interpreter.options.outputIsTerminal ? "table" : "json")
            switch format {
            case "html":
                let name = w.dossier.name ?? w.displayName
                context.write(matrix.htmlPage(dutch: dutch, title: (dutch ? "Maatregelmatrix " : "Measures matrix ") + name))
            case "csv":
                let (headers, rows, _) = matrix.cells(dutch: dutch, compact: false)
                context.write(Table(headers: headers, rows: rows).csv)
            case "md":
                let (headers, rows, _) = matrix.cells(dutch: dutch, compact: false)
                context.write(Table(headers: headers, rows: rows).markdown)
            case "json":
                context.write(JSONWriter.string(Self.json(matrix, dutch: dutch)))
            default:
                let (headers, rows, titles) = matrix.cells(dutch: dutch, compact: true)
                context.write(Table(headers: headers, rows: rows, spanning: titles).rendered(width: context.width))
                let yearsNote: String
                if let c = matrix.calendar {
                    let per = (1...3).map { "\(c.quarters(inYear: $0).first!)–\(c.quarters(inYear: $0).last!)" }
                    yearsNote = (dutch ? "Planjaren: " : "Plan years: ") + per.joined(separator: ", ")
                } else {
                    yearsNote = dutch ? "Het plan heeft geen vaststellingsdatum (set plan adopted=JJJJ-MM-DD)" : "The plan has no adoption date (set plan adopted=YYYY-MM-DD)"
                }
                let overdue = matrix.overdue.map(\.id)
                let summary = dutch
                    ? "\(matrix.rows.count) maatregelen, \(matrix.done.count) gereed, \(overdue.count) achter per \(asOf)\(overdue.isEmpty ? "" : " (" + overdue.joined(separator: ", ") + ")"). \(yearsNote). x gepland, ✓ gereed, ! achter, - vervallen."
                    : "\(matrix.rows.count) measures, \(matrix.done.count) done, \(overdue.count) overdue as of \(asOf)\(overdue.isEmpty ? "" : " (" + overdue.joined(separator: ", ") + ")"). \(yearsNote). x planned, ✓ done, ! overdue, - dropped."
                context.write(summary + "\n")
            }
        })

    static func json(_ m: MeasuresMatrix, dutch: Bool) -> JSONValue {
        .object([
            "asOf": .string("\(m.asOf)"),
            "quarters": .array(m.columns.map { .string("\($0)") }),
            "planYears": .array(m.columns.indices.map { i in m.planYear(ofColumn: i).map { .number(Double($0)) } ?? .null }),
            "groups": .array(m.groups.map { g in
                .object([
                    "goal": g.goal.map(JSONValue.string) ?? .null, "theme": g.theme.map(JSONValue.string) ?? .null, "title": .string(g.title),
                    "measures": .array(g.rows.map { r in
                        .object([
                            "id": .string(r.id), "title": .string(r.title), "party": r.party.map(JSONValue.string) ?? .null, "who": .string(r.who),
                            "marks": .object(Dictionary(uniqueKeysWithValues: r.marks.enumerated().compactMap { i, mark in
                                mark.map { ("\(m.columns[i])", JSONValue.string($0.rawValue)) } })),
                            "progress": .string(r.progress.text(dutch: dutch)),
                        ])
                    }),
                ])
            }),
        ])
    }
}
