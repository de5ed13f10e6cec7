import KVOModel
import KVOPlanning

extension CommandSpec {
    static let evidence = CommandSpec(
        name: "evidence", group: .handbook,
        summary: Message(en: "what the survey, incidents and inspections say per theme",
                         nl: "wat de enquête, de incidenten en de schouw per thema zeggen"),
        syntax: [.optional([.word(EvidenceArguments.theme, .text)]), .output(Slot.tableFormats + ["xlsx"])],
        example: "evidence T05",
        details: Message(
            en: "Per theme: the share of survey answers reporting a problem (over the theme's subjects; per park with a theme given), incidents counted through the category-to-theme mapping (the dossier's categories records, else a default by keyword) with the change over the last two years, and negative inspection findings, with the recurring ones (linked by recurs, or found at the same location in more than one inspection). A theme is named by its ID (T05, T5) or by its Dutch or English name or the start of it (overlast, nuisance).",
            nl: "Per thema: het deel van de antwoorden in de enquête dat een probleem meldt (over de onderwerpen van het thema; per terrein als een thema is opgegeven), de incidenten, geteld via de koppeling van categorie aan thema (de records categories van het dossier, anders een standaardkoppeling op trefwoord) met de verandering over de laatste twee jaar, en de negatieve bevindingen van de schouw, met de terugkerende (gekoppeld met recurs, of op dezelfde plek gevonden in meer dan één schouw). Een thema noemt u bij het nummer (T05, T5) of bij de Nederlandse of Engelse naam of het begin ervan (overlast, nuisance)."),
        arguments: EvidenceArguments.self,
        run: { arguments, context in
            let w = try context.workspace()
            let language = context.language
            var all = ThemeEvidence.collect(w.dossier)
            if let word = arguments.theme {
                let id = try context.theme(word).id
                all = all.filter { $0.theme == id }
            }
            // A share as a percentage to one decimal, rounded half up: "41.3%" / "41,3 %", "0%".
            func problemShare(_ x: Double?) -> String { x.map { language.percentSign(language.number($0 * 100, decimals: 1)) } ?? "" }
            func json() -> JSONValue {
                .array(all.map { e in
                    .object(["theme": .string(e.theme),
                             "surveyProblemShare": .object(e.surveyProblemShare.mapValues(JSONValue.number)),
                             "incidentsByYear": .object(Dictionary(uniqueKeysWithValues: e.incidentsByYear.map { (String($0.key), JSONValue.number(Double($0.value))) })),
                             "negativeFindings": .number(Double(e.negativeFindings)), "recurringFindings": .number(Double(e.recurringFindings))])
                })
            }
            let rows = all.map { e -> [String] in
                let name = ThemeCatalogue.handbook.theme(e.theme)?.name(language) ?? e.theme
                let trend = e.trend.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? ""
                return [e.theme, name, problemShare(e.surveyProblemShare["all"]), e.incidents == 0 ? "" : "\(e.incidents)", trend,
                        e.negativeFindings == 0 ? "" : "\(e.negativeFindings)", e.recurringFindings == 0 ? "" : "\(e.recurringFindings)"]
            }
            let headers = [Message(en: "theme", nl: "thema"), .empty, Message(en: "survey: problem", nl: "enquête: probleem"),
                           Message(en: "incidents", nl: "incidenten"), Message(en: "trend", nl: "trend"),
                           Message(en: "inspection: negative", nl: "schouw: negatief"), Message(en: "recurring", nl: "terugkerend")]
            let table = Table(headers: headers.map { $0.text(language) }, rows: rows)
            try context.writeResult(table, json: json, sheet: Message(en: "evidence", nl: "onderbouwing"), fallback: .table, terminal: {
                // Below 100 columns a theme's ID shares its cell with its name, so long names need not be cut.
                guard context.width < 100 else { return table.rendered(width: context.width) }
                return Table(headers: [table.headers[0]] + table.headers.dropFirst(2),
                             rows: rows.map { [$0[0] + " " + $0[1]] + $0.dropFirst(2) }).rendered(width: context.width)
            })
            guard context.outputFormat(default: .table) == .table else { return }
            if all.count == 1, let e = all.first {
                let parks = e.surveyProblemShare.keys.filter { $0 != "all" }.sorted()
                for p in parks {
                    let name = w.dossier.record(p, as: ParkRecord.self)?.name ?? p
                    let share = problemShare(e.surveyProblemShare[p])
                    context.say(Message(en: "  survey \(name): \(share) report a problem\n", nl: "  enquête \(name): \(share) meldt een probleem\n"))
                }
                for year in e.incidentsByYear.keys.sorted() {
                    context.say(Message(en: "  incidents \(year): ", nl: "  incidenten \(year): ") + "\(e.incidentsByYear[year]!)\n")
                }
            }
        })
}

struct EvidenceArguments: CommandArguments {
    static let theme = SlotName("theme")
    let theme: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) { theme = try a.optionalWord(Self.theme) }
}
