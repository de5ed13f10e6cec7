import KVOModel

/// Reading one field of an incident row, each refused at its place with what was expected.
extension IncidentRows {
    func day(_ row: CSVTable.Row, _ at: Int) throws(Diagnostic) -> Day {
        let dateText = row[at]
        guard let day = DateText.day(dateText, excelForms: true) else {
            throw table.error(dateText.isEmpty ? Message(en: "this row has no date", nl: "deze regel heeft geen datum")
                                               : Message(en: "'\(dateText)' is not a date kvo can read", nl: "'\(dateText)' is geen datum die kvo kan lezen"),
                              field: at, in: row,
                              hint: Message(en: "write dates as 2024-03-14, 14-03-2024, 14-3-24 or 14 maart 2024 (a time after it may stay)",
                                            nl: "schrijf datums als 2024-03-14, 14-03-2024, 14-3-24 of 14 maart 2024 (een tijd erachter mag blijven)"))
        }
        try plausible(day, dateText, row, at)
        return day
    }

    func period(_ row: CSVTable.Row, _ at: Int) throws(Diagnostic) -> CountPeriod {
        guard let period = CountPeriod(row[at]) else {
            throw table.error(Message(en: "'\(row[at])' is not a period kvo can read", nl: "'\(row[at])' is geen periode die kvo kan lezen"), field: at, in: row,
                              hint: Message(en: "periods are written as CBS writes them: 2024JJ00, 2024KW02, 2024MM03, 2024, 2024 2e kwartaal or 2024 maart",
                                            nl: "perioden worden geschreven zoals het CBS ze schrijft: 2024JJ00, 2024KW02, 2024MM03, 2024, 2024 2e kwartaal of 2024 maart"))
        }
        try plausible(period.from, row[at], row, at)
        return period
    }

    /// The schema's plausible years, checked at the row: 0000-03-01 is a typing error.
    private func plausible(_ day: Day, _ text: String, _ row: CSVTable.Row, _ at: Int) throws(Diagnostic) {
        let years = FieldType.plausibleYears
        guard years.contains(day.year) else {
            throw table.error(Message(en: "the year of '\(text)' is not between \(years.lowerBound) and \(years.upperBound)",
                                      nl: "het jaar van '\(text)' ligt niet tussen \(years.lowerBound) en \(years.upperBound)"),
                              field: at, in: row)
        }
    }

    func category(_ row: CSVTable.Row) throws(Diagnostic) -> String {
        let at = columns.category!, category = row[at].trimmedBlanks
        guard !category.isEmpty else {
            throw table.error(Message(en: "this row has no category", nl: "deze regel heeft geen categorie"), field: at, in: row,
                              hint: Message(en: "every incident needs what happened: its category", nl: "elk incident heeft nodig wat er gebeurde: de categorie"))
        }
        return category
    }

    /// The row's count: 1 for an incident without one; 0 for an aggregated figure that is not
    /// there (CBS's `.` no data, `x` secret, `-` none).
    func count(_ row: CSVTable.Row) throws(Diagnostic) -> Int {
        guard let at = columns.count else { return 1 }
        let text = row[at].trimmedBlanks
        if text.isEmpty { return columns.date == nil ? 0 : 1 }
        if columns.date == nil, [".", "x", "-"].contains(text) { return 0 }
        // The schema's range, checked here at its row: the sums then stay far from Int.max
        // (9,300 rows of 999999999999999 once trapped).
        guard let n = Int(text), IncidentImport.countRange.contains(n) else {
            let range = FieldType.wholeNumber(in: IncidentImport.countRange)
            throw table.error(Message(en: "a count is \(range.en), not '\(row[at])'", nl: "een aantal is \(range.nl), niet '\(row[at])'"),
                              field: at, in: row)
        }
        return n
    }

    func postcode(_ row: CSVTable.Row) throws(Diagnostic) -> Postcode? {
        guard let at = columns.postcode, !row[at].isEmpty else { return nil }
        guard let p = Postcode(row[at]) else {
            throw table.error(Message(en: "'\(row[at])' is not a postcode", nl: "'\(row[at])' is geen postcode"), field: at, in: row,
                              hint: Message(en: "a postcode is four digits and two letters: 5651 AB (or the four digits alone)",
                                            nl: "een postcode is vier cijfers en twee letters: 5651 AB (of alleen de vier cijfers)"))
        }
        return p
    }

    /// Whether a municipal report was handled; a status outside the known vocabularies leaves
    /// `handled` unset and is kept as the source wrote it (`statusText`), and the summary names it.
    mutating func readStatus(_ row: CSVTable.Row, into incident: inout IncidentRecord) {
        guard let at = columns.handled, !row[at].isEmpty else { return }
        incident.handled = IncidentImport.handled(row[at])
        if incident.handled == nil {
            unknownStatus[row[at], default: 0] += 1
            incident.statusText = row[at]
        }
    }
}
