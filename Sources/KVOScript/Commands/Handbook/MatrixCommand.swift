import KVOModel
import KVOPlanning

extension CommandSpec {
    static let matrix = CommandSpec(
        name: "matrix", aliases: ["maatregelmatrix"], group: .handbook,
        summary: Message(en: "the measures matrix in the handbook's layout: goals, who, the plan's quarters and progress",
                         nl: "de maatregelmatrix in de opmaak van het handboek: doelen, wie, de kwartalen van het plan en de voortgang"),
        syntax: [.optional([.literal("as"), .word(SlotName.format, .choice(["table", "csv", "excel-csv", "md", "html", "json", "xlsx", "pdf"]))])],
        options: [OptionSpec(SlotName.asOf, value: .text, summary: Message(en: "flag overdue measures as of this date (default: the session's date)",
                                                                     nl: "markeer maatregelen die op deze datum achterlopen (standaard: de datum van de sessie)"))],
        example: "matrix as html",
        details: Message(
            en: "As in the handbook's example (§4.2.4): a title row per goal with its theme, then one numbered row per measure with WHO, a mark in each of its quarters and its PROGRESS. The columns are the quarters of the three plan years from the plan's adoption date (a quarter belongs to the plan year holding its first day, so a plan adopted mid-quarter has 13), plus any quarter a measure is planned in outside them. Marks: x planned, ✓ done, ! overdue (not done and its last quarter ended before --as-of), - dropped. Goals are ordered by the themes' recorded priority.",
            nl: "Zoals in het voorbeeld van het handboek (§4.2.4): per doelstelling een titelregel met het thema, daaronder per maatregel een genummerde regel met WIE, een teken in elk van de kwartalen en de VOORTGANG. De kolommen zijn de kwartalen van de drie planjaren vanaf de vaststellingsdatum van het plan (een kwartaal hoort bij het planjaar waarin de eerste dag valt, dus een plan dat midden in een kwartaal is vastgesteld heeft er 13), plus elk kwartaal daarbuiten waarin een maatregel gepland is. Tekens: x gepland, ✓ gereed, ! achter (niet gereed en het laatste kwartaal was vóór --as-of voorbij), - vervallen. De doelen staan in de volgorde van de vastgelegde prioriteit van hun thema."),
        arguments: MatrixArguments.self,
        run: { arguments, context in
            let w = try context.workspace()
            let language = context.language
            let (dossier, _, asOf) = try context.judged(w)
            let matrix = MeasuresMatrix.build(dossier, asOf: asOf, language: language)
            guard !matrix.rows.isEmpty else {
                throw context.error(Message(en: "no measures are recorded", nl: "er zijn geen maatregelen vastgelegd"),
                                    hint: Message(en: "add them with: add measure \"TITLE\" goal=G-1 party=PA-1 quarters=2025Q2",
                                                  nl: "voeg ze toe met: voegtoe maatregel \"TITEL\" goal=G-1 party=PA-1 quarters=2025Q2"))
            }
            let format = context.outputFormat()
            switch format {
            case .html:
                let name = w.dossier.name ?? w.displayName
                context.write(matrix.htmlPage(language: language, title: Message(en: "Measures matrix ", nl: "Maatregelmatrix ").text(language) + name))
            case .csv:
                let (headers, rows, _) = matrix.cells(language: language, compact: false)
                context.write(Table(headers: headers, rows: rows).csv)
            case .excelCSV:
                let (headers, rows, _) = matrix.cells(language: language, compact: false)
                context.write(Table(headers: headers, rows: rows).excelCSV)
            case .pdf:
                let title = Message(en: "Measures matrix ", nl: "Maatregelmatrix ").text(language) + (w.dossier.name ?? w.displayName)
                try context.writePDF(of: matrix.htmlPage(language: language, title: title),
                                     named: Message(en: "measures-matrix", nl: "maatregelmatrix").text(language))
            case .xlsx:
                let name = Message(en: "measures-matrix", nl: "maatregelmatrix").text(language)
                try context.writeWorkbook(Workbook(sheets: [Self.sheet(matrix, language: language)]), named: name)
            case .md:
                let (headers, rows, _) = matrix.cells(language: language, compact: false)
                context.write(Table(headers: headers, rows: rows).markdown)
            case .json:
                // JSON speaks one language whatever the session speaks (issue 10).
                context.write(JSONWriter.string(Self.json(MeasuresMatrix.build(dossier, asOf: asOf, language: .en))))
            default:
                // One character per quarter and short party names, so that it fits 80 columns.
                let (headers, rows, titles, parties) = matrix.compactCells(language: language)
                context.write(Table(headers: headers, rows: rows, spanning: titles).rendered(width: context.width))
                if !parties.isEmpty {
                    context.writeFitted(parties.map { "  \($0.short): \($0.name)" }.joined(separator: "\n") + "\n")
                }
                let yearsNote: Message
                if let c = matrix.calendar {
                    let per = Handbook.Plan.yearNumbers.map { "\(c.quarters(inYear: $0).first!)–\(c.quarters(inYear: $0).last!)" }.joined(separator: ", ")
                    yearsNote = Message(en: "Plan years: " + per, nl: "Planjaren: " + per)
                } else {
                    yearsNote = Message(en: "The plan has no adoption date (set plan adopted=YYYY-MM-DD)",
                                        nl: "Het plan heeft geen vaststellingsdatum (wijzig plan adopted=JJJJ-MM-DD)")
                }
                let overdue = matrix.overdue.map(\.id)
                let which = overdue.isEmpty ? "" : " (" + overdue.joined(separator: ", ") + ")"
                let measures = Noun(en: "measure", "measures", nl: "maatregel", "maatregelen").counted(matrix.rows.count)
                let summary = measures + Message(
                    en: ", \(matrix.done.count) done, \(overdue.count) overdue as of \(asOf)\(which). \(yearsNote.en). x planned, ✓ done, ! overdue, - dropped.",
                    nl: ", \(matrix.done.count) gereed, \(overdue.count) achter per \(Language.nl.date(asOf))\(which). \(yearsNote.nl). x gepland, ✓ gereed, ! achter, - vervallen.")
                context.sayFitted(summary + "\n")
            }
        })

