import KVOModel

/// Placing a row in a park or overig (§4.1.2), and the tallies the summary reports.
extension IncidentRows {
    /// By street or postcode; an aggregated figure (no address) by its buurt.
    mutating func place(_ row: CSVTable.Row, _ incident: inout IncidentRecord) throws(Diagnostic) {
        let postcode = try self.postcode(row)
        var street = columns.street.map { ParkLocator.streetName(row[$0]) } ?? ""
        if street.isEmpty, let at = columns.address { street = ParkLocator.streetName(row[at]) }
        if !street.isEmpty { incident.street = street }
        var park: String?
        switch locator.place(street: street, postcode: postcode) {
        case .street(let p), .postcode(let p): park = p
        case .overig: park = columns.buurt.flatMap { locator.park(buurt: row[$0]) }
        }
        let count = incident.count ?? 1
        guard let park else {
            incident.area = .overig
            overigRows += 1
            overigIncidents += count
            if street.isEmpty {
                if postcode == nil, columns.buurt == nil { withoutAddress += 1 }
            } else {
                let key = street.folded
                let seen = unmatched[key] ?? (street, 0, unmatched.count)
                unmatched[key] = (seen.street, seen.rows + 1, seen.first)
            }
            return
        }
        incident.area = .bedrijventerrein
        incident.park = park
        let i = parks.firstIndex { $0.id == park }!
        parks[i].rows += 1
        parks[i].incidents += count
    }

    /// What the rows came to, into the report: most frequent first.
    func summarise(into report: inout IncidentImport.Report) {
        report.parksDelineated = locator.hasDelineation
        report.parks = parks
        report.overigRows = overigRows
        report.overigIncidents = overigIncidents
        report.withoutAddress = withoutAddress
        report.totalRows = totalRows
        report.rowsWithoutFigure = rowsWithoutFigure
        report.unknownStatuses = unknownStatus.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
        report.categories = categories.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
        report.unmatchedStreets = unmatched.values.sorted { ($0.rows, -$0.first) > ($1.rows, -$1.first) }.map { ($0.street, $0.rows) }
    }
}
