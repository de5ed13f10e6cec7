import KVOModel

/// `import incidents FILE --source police|fire|municipality`: an export of incident figures, one
/// row per incident (or per count, with an `aantal` column), turned into `incidents` records.
/// Each row is placed by its address: in a park when its street is on the park's street list or
/// its postcode in one of the park's ranges, else `overig`, elsewhere in the selected area (the
/// split of §4.1.2). Municipal reports keep whether they were handled. The file's SHA-256 goes
/// into `analysis.imports`; the same file is not imported twice. Either every row is good and the
/// whole file becomes one amendment, or the first bad row is reported and nothing changes.
public enum IncidentImport {
    /// An incident's count as the schema's numeric model allows it.
    static let countRange: ClosedRange<Int> = {
        guard case .integer(let range)? = IncidentRecord.kind.field(IncidentRecord.Field.count)?.type else { return 0...0 }
        return range
    }()

    public enum Source: String, Sendable, CaseIterable {
        case police, fire, municipality

        /// From the word typed: English (the source's own name) or Dutch (politie, brandweer, gemeente).
        public init?(word: String) {
            if let source = Source(rawValue: word.folded) {
                self = source
                return
            }
            switch word.folded {
            case "politie": self = .police
            case "brandweer", "fire brigade": self = .fire
            case "gemeente": self = .municipality
            default: return nil
            }
        }

        /// The incidents' `source`.
        var recorded: IncidentRecord.Source {
            switch self {
            case .police: .police
            case .fire: .fire
            case .municipality: .municipality
            }
        }
    }

    public struct ParkCount: Sendable, Equatable {
        public let id: String
        public let name: String
        /// Rows placed in the park, and the incidents they count.
        public var rows: Int
        public var incidents: Int
    }

    public struct Report: Sendable {
        /// The amendment to make, checked; nil when the file was imported before.
        public var changeSet: ChangeSet?
        public var changes: [Change] { changeSet?.changes ?? [] }
        /// The `analysis.imports` entry of an earlier import of the same bytes: then nothing changed.
        public var previous: String?
        public let source: Source
        public var separator: String
        /// Statuses that said neither handled nor open, with their rows: handled left unset.
        public var unknownStatuses: [(status: String, rows: Int)] = []
        /// Every category with its incidents, most first (the command names those that map to no theme).
        public var categories: [(category: String, incidents: Int)] = []
        /// The file's encoding when it was not UTF-8 (decoded, and named in the summary).
        public var encoding: String?
        /// The sheet read, for an Excel workbook.
        public var sheet: String?
        public var rows = 0
        public var emptyRows = 0
        public var parks: [ParkCount] = []
        public var overigRows = 0
        public var overigIncidents = 0
        /// Overig rows that had neither a street nor a postcode.
        public var withoutAddress = 0
        /// Streets of overig rows, with how many rows named each, most first.
        public var unmatchedStreets: [(street: String, rows: Int)] = []
        /// Headers of the columns that were not imported.
        public var unusedColumns: [String] = []
        /// Municipal reports: whether the file says which were handled.
        public var handledColumn: String?
        public var added: [String] = []
        /// Whether the parks have a street list or postcode ranges to place rows by.
        public var parksDelineated = true
    }

