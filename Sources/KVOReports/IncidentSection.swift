import KVOModel
import KVOChecks
import KVOPlanning

/// The incident figures of §4.1.2 as report blocks: per source (police, fire brigade,
/// municipality) a table of categories by year, split into "bedrijventerrein" and "overig"
/// where the figures were, with a chart; then the totals, and the incidents per theme through
/// the category mapping the analysis weighs.
struct IncidentSection {
    let c: ReportContext

    func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }

    static let sources = ["police", "fire", "municipality", "other"]

    func sourceName(_ s: String) -> String {
        switch s {
        case "police": t("Police", "Politie")
        case "fire": t("Fire brigade", "Brandweer")
        case "municipality": t("Municipality (public-space reports)", "Gemeente (meldingen openbare ruimte)")
        default: t("Other sources", "Overige bronnen")
        }
    }

    /// The incidents of one source, category, year and area, added up (20,000 records come down
    /// to a few hundred of these).
    struct Count: Hashable {
        let source: String
        let category: String
        let year: Int?
        /// "bedrijventerrein", "overig" or "" when not recorded.
        let area: String
        var count = 0
        /// Municipal reports marked not handled.
        var notHandled = 0
        /// Whether any of them says whether it was handled.
        var handledKnown = false

        struct Key: Hashable {
            let source: String, category: String, year: Int?, area: String
        }
    }

    func counts() -> [Count] {
        var tally: [Count.Key: Count] = [:]
        var order: [Count.Key] = []
        for r in c.records("incidents") {
            let day = r.date("date") ?? r.date("from")
            let key = Count.Key(source: r.string("source") ?? "other", category: r.string("category") ?? "?", year: day?.year,
                                area: r.string("area") ?? "")
            if tally[key] == nil {
                order.append(key)
                tally[key] = Count(source: key.source, category: c.text(key.category), year: key.year, area: key.area)
            }
            let n = r.int("count") ?? 1
            tally[key]!.count += n
            if let handled = r.bool("handled") {
                tally[key]!.handledKnown = true
                if !handled { tally[key]!.notHandled += n }
            }
        }
        return order.map { tally[$0]! }
    }

    func blocks(level: Int) -> [Block] {
        var out: [Block] = []
        let analysis = c.section("analysis")
        let all = counts()
        if let from = c.words.date(analysis.string("figuresFrom")), let to = c.words.date(analysis.string("figuresTo")) {
            out.append(.paragraph(t("Figures delivered for \(from) to \(to).", "Cijfers aangeleverd over \(from) tot en met \(to).")))
        }
        guard !all.isEmpty else {
            out.append(.note(t("No incident figures are recorded (add incident source=police category=\"...\" date=YYYY-MM-DD).",
                               "Er zijn geen incidentcijfers vastgelegd (add incident source=police category=\"...\" date=JJJJ-MM-DD).")))
            return out
        }
        let split = all.contains { $0.area == "overig" }
        let areaWords = [("bedrijventerrein", t("business park", "bedrijventerrein")), ("overig", t("elsewhere", "overig")),
                         ("", t("area not recorded", "gebied onbekend"))]
        let areas = areaWords.filter { a in all.contains { $0.area == a.0 } }
        if split {
            out.append(.paragraph(t("The figures were selected by a postcode area larger than the KVO area, so they are split into the business park (\"bedrijventerrein\") and elsewhere (\"overig\").",
                                    "De cijfers zijn geselecteerd op een postcodegebied dat groter is dan het KVO-gebied en daarom gesplitst in \"bedrijventerrein\" en \"overig\".")))
        }

        for source in IncidentSection.sources {
            let list = all.filter { $0.source == source }
            if list.isEmpty {
                if source != "other" {
                    out.append(.heading(level, sourceName(source)))
                    out.append(.note(t("No figures of this source are recorded.", "Van deze bron zijn geen cijfers vastgelegd.")))
                }
                continue
            }
            out.append(.heading(level, sourceName(source)))
            let municipal = source == "municipality" && list.contains { $0.handledKnown }
            // One pass to group by category; the tables and charts then look only at a category's own records.
            var byCategory: [String: [Count]] = [:]
            for x in list { byCategory[x.category, default: []].append(x) }
            let totals = byCategory.mapValues { $0.reduce(0) { $0 + $1.count } }
            let categories = byCategory.keys.sorted { (totals[$0]!, $1) > (totals[$1]!, $0) }
            let years = Set(list.map { $0.year ?? 0 }).sorted()
            var rows: [[String]] = []
            for category in categories {
                for year in years {
                    let cell = byCategory[category]!.filter { ($0.year ?? 0) == year }
                    guard !cell.isEmpty else { continue }
                    var row = [category, year == 0 ? "?" : "\(year)"]
                    for a in areas { row.append("\(cell.filter { $0.area == a.0 }.reduce(0) { $0 + $1.count })") }
                    row.append("\(cell.reduce(0) { $0 + $1.count })")
                    if municipal { row.append("\(cell.reduce(0) { $0 + $1.notHandled })") }
                    rows.append(row)
                }
            }
            var headers = [t("category", "categorie"), t("year", "jaar")] + areas.map(\.1) + [t("total", "totaal")]
            if municipal { headers.append(t("not handled", "niet afgehandeld")) }
            out.append(.table(ReportTable(headers: headers, rows: rows, numeric: Set(1..<headers.count))))
            let yearText = years.filter { $0 != 0 }.map { "\($0)" }
            let series = areas.map { a in
                let values = categories.map { cat in byCategory[cat]!.filter { $0.area == a.0 }.reduce(0) { $0 + $1.count } }
                return BarChart.Series(name: a.1, values: values.map(Double.init), labels: values.map { "\($0)" })
            }
            let period = yearText.isEmpty ? "" : " " + (yearText.count == 1 ? yearText[0] : "\(yearText.first!)–\(yearText.last!)")
            out.append(.chart(BarChart(title: sourceName(source) + t(": incidents per category", ": incidenten per categorie") + period,
                                       categories: categories, series: series)))
        }

        // Totals per source and year.
        out.append(.heading(level, t("Totals", "Totalen")))
        var rows: [[String]] = []
        for source in IncidentSection.sources {
            let list = all.filter { $0.source == source }
            for year in Set(list.map { $0.year ?? 0 }).sorted() {
                let cell = list.filter { ($0.year ?? 0) == year }
                var row = [sourceName(source), year == 0 ? "?" : "\(year)"]
                for a in areas { row.append("\(cell.filter { $0.area == a.0 }.reduce(0) { $0 + $1.count })") }
                row.append("\(cell.reduce(0) { $0 + $1.count })")
                rows.append(row)
            }
        }
        let headers = [t("source", "bron"), t("year", "jaar")] + areas.map(\.1) + [t("total", "totaal")]
        out.append(.table(ReportTable(headers: headers, rows: rows, numeric: Set(1..<headers.count))))

        // Per theme, through the category mapping.
        let evidence = c.evidence.filter { $0.incidents > 0 }
        if !evidence.isEmpty {
            let years = Set(evidence.flatMap { $0.incidentsByYear.keys }).sorted()
            out.append(.heading(level, t("Incidents per theme", "Incidenten per thema")))
            out.append(.paragraph(t("Categories counted for a theme by the dossier's category mapping (categories), else by kvo's default by keyword; all areas together.",
                                    "Categorieën toegerekend aan een thema volgens de indeling in het dossier (categories), anders volgens kvo's standaardindeling op trefwoord; alle gebieden samen.")))
            let rows = evidence.map { e in [c.themeName(e.theme)] + years.map { "\(e.incidentsByYear[$0] ?? 0)" } }
            out.append(.table(ReportTable(headers: [t("theme", "thema")] + years.map { "\($0)" }, rows: rows, numeric: Set(1...years.count))))
        }
        return out
    }
}
