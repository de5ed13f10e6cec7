import KVOModel
import KVOChecks
import KVOPlanning

/// The incident figures of §4.1.2 as report blocks: per source (police, fire brigade,
/// municipality) a table of categories by year, split into "bedrijventerrein" and "overig"
/// where the figures were, with a chart; then the totals, and the incidents per theme through
/// the category mapping the analysis weighs.
struct IncidentSection {
    let c: ReportContext

    static let sources: [IncidentRecord.Source] = [.police, .fire, .municipality, .other]

    func sourceName(_ s: IncidentRecord.Source) -> String {
        switch s {
        case .police: c.text(Message(en: "Police", nl: "Politie"))
        case .fire: c.text(Message(en: "Fire brigade", nl: "Brandweer"))
        case .municipality: c.text(Message(en: "Municipality (public-space reports)", nl: "Gemeente (meldingen openbare ruimte)"))
        case .other: c.text(Message(en: "Other sources", nl: "Overige bronnen"))
        }
    }

    /// The incidents of one source, category, year and area, added up (20,000 records come down
    /// to a few hundred of these).
    struct Count: Hashable {
        let source: IncidentRecord.Source
        let category: String
        let year: Int?
        /// Inside the business park or elsewhere; nil when not recorded.
        let area: IncidentRecord.Area?
        var count = 0
        /// Municipal reports marked not handled.
        var notHandled = 0
        /// Whether any of them says whether it was handled.
        var handledKnown = false

        struct Key: Hashable {
            let source: IncidentRecord.Source, category: String, year: Int?, area: IncidentRecord.Area?
        }
    }

    func counts() -> [Count] {
        var tally: [Count.Key: Count] = [:]
        var order: [Count.Key] = []
        for r in c.incidents {
            let day = r.date ?? r.from
            let key = Count.Key(source: r.source ?? .other, category: r.category ?? "?", year: day?.year, area: r.area)
            if tally[key] == nil {
                order.append(key)
                tally[key] = Count(source: key.source, category: c.text(key.category), year: key.year, area: key.area)
            }
            let n = r.count ?? 1
            tally[key]!.count += n
            if let handled = r.handled {
                tally[key]!.handledKnown = true
                if !handled { tally[key]!.notHandled += n }
            }
        }
        return order.map { tally[$0]! }
    }

    /// An area and its word in the tables.
    typealias AreaColumn = (area: IncidentRecord.Area?, word: String)

    func blocks(level: Int) -> [Block] {
        var out: [Block] = []
        let analysis = c.analysis
        let all = counts()
        if let from = analysis.figuresFrom.map(c.language.date), let to = analysis.figuresTo.map(c.language.date) {
            out.append(.paragraph(c.text(Message(en: "Figures delivered for \(from) to \(to).", nl: "Cijfers aangeleverd over \(from) tot en met \(to)."))))
        }
        guard !all.isEmpty else {
            out.append(.note(c.text(Message(
                en: "No incident figures are recorded.",
                nl: "Er zijn geen incidentcijfers vastgelegd."))))
            return out
        }
        let split = all.contains { $0.area == .overig }
        let areaWords: [AreaColumn] = [(.bedrijventerrein, c.text(Message(en: "business park", nl: "bedrijventerrein"))),
                                       (.overig, c.text(Message(en: "elsewhere", nl: "overig"))),
                                       (nil, c.text(Message(en: "area not recorded", nl: "gebied onbekend")))]
        let areas = areaWords.filter { a in all.contains { $0.area == a.0 } }
        if split {
            out.append(.paragraph(c.text(Message(
                en: "The figures were selected by a postcode area larger than the KVO area, so they are split into the business park (\"bedrijventerrein\") and elsewhere (\"overig\").",
                nl: "De cijfers zijn geselecteerd op een postcodegebied dat groter is dan het KVO-gebied en daarom gesplitst in \"bedrijventerrein\" en \"overig\"."))))
        }
        for source in IncidentSection.sources {
            out += sourceBlocks(source, all.filter { $0.source == source }, areas: areas, level: level)
        }
        out += totals(all, areas: areas, level: level)
        out += perTheme(level: level)
        return out
    }

    /// One source: a table per category and year (and area), and a chart per category.
    func sourceBlocks(_ source: IncidentRecord.Source, _ list: [Count], areas: [AreaColumn], level: Int) -> [Block] {
        if list.isEmpty {
            guard source != .other else { return [] }
            return [.heading(level, sourceName(source)),
                    .note(c.text(Message(en: "No figures of this source are recorded.", nl: "Van deze bron zijn geen cijfers vastgelegd.")))]
        }
        var out: [Block] = [.heading(level, sourceName(source))]
        let municipal = source == .municipality && list.contains { $0.handledKnown }
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
        var headers = [c.text(Message(en: "category", nl: "categorie")), c.text(Message(en: "year", nl: "jaar"))] + areas.map(\.1)
            + [c.text(Message(en: "total", nl: "totaal"))]
        if municipal { headers.append(c.text(Message(en: "not handled", nl: "niet afgehandeld"))) }
        out.append(.table(Table(headers: headers, rows: rows, numeric: Set(1..<headers.count))))
        let yearText = years.filter { $0 != 0 }.map { "\($0)" }
        let series = areas.map { a in
            let values = categories.map { cat in byCategory[cat]!.filter { $0.area == a.0 }.reduce(0) { $0 + $1.count } }
            return BarChart.Series(name: a.1, values: values.map(Double.init), labels: values.map { "\($0)" })
        }
        let period = yearText.isEmpty ? "" : " " + (yearText.count == 1 ? yearText[0] : "\(yearText.first!)–\(yearText.last!)")
        out.append(.chart(BarChart(title: sourceName(source) + c.text(Message(en: ": incidents per category", nl: ": incidenten per categorie")) + period,
                                   categories: categories, series: series)))
        return out
    }

    /// Totals per source and year.
    func totals(_ all: [Count], areas: [AreaColumn], level: Int) -> [Block] {
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
        let headers = [c.text(Message(en: "source", nl: "bron")), c.text(Message(en: "year", nl: "jaar"))] + areas.map(\.1)
            + [c.text(Message(en: "total", nl: "totaal"))]
        return [.heading(level, c.text(Message(en: "Totals", nl: "Totalen"))),
                .table(Table(headers: headers, rows: rows, numeric: Set(1..<headers.count)))]
    }

    /// Per theme, through the category mapping.
    func perTheme(level: Int) -> [Block] {
        let evidence = c.evidence.filter { $0.incidents > 0 }
        guard !evidence.isEmpty else { return [] }
        let years = Set(evidence.flatMap { $0.incidentsByYear.keys }).sorted()
        let rows = evidence.map { e in [c.themeName(e.theme)] + years.map { "\(e.incidentsByYear[$0] ?? 0)" } }
        return [.heading(level, c.text(Message(en: "Incidents per theme", nl: "Incidenten per thema"))),
                .paragraph(c.text(Message(en: "Categories counted for a theme by the dossier's category mapping (categories), else by kvo's default by keyword; all areas together.",
                                          nl: "Categorieën toegerekend aan een thema volgens de indeling in het dossier (categories), anders volgens kvo's standaardindeling op trefwoord; alle gebieden samen."))),
                .table(Table(headers: [c.text(Message(en: "theme", nl: "thema"))] + years.map { "\($0)" }, rows: rows, numeric: Set(1...years.count)))]
    }
}