    /// Reads the table into changes of `dossier`. `file` and `today` are the name and date the
    /// ledger records (`analysis.imports`).
    /// `language` writes the ledger entry (dossier data): the dossier's own language, else the session's.
    public static func run(_ table: CSVTable, bytes: [UInt8], file: String, dossier: Dossier, source: Source, mapping: IncidentMapping? = nil,
                           today: Day, language: Language = .en) throws(ImportError) -> Report {
        var report = Report(source: source, separator: table.separatorName)
        report.encoding = table.encodingNote
        report.sheet = table.sheet
        report.rows = table.rows.count
        report.emptyRows = table.emptyRows
        let hash = SHA256.hex(bytes)
        let ledger = ImportLedger<AnalysisRecord>(dossier: dossier)
        if let earlier = ledger.entry(forHash: hash) {
            report.previous = earlier
            return report
        }

        var columns = try mapping?.columns(table) ?? IncidentColumns(header: table.header)
        guard let dateAt = columns.date else {
            let columns = table.header.joined(separator: ", ")
            throw table.error(Message(en: "\(table.name) has no date column", nl: "\(table.name) heeft geen kolom met de datum"), header: 0,
                              hint: Message(en: "head the column of each incident's date 'datum' or 'date', or give it the role date in a mapping file (--mapping); the columns are: " + columns,
                                            nl: "geef de kolom met de datum van elk incident de kop 'datum' of 'date', of de rol datum in een koppeltabel (--mapping); de kolommen zijn: " + columns))
        }
        guard let categoryAt = columns.category else {
            throw table.error(Message(en: "\(table.name) has no category column", nl: "\(table.name) heeft geen kolom met de categorie"), header: 0,
                              hint: Message(en: "head the column that says what happened 'categorie', 'soort' or 'omschrijving'",
                                            nl: "geef de kolom die zegt wat er gebeurde de kop 'categorie', 'soort' of 'omschrijving'"))
        }
        guard columns.street != nil || columns.address != nil || columns.postcode != nil else {
            throw table.error(Message(en: "\(table.name) has no street, address or postcode column, so no row can be placed in a park",
                                      nl: "\(table.name) heeft geen kolom met straat, adres of postcode, dus geen regel kan bij een terrein worden ingedeeld"), header: 0,
                              hint: Message(en: "head those columns 'straat' (or 'adres') and 'postcode'", nl: "geef die kolommen de kop 'straat' (of 'adres') en 'postcode'"))
        }
        if source != .municipality { columns.handled = nil } // only municipal reports keep it
        report.handledColumn = columns.handled.map { table.header[$0] }
        let used = columns.used
        let dropped = Set(mapping?.entries.filter { $0.role == nil }.map(\.column.folded) ?? [])
        report.unusedColumns = table.header.indices.filter { !used.contains($0) && !table.header[$0].isEmpty && !dropped.contains(table.header[$0].folded) }
            .map { table.header[$0] }

        let locator = ParkLocator(dossier: dossier)
        report.parksDelineated = locator.hasDelineation
        report.parks = locator.parks.map { ParkCount(id: $0.id, name: $0.name, rows: 0, incidents: 0) }
        var batch = ChangeSet(dossier)
        var unmatched: [String: (street: String, rows: Int, first: Int)] = [:]
        var unknownStatus: [String: Int] = [:]
        var categories: [String: Int] = [:]
        for row in table.rows {
            let dateText = row[dateAt]
            guard let day = DateText.day(dateText, excelForms: true) else {
                throw table.error(dateText.isEmpty ? Message(en: "this row has no date", nl: "deze regel heeft geen datum")
                                                   : Message(en: "'\(dateText)' is not a date kvo can read", nl: "'\(dateText)' is geen datum die kvo kan lezen"),
                                  field: dateAt, in: row,
                                  hint: Message(en: "write dates as 2024-03-14, 14-03-2024, 14-3-24 or 14 maart 2024 (a time after it may stay)",
                                                nl: "schrijf datums als 2024-03-14, 14-03-2024, 14-3-24 of 14 maart 2024 (een tijd erachter mag blijven)"))
            }
            // The schema's plausible years, checked at the row: 0000-03-01 is a typing error.
            guard FieldType.plausibleYears.contains(day.year) else {
                let years = FieldType.plausibleYears
                throw table.error(Message(en: "the year of '\(dateText)' is not between \(years.lowerBound) and \(years.upperBound)",
                                          nl: "het jaar van '\(dateText)' ligt niet tussen \(years.lowerBound) en \(years.upperBound)"),
                                  field: dateAt, in: row)
            }
            let category = row[categoryAt]
            guard !category.isEmpty else {
                throw table.error(Message(en: "this row has no category", nl: "deze regel heeft geen categorie"), field: categoryAt, in: row,
                                  hint: Message(en: "every incident needs what happened: its category", nl: "elk incident heeft nodig wat er gebeurde: de categorie"))
            }
            var count = 1
            if let at = columns.count, !row[at].isEmpty {
                // The schema's range, checked here at its row: the sums below then stay far from
                // Int.max (9,300 rows of 999999999999999 once trapped).
                guard let n = Int(row[at]), Self.countRange.contains(n) else {
                    let range = FieldType.wholeNumber(in: Self.countRange)
                    throw table.error(Message(en: "a count is \(range.en), not '\(row[at])'", nl: "een aantal is \(range.nl), niet '\(row[at])'"),
                                      field: at, in: row)
                }
                count = n
            }
            var postcode: Postcode?
            if let at = columns.postcode, !row[at].isEmpty {
                guard let p = Postcode(row[at]) else {
                    throw table.error(Message(en: "'\(row[at])' is not a postcode", nl: "'\(row[at])' is geen postcode"), field: at, in: row,
                                      hint: Message(en: "a postcode is four digits and two letters: 5651 AB (or the four digits alone)",
                                                    nl: "een postcode is vier cijfers en twee letters: 5651 AB (of alleen de vier cijfers)"))
                }
                postcode = p
            }
            var street = columns.street.map { ParkLocator.streetName(row[$0]) } ?? ""
            if street.isEmpty, let at = columns.address { street = ParkLocator.streetName(row[at]) }
            var handled: Bool?
            var statusText: String?
            if let at = columns.handled, !row[at].isEmpty {
                // A status outside the known vocabularies leaves handled unset and is kept as the
                // source wrote it; the summary names it.
                handled = Self.handled(row[at])
                if handled == nil {
                    unknownStatus[row[at], default: 0] += 1
                    statusText = row[at]
                }
            }
            categories[category, default: 0] += count

            var incident = IncidentRecord()
            incident.source = source.recorded
            incident.category = category
            incident.date = day
            incident.count = count
            if !street.isEmpty { incident.street = street }
            incident.handled = handled
            incident.statusText = statusText
            switch locator.place(street: street, postcode: postcode) {
            case .street(let park), .postcode(let park):
                incident.area = .bedrijventerrein
                incident.park = park
                let i = report.parks.firstIndex { $0.id == park }!
                report.parks[i].rows += 1
                report.parks[i].incidents += count
            case .overig:
                incident.area = .overig
                report.overigRows += 1
                report.overigIncidents += count
                if street.isEmpty {
                    if postcode == nil { report.withoutAddress += 1 }
                } else {
                    let key = street.folded
                    let seen = unmatched[key] ?? (street, 0, unmatched.count)
                    unmatched[key] = (seen.street, seen.rows + 1, seen.first)
                }
            }
            batch.add(incident.record, kind: IncidentRecord.kind)
        }
        report.unknownStatuses = unknownStatus.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
        report.categories = categories.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
        report.unmatchedStreets = unmatched.values.sorted { ($0.rows, -$0.first) > ($1.rows, -$1.first) }.map { ($0.street, $0.rows) }

        // The ledger is dossier data: written in the dossier's language.
        let rows = (dossier.language ?? language).count(table.rows.count, Noun(en: "row", "rows", nl: "rij", "rijen"))
        let summary = "\(source.rawValue), " + rows
        let analysis = ledger.recording(ledger.entry(date: today, file: file, summary: summary, hash: hash), in: ledger.section)
        batch.update(ledger.stored, to: analysis.record, kind: AnalysisRecord.kind)
        report.changeSet = try batch.checkedForImport()
        report.added = batch.added[IncidentRecord.kind.name] ?? []
        return report
    }

