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
        /// Aggregated rows skipped: a total over other rows (a category such as `Totaal misdrijven`
        /// or `1 Vermogensmisdrijven` over `1.1.1 ...`, a municipality or wijk over its buurten).
        public var totalRows = 0
        /// Aggregated rows without a figure: `.` (no data), `x` (secret), `-` or 0 (none).
        public var rowsWithoutFigure = 0
    }

    /// Reads the table into changes of `dossier`. `file` and `today` are the name and date the
    /// ledger records (`analysis.imports`).
    /// `language` writes the ledger entry (dossier data): the dossier's own language, else the session's.
    public static func run(_ table: CSVTable, bytes: [UInt8], file: String, dossier: Dossier, source: Source, mapping: IncidentMapping? = nil,
                           today: Day, language: Language = .en) throws(Diagnostic) -> Report {
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
        let columns = try Self.columns(of: table, mapping: mapping, source: source, report: &report)
        var rows = IncidentRows(table: table, columns: columns, source: source, locator: ParkLocator(dossier: dossier), dossier: dossier)
        var batch = ChangeSet(dossier)
        for row in table.rows {
            guard let incident = try rows.incident(row) else { continue }
            batch.add(incident.record, kind: IncidentRecord.kind)
        }
        rows.summarise(into: &report)

        // The ledger is dossier data: written in the dossier's language.
        let counted = (dossier.language ?? language).count(table.rows.count, Noun(en: "row", "rows", nl: "rij", "rijen"))
        let analysis = ledger.recording(ledger.entry(date: today, file: file, summary: "\(source.rawValue), " + counted, hash: hash), in: ledger.section)
        batch.update(ledger.stored, to: analysis.record, kind: AnalysisRecord.kind)
        report.changeSet = try batch.checkedForImport()
        report.added = batch.added[IncidentRecord.kind.name] ?? []
        return report
    }

    /// What each column of the table holds, by the mapping or the convention; an error when the
    /// table lacks what every incident needs (a date or period, a category, a place).
    static func columns(of table: CSVTable, mapping: IncidentMapping?, source: Source, report: inout Report) throws(Diagnostic) -> IncidentColumns {
        var columns = try mapping?.columns(table) ?? IncidentColumns(header: table.header)
        guard columns.date != nil || columns.period != nil else {
            let columns = table.header.joined(separator: ", ")
            throw table.error(Message(en: "\(table.name) has no date column", nl: "\(table.name) heeft geen kolom met de datum"), header: 0,
                              hint: Message(en: "head the column of each incident's date 'datum' or 'date' (of an aggregated count's period: 'perioden'), or give it the role date in a mapping file (--mapping); the columns are: " + columns,
                                            nl: "geef de kolom met de datum van elk incident de kop 'datum' of 'date' (met de periode van een geaggregeerd aantal: 'perioden'), of de rol datum in een koppeltabel (--mapping); de kolommen zijn: " + columns))
        }
        guard columns.category != nil else {
            throw table.error(Message(en: "\(table.name) has no category column", nl: "\(table.name) heeft geen kolom met de categorie"), header: 0,
                              hint: Message(en: "head the column that says what happened 'categorie', 'soort' or 'omschrijving'",
                                            nl: "geef de kolom die zegt wat er gebeurde de kop 'categorie', 'soort' of 'omschrijving'"))
        }
        guard columns.street != nil || columns.address != nil || columns.postcode != nil || columns.buurt != nil else {
            throw table.error(Message(en: "\(table.name) has no street, address or postcode column, so no row can be placed in a park",
                                      nl: "\(table.name) heeft geen kolom met straat, adres of postcode, dus geen regel kan bij een terrein worden ingedeeld"), header: 0,
                              hint: Message(en: "head those columns 'straat' (or 'adres') and 'postcode' (aggregated figures: 'buurt')",
                                            nl: "geef die kolommen de kop 'straat' (of 'adres') en 'postcode' (geaggregeerde cijfers: 'buurt')"))
        }
        if columns.date == nil, columns.count == nil {
            throw table.error(Message(en: "\(table.name) gives periods but no count column", nl: "\(table.name) geeft perioden maar geen kolom met het aantal"), header: columns.period!,
                              hint: Message(en: "an aggregated table needs its figures in a column headed 'aantal' or 'Geregistreerde misdrijven (aantal)'",
                                            nl: "een geaggregeerde tabel heeft de cijfers nodig in een kolom 'aantal' of 'Geregistreerde misdrijven (aantal)'"))
        }
        if source != .municipality { columns.handled = nil } // only municipal reports keep it
        report.handledColumn = columns.handled.map { table.header[$0] }
        let used = columns.used
        let dropped = Set(mapping?.entries.filter { $0.role == nil }.map(\.column.folded) ?? [])
        report.unusedColumns = table.header.indices.filter { !used.contains($0) && !table.header[$0].isEmpty && !dropped.contains(table.header[$0].folded) }
            .map { table.header[$0] }
        return columns
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
