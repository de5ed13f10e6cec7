import KVOModel
import KVOPlanning

extension CommandSpec {
    static let evidence = CommandSpec(
        name: "evidence", group: .handbook, summary: "what the survey, incidents and inspections say per theme",
        syntax: [.optional([.word("theme", .text)]), .optional([.literal("as"), .word("format", .choice(["table", "json"]))])],
        example: "evidence T05",
        details: "Per theme: the share of survey answers reporting a problem (over the theme's subjects; per park with a theme given), incidents counted through the category-to-theme mapping (the dossier's categories records, else a default by keyword) with the change over the last two years, and negative inspection findings, with the recurring ones (linked by recurs, or found at the same location in more than one inspection).",
        action: { context in
            let w = try context.workspace()
            let dutch = context.language == .nl
            var all = ThemeEvidence.collect(w.dossier)
            if let word = context.arguments.word("theme") {
                let id = word.text.uppercased()
                guard ThemeCatalogue.handbook.theme(id) != nil else {
                    throw context.error("there is no theme '\(word.text)'", at: word.location, length: word.length, hint: "themes are T01 to T12")
                }
                all = all.filter { $0.theme == id }
            }
            func percent(_ x: Double?) -> String { x.map { Value.format((($0 * 1000).rounded()) / 10) + "%" } ?? "" }
            if context.arguments.word("format")?.text == "json" {
                context.write(JSONWriter.string(.array(all.map { e in
                    .object(["theme": .string(e.theme),
                             "surveyProblemShare": .object(e.surveyProblemShare.mapValues(JSONValue.number)),
                             "incidentsByYear": .object(Dictionary(uniqueKeysWithValues: e.incidentsByYear.map { (String($0.key), JSONValue.number(Double($0.value))) })),
                             "negativeFindings": .number(Double(e.negativeFindings)), "recurringFindings": .number(Double(e.recurringFindings))])
                })))
                return
            }
            let rows = all.map { e -> [String] in
                let name = ThemeCatalogue.handbook.theme(e.theme).map { dutch ? $0.dutch : $0.english } ?? e.theme
                let trend = e.trend.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? ""
                return [e.theme, name, percent(e.surveyProblemShare["all"]), e.incidents == 0 ? "" : "\(e.incidents)", trend,
                        e.negativeFindings == 0 ? "" : "\(e.negativeFindings)", e.recurringFindings == 0 ? "" : "\(e.recurringFindings)"]
            }
            let headers = dutch ? ["thema", "", "enquête: probleem", "incidenten", "trend", "schouw: negatief", "terugkerend"]
                                : ["theme", "", "survey: problem", "incidents", "trend", "inspection: negative", "recurring"]
            context.write(Table(headers: headers, rows: rows).rendered(width: context.width))
            if all.count == 1, let e = all.first {
                let parks = e.surveyProblemShare.keys.filter { $0 != "all" }.sorted()
                for p in parks {
                    let name = w.dossier.record(p)?.record["name"]?.stringValue ?? p
                    context.write((dutch ? "  enquête \(name): " : "  survey \(name): ") + percent(e.surveyProblemShare[p]) + (dutch ? " meldt een probleem\n" : " report a problem\n"))
                }
                for year in e.incidentsByYear.keys.sorted() {
                    context.write((dutch ? "  incidenten \(year): " : "  incidents \(year): ") + "\(e.incidentsByYear[year]!)\n")
                }
            }
        })
}
