import KVOModel

/// The rows of an incident export read one by one into `incidents` records, placed in a park or
/// overig, with what the summary reports tallied on the way. A row is one incident (its date),
/// or, in aggregated open data, a count for a period; such a row without a figure, or one that
/// totals other rows, is skipped.
struct IncidentRows {
    let table: CSVTable
    let columns: IncidentColumns
    let source: IncidentImport.Source
    let locator: ParkLocator
    /// The categories that total others in an aggregated table, and the parks' municipalities (a
    /// municipality's row totals its buurten).
    let totalCategories: Set<String>
    let municipalities: Set<String>

    var parks: [IncidentImport.ParkCount]
    var overigRows = 0, overigIncidents = 0, withoutAddress = 0, totalRows = 0, rowsWithoutFigure = 0
    var unmatched: [String: (street: String, rows: Int, first: Int)] = [:]
    var unknownStatus: [String: Int] = [:]
    var categories: [String: Int] = [:]

    init(table: CSVTable, columns: IncidentColumns, source: IncidentImport.Source, locator: ParkLocator, dossier: Dossier) {
        self.table = table
        self.columns = columns
        self.source = source
        self.locator = locator
        parks = locator.parks.map { IncidentImport.ParkCount(id: $0.id, name: $0.name, rows: 0, incidents: 0) }
        let aggregated = columns.date == nil
        totalCategories = aggregated ? Self.totals(columns.category.map { at in Set(table.rows.map { $0[at] }) } ?? []) : []
        municipalities = Set(dossier.parks.compactMap(\.municipality).map(\.folded))
    }

    /// The incident of a row; nil for an aggregated row that is skipped.
    mutating func incident(_ row: CSVTable.Row) throws(Diagnostic) -> IncidentRecord? {
        var incident = IncidentRecord()
        if let at = columns.date {
            incident.date = try day(row, at)
        } else if let at = columns.period {
            guard !isTotal(row) else { totalRows += 1; return nil }
            let period = try self.period(row, at)
            (incident.from, incident.to) = (period.from, period.to)
        }
        let category = try self.category(row)
        let count = try self.count(row)
        guard count > 0 || columns.date != nil else { rowsWithoutFigure += 1; return nil }
        incident.source = source.recorded
        incident.category = category
        incident.count = count
        readStatus(row, into: &incident)
        categories[category, default: 0] += count
        try place(row, &incident)
        return incident
    }

    /// Categories that total others: `Totaal ...`, `0.0.0 ...`, and a numbered category whose
    /// number begins another's (`1 Vermogensmisdrijven` over `1.1.1 Diefstal/inbraak woning`).
    static func totals(_ categories: Set<String>) -> Set<String> {
        func code(_ c: String) -> String? {
            let code = c.prefix { $0.isNumber || $0 == "." }
            return code.first?.isNumber == true ? String(code).trimmingCharacters(in: ".") : nil
        }
        let codes = categories.compactMap(code)
        return categories.filter { c in
            if c.folded.hasPrefix("totaal") || code(c) == "0.0.0" { return true }
            guard let own = code(c) else { return false }
            return codes.contains { $0 != own && $0.hasPrefix(own + ".") }
        }
    }

    private func isTotal(_ row: CSVTable.Row) -> Bool {
        if let at = columns.category, totalCategories.contains(row[at]) { return true }
        guard let at = columns.buurt else { return false }
        let region = row[at].trimmedBlanks, key = region.folded
        // A municipality, wijk, province or the country totals the buurten under it.
        for prefix in ["gm", "wk", "nl", "pv", "ld"] where key.hasPrefix(prefix) && key.dropFirst(2).allSatisfy(\.isNumber) && key.count > 2 { return true }
        return key == "nederland" || key.hasPrefix("totaal") || key.hasPrefix("wijk ") || municipalities.contains(key)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