    /// The matrix as JSON: progress in English, as every JSON value kvo writes.
    static func json(_ m: MeasuresMatrix) -> JSONValue {
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
                            "progress": .string(r.progress.text(.en)),
                        ])
                    }),
                ])
            }),
        ])
    }
}

extension CommandSpec {
    /// The matrix as the handbook lays it out, in a sheet: the plan years as merged cells over
    /// their quarters, the header rows and the columns up to WHO frozen, A4 landscape.
    static func sheet(_ m: MeasuresMatrix, language: Language) -> Workbook.Sheet {
        let (headers, rows, titles) = m.cells(language: language, compact: false)
        let quarters = m.columns.count
        var top: [JSONValue] = headers.prefix(3).map(JSONValue.string) + Array(repeating: .null, count: quarters) + [.string(headers.last ?? "")]
        let second: [JSONValue] = Array(repeating: .null, count: 3) + m.columns.map { .string("Q\($0.number)") } + [.null]
        var sheet = Workbook.Sheet(name: Message(en: "Measures matrix", nl: "Maatregelmatrix").text(language), rows: [])
        var i = 0
        while i < quarters {
            let year = m.columns[i].year
            var n = 0
            while i + n < quarters && m.columns[i + n].year == year { n += 1 }
            if n > 1 { sheet.merges.append((0, 3 + i, 0, 3 + i + n - 1, String(year))) } else { top[3 + i] = .string(String(year)) }
            i += n
        }
        for c in [0, 1, 2, 3 + quarters] { sheet.merges.append((0, c, 1, c, headers[c == 3 + quarters ? headers.count - 1 : c])) }
        sheet.rows = [top, second] + rows.map { $0.map(JSONValue.string) }
        sheet.headerRows = 2
        sheet.groupRows = Set(titles.map { $0 + 2 })
        sheet.freeze = (2, 3)
        sheet.widths = [7, 45, 24] + Array(repeating: 4.5, count: quarters) + [45]
        sheet.landscape = true
        return sheet
    }
}

struct MatrixArguments: CommandArguments {
    let format: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) { format = try a.optionalWord(.format) }
}