    /// Whether a municipal report was handled, from the words exports use: yes/no words and the
    /// status vocabularies of Signalen (Amsterdam's and other municipalities' reporting system),
    /// MORA and BOR systems. Nil for a status none of them has.
    static func handled(_ text: String) -> Bool? {
        let word = String(text.folded.map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ")
        if handledWords.contains(word) { return true }
        if openWords.contains(word) { return false }
        return nil
    }

    static let handledWords: Set<String> = [
        "ja", "yes", "true", "1", "x", "afgehandeld", "gesloten", "closed", "done", "afgerond", "opgelost", "handled", "resolved", "gereed",
        "geannuleerd", "geannuleerd door melder", "extern afgehandeld", "afgehandeld extern", "afgesloten", "uitgevoerd", "hersteld",
        "niet in behandeling genomen", "doorgezet naar andere organisatie", "cancelled", "canceled", "completed", "finished",
    ]
    static let openWords: Set<String> = [
        "nee", "no", "false", "0", "open", "niet afgehandeld", "in behandeling", "nieuw", "new", "lopend", "in progress", "openstaand",
        "ingediend", "gemeld", "onderhanden", "in afwachting van behandeling", "heropend", "ingepland", "gepland", "reactie gevraagd",
        "reactie ontvangen", "verzoek tot afhandeling", "verzoek tot heropenen", "doorgezet naar extern", "verzonden naar extern",
        "te verzenden naar extern", "extern mislukt", "extern verzoek tot heropenen", "in afwachting", "wacht op", "reopened",
        "pending", "scheduled", "toegewezen", "geaccepteerd", "in uitvoering",
    ]
}
