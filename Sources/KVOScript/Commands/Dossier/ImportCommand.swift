import KVOModel
import KVOImport
import KVOPlanning

extension CommandSpec {
    static let importFile = CommandSpec(
        name: "import", aliases: ["importeer"], group: .dossier,
        summary: Message(en: "import survey responses or incident figures from a CSV file or Excel workbook",
                         nl: "antwoorden op de enquête of incidentcijfers uit een CSV-bestand of Excel-werkmap importeren"),
        syntax: [.word(ImportArguments.kind, .choice(["survey", "incidents"])), .word(ImportArguments.file, .path)],
        options: [OptionSpec(ImportArguments.source.text, value: .choice(IncidentImport.Source.allCases.map(\.rawValue)),
                             summary: Message(en: "incidents: who delivered the figures", nl: "incidenten: wie de cijfers aanleverde (politie, brandweer of gemeente)")),
                  OptionSpec(ImportArguments.mapping.text, value: .path, summary: Message(en: "a table that says what each column of the export is",
                                                                       nl: "een tabel die zegt wat elke kolom van de export is")),
                  OptionSpec(ImportArguments.writeMapping.text, value: .path, summary: Message(en: "survey: write a mapping pre-filled from the export's headers, to correct and use with --mapping (imports nothing)",
                                                                             nl: "enquête: schrijf een koppeltabel, ingevuld uit de koppen van de export, om te verbeteren en te gebruiken met --mapping (importeert niets)")),
                  OptionSpec(ImportArguments.sheet.text, value: .text, summary: Message(en: "an Excel workbook: the sheet to read (default: the first)",
                                                                     nl: "een Excel-werkmap: het werkblad dat gelezen wordt (standaard het eerste)"))],
        example: "import incidents politie-2025.csv --source police",
        details: Message(
            en: "import survey FILE reads a survey export (CSV in UTF-8, UTF-16 or Windows-1252, or an Excel workbook: the first sheet, or --sheet NAME), one row per respondent and one column per question: a question's header starts with its subject number (12 Hoe vaak ...), a column 'park' says the respondent's park (not needed with one park), open questions (16, 23, 33, or a header ending in '(open)') are kept word for word, closed ones counted per answer (results); each park's surveyResponses grows. Columns that could identify a respondent (name, e-mail, IP, phone, IDs, times) are dropped and named. --mapping FILE says what the columns are when the export does not follow this (for incidents too). import incidents FILE --source police|fire|municipality places each row in a park by its street or postcode, else overig, and reports the streets that matched no park. The whole file is one amendment (one undo takes it back), made only when every row is good; the same file is never counted twice. docs/import.md has the details.",
            nl: "importeer enquete BESTAND leest een export van de enquête (CSV in UTF-8, UTF-16 of Windows-1252, of een Excel-werkmap: het eerste werkblad, of --sheet NAAM), één regel per respondent en één kolom per vraag: de kop van een vraag begint met het nummer van het onderwerp (12 Hoe vaak ...), een kolom 'terrein' noemt het terrein van de respondent (niet nodig bij één terrein), open vragen (16, 23, 33, of een kop die eindigt op '(open)') worden letterlijk bewaard, gesloten vragen per antwoord geteld (results); surveyResponses van elk terrein groeit mee. Kolommen die een respondent herkenbaar kunnen maken (naam, e-mail, IP, telefoon, ID's, tijden) worden weggelaten en genoemd. --mapping BESTAND zegt wat de kolommen zijn als de export zich hier niet aan houdt (ook bij incidenten). importeer incidenten BESTAND --source politie|brandweer|gemeente deelt elke regel bij een terrein in op straat of postcode, anders bij overig, en noemt de straten die bij geen terrein horen. Het hele bestand is één wijziging (één keer ongedaan draait haar terug), alleen gemaakt als elke regel goed is; hetzelfde bestand telt nooit twee keer. docs/import.md geeft de details."),
        arguments: ImportArguments.self,
        run: { arguments, context in try ImportRun(arguments, context).run() })
}

/// `import KIND FILE [--source S] [--mapping FILE] [--write-mapping FILE] [--sheet NAME]`.
struct ImportArguments: CommandArguments {
    static let kind = SlotName("kind"), file = SlotName("file")
    static let source = SlotName("source"), mapping = SlotName("mapping"), writeMapping = SlotName("write-mapping"), sheet = SlotName("sheet")
    let kind: ParsedArguments.Word
    let file: ParsedArguments.Word
    let source: ParsedArguments.Option?
    let mapping: ParsedArguments.Option?
    let writeMapping: ParsedArguments.Option?
    let sheet: String?

    init(from a: ArgumentReader) throws(Diagnostic) {
        kind = try a.word(Self.kind)
        file = try a.word(Self.file)
        source = try a.option(Self.source)
        mapping = try a.option(Self.mapping)
        writeMapping = try a.option(Self.writeMapping)
        sheet = try a.option(Self.sheet)?.value?.text
    }
}

/// One import, step by step: what is imported, into which dossier, read from which table.
private struct ImportRun {
    let arguments: ImportArguments
    let context: CommandContext

    init(_ arguments: ImportArguments, _ context: CommandContext) {
        self.arguments = arguments
        self.context = context
    }

    func run() throws {
        try context.refuseSafeMode(.importing)
        let kind = try importedKind()
        let w = try context.writableWorkspace(refusing: .importing)
        let source = try incidentSource(for: kind)
        let (bytes, path) = try context.readImportFile(arguments.file)
        // The ledger dates an import as an amendment is dated: when it happened (not --as-of).
        let options = context.environment.options
        let importDay = Day(String(options.now().prefix(10))) ?? options.today
        let report: ImportReport
        do {
            let table = CSVTable.isWorkbook(bytes) ? try CSVTable(name: arguments.file.text, workbook: bytes, sheet: arguments.sheet)
                                                   : try CSVTable(name: arguments.file.text, bytes: bytes)
            if try writeMapping(of: table, kind: kind) { return }
            let mappingTable = try self.mappingTable()
            let file = FileSystem.fileName(of: path)
            if let source {
                let mapping = try mappingTable.map { t throws(Diagnostic) in try IncidentMapping(table: t) }
                report = .incidents(try IncidentImport.run(table, bytes: bytes, file: file, dossier: w.dossier,
                                                           source: source, mapping: mapping, today: importDay, language: context.language))
            } else {
                let mapping = try mappingTable.map { t throws(Diagnostic) in try SurveyMapping(table: t) }
                report = .survey(try SurveyImport.run(table, bytes: bytes, file: file, dossier: w.dossier,
                                                      mapping: mapping, today: importDay, language: context.language))
            }
        } catch let failure as Diagnostic where failure.source == nil {
            // An import's error about the command itself (no file of its own): at the file's name.
            throw context.error(failure.message, at: arguments.file.location, length: arguments.file.length, hint: failure.hint)
        }
        try commit(report, to: w, kind: kind)
    }

    /// Survey or incidents, by any name of the kind of record it fills (Schema.dossier's names
    /// and aliases: `enquete`, `meldingen`).
    func importedKind() throws -> ImportedKind {
        let word = arguments.kind
        if let kind = Schema.dossier.kind(named: word.text).flatMap(ImportedKind.init(filling:)) { return kind }
        throw context.error(Message(en: "kvo imports survey or incidents, not '\(word.text)'", nl: "kvo importeert enquete of incidenten, niet '\(word.text)'")
                            + Suggestion.phrase(for: word.text, in: ImportedKind.words),
                            at: word.location, length: word.length,
                            hint: Message(en: "import survey FILE, or import incidents FILE --source police",
                                          nl: "importeer enquete BESTAND, of importeer incidenten BESTAND --source politie"))
    }

    /// Who delivered incident figures (`--source`, required for them and refused for a survey).
    func incidentSource(for kind: ImportedKind) throws -> IncidentImport.Source? {
        let file = arguments.file
        guard kind == .incidents else {
            if let s = arguments.source {
                throw context.error(Message(en: "--source is for incident figures; a survey has none", nl: "--source is voor incidentcijfers; een enquête heeft er geen"),
                                    at: s.location, length: 8)
            }
            return nil
        }
        guard let word = arguments.source?.value else {
            throw context.error(Message(en: "say who delivered the figures: --source police, fire or municipality",
                                        nl: "zeg wie de cijfers aanleverde: --source politie, brandweer of gemeente"),
                                at: file.location, length: file.length,
                                hint: Message(en: "import incidents \(file.text) --source police", nl: "importeer incidenten \(file.text) --source politie"))
        }
        guard let source = IncidentImport.Source(word: word.text) else {
            throw context.error(Message(en: "--source is police, fire or municipality, not '\(word.text)'",
                                        nl: "--source is politie, brandweer of gemeente, niet '\(word.text)'")
                                + Suggestion.phrase(for: word.text, in: IncidentImport.Source.allCases.map(\.rawValue) + ["politie", "brandweer", "gemeente"]),
                                at: word.location, length: word.length)
        }
        return source
    }

    /// `--write-mapping FILE`: writes a survey mapping drafted from the table's headers instead
    /// of importing; true when it did.
    func writeMapping(of table: CSVTable, kind: ImportedKind) throws -> Bool {
        guard let out = arguments.writeMapping else { return false }
        guard kind == .survey, let word = out.value else {
            throw context.error(Message(en: "--write-mapping is for survey exports and needs a file", nl: "--write-mapping is voor exports van de enquête en heeft een bestand nodig"),
                                at: out.location, length: 15)
        }
        try context.writeFile(Array(SurveyMapping.draft(for: table).utf8), to: word)
        let file = arguments.file.text
        context.say(Message(en: "correct its roles and subjects, then: import survey \(file) --mapping \(word.text)\n",
                            nl: "verbeter de rollen en onderwerpen, dan: importeer enquete \(file) --mapping \(word.text)\n"))
        return true
    }

    /// The table `--mapping FILE` names, if any.
    func mappingTable() throws -> CSVTable? {
        guard let m = arguments.mapping else { return nil }
        guard let word = m.value else {
            throw context.error(Message(en: "--mapping needs a file", nl: "--mapping heeft een bestand nodig"), at: m.location, length: 9)
        }
        let (mappingBytes, _) = try context.readImportFile(word)
        return try CSVTable(name: word.text, bytes: mappingBytes, shortRowsAllowed: true)
    }

    /// Says what the import found, and makes its changes one amendment.
    func commit(_ report: ImportReport, to w: Workspace, kind: ImportedKind) throws {
        let summary = report.text(file: arguments.file.text, dossier: w.dossier)
        guard let changes = report.changeSet, !changes.isEmpty else {
            context.say(summary)
            return
        }
        try RecordEditor(context: context, workspace: w, kind: kind.recordKind).commit(changes)
        context.say(summary + Message(en: "undo takes the whole import back\n", nl: "ongedaan draait de hele import terug\n"))
    }
}

extension CommandContext {
    /// The bytes of a file named in an import, and its path.
    fileprivate func readImportFile(_ word: ParsedArguments.Word) throws -> ([UInt8], String) {
        let path = FileSystem.resolve(word.text, against: source.directory)
        do {
            return (try FileSystem.read(path), path)
        } catch {
            throw self.error(error.message, at: word.location, length: word.length)
        }
    }
}

/// What an import did, for the command's output.
private enum ImportReport {
    case survey(SurveyImport.Report)
    case incidents(IncidentImport.Report)

    var changeSet: ChangeSet? {
        switch self {
        case .survey(let r): r.changeSet
        case .incidents(let r): r.changeSet
        }
    }

    /// `dossier`: the dossier imported into, whose category mapping says which categories count for a theme.
    func text(file: String, dossier: Dossier) -> Message {
        switch self {
        case .survey(let r): Self.text(r, file: file)
        case .incidents(let r): Self.text(r, file: file, dossier: dossier)
        }
    }

    static let row = Noun(en: "row", "rows", nl: "regel", "regels")

    static func nothingChanged(_ file: String, _ previous: String) -> Message {
        Message(en: "\(file) was imported before (\(previous)); nothing changed\n", nl: "\(file) is al eerder geïmporteerd (\(previous)); er is niets veranderd\n")
    }

    static func text(_ r: SurveyImport.Report, file: String) -> Message {
        if let previous = r.previous.map(SurveyImport.shown) {
            guard r.repeatedRespondents > 0 else { return nothingChanged(file, previous) }
            let all = Noun(en: "respondent", "respondents", nl: "respondent", "respondenten").counted(r.repeatedRespondents)
            return Message(en: "all \(all.en) of \(file) were imported before (\(previous)); nothing changed\n",
                           nl: "alle \(all.nl) van \(file) zijn al eerder geïmporteerd (\(previous)); er is niets veranderd\n")
        }
        let lines = [read(file, rows: r.rows, empty: r.emptyRows, separator: r.separator, encoding: r.encoding, sheet: r.sheet)]
            + columnLines(r) + parkLines(r) + additionLines(r)
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the export's header said: its layout, respondents seen before, columns dropped.
    static func columnLines(_ r: SurveyImport.Report) -> [Message] {
        var lines: [Message] = []
        if r.headerRows == 2 {
            lines.append(Message(en: "two header rows (SurveyMonkey): the second names the answer options and is no respondent",
                                 nl: "twee kopregels (SurveyMonkey): de tweede noemt de antwoordmogelijkheden en is geen respondent"))
        }
        if r.repeatedRespondents > 0 {
            let n = Noun(en: "respondent", "respondents", nl: "respondent", "respondenten").counted(r.repeatedRespondents)
            lines.append(Message(en: "\(n.en) imported before (the export repeats them): not counted again; \(r.respondents) new",
                                 nl: "\(n.nl) al eerder geïmporteerd (de export herhaalt ze): niet opnieuw geteld; \(r.respondents) nieuw"))
        }
        for earlier in r.replacedImports.map(SurveyImport.shown) {
            lines.append(Message(en: "replaces in survey.imports: \(earlier)", nl: "vervangt in survey.imports: \(earlier)"))
        }
        if !r.identityColumns.isEmpty {
            let columns = Noun(en: "column", "columns", nl: "kolom", "kolommen").counted(r.identityColumns.count)
            let names = r.identityColumns.joined(separator: ", ")
            lines.append(Message(en: "dropped \(columns.en) that could identify a respondent: \(names)",
                                 nl: "\(columns.nl) weggelaten die een respondent herkenbaar konden maken: \(names)"))
        }
        if !r.identityQuestions.isEmpty {
            lines.append(Message(en: "never stored, though headed as questions: ", nl: "nooit bewaard, al staan ze als vraag in de kop: ")
                         + r.identityQuestions.joined(separator: ", "))
        }
        if !r.droppedColumns.isEmpty {
            lines.append(Message(en: "dropped as the mapping says: ", nl: "weggelaten volgens de koppeltabel: ") + r.droppedColumns.joined(separator: ", "))
        }
        if !r.notImported.isEmpty {
            lines.append(Message(en: "not imported: ", nl: "niet geïmporteerd: ") + r.notImported.joined(separator: ", ")
                         + Message(en: "; a mapping file (--mapping) can import such columns", nl: "; met een koppeltabel (--mapping) zijn zulke kolommen te importeren"))
        }
        return lines
    }

    /// The questions read and each park's respondents.
    static func parkLines(_ r: SurveyImport.Report) -> [Message] {
        var lines: [Message] = []
        let numbers = r.subjects.map(String.init).joined(separator: ", ")
        let subject = Noun(en: "subject", "subjects", nl: "onderwerp", "onderwerpen")
        let subjects = r.subjects.isEmpty ? Message.empty
            : Message(en: ", \(subject.form(r.subjects.count, .en)) \(numbers)", nl: ", \(subject.form(r.subjects.count, .nl)) \(numbers)")
        lines.append(Noun(en: "question", "questions", nl: "vraag", "vragen").counted(r.questions)
                     + Message(en: " (\(r.openQuestions) open)", nl: " (\(r.openQuestions) open)") + subjects)
        for p in r.parks {
            let respondents = Noun(en: "respondent", "respondents", nl: "respondent", "respondenten").counted(p.respondents)
            let before = p.responsesBefore.map { Message.verbatim(String($0)) } ?? Message(en: "(none)", nl: "(geen)")
            var line = "\(p.id) \(p.name): " + respondents + ", surveyResponses " + before + " -> \(p.responsesAfter)"
            if let n = p.entrepreneurs, p.responsesAfter > n {
                line += Message(en: "; more than its \(n) entrepreneurs: were respondents counted twice (an export that repeats an earlier one), or is entrepreneurs out of date? undo takes this import back",
                                nl: "; meer dan de \(n) ondernemers van het terrein: zijn respondenten dubbel geteld (een export die een eerdere herhaalt), of is entrepreneurs verouderd? ongedaan draait deze import terug")
            }
            lines.append(line)
        }
        return lines
    }

    /// What was added: results, open answers, subjects, and answers that need a problem flag.
    static func additionLines(_ r: SurveyImport.Report) -> [Message] {
        var lines: [Message] = []
        if r.rowsWithoutAnswers > 0 {
            let n = r.rowsWithoutAnswers
            lines.append(Message(en: "\(Language.en.count(n, row)) answer\(n == 1 ? "s" : "") no question and \(n == 1 ? "was" : "were") not counted",
                                 nl: "\(Language.nl.count(n, row)) \(n == 1 ? "beantwoordt" : "beantwoorden") geen vraag en \(n == 1 ? "is" : "zijn") niet geteld"))
        }
        let results = Noun(en: "result", "results", nl: "resultaat", "resultaten")
        var added = [Message(en: "added ", nl: "toegevoegd: ") + results.counted(r.resultsAdded.count) + range(r.resultsAdded),
                     Noun(en: "open answer", "open answers", nl: "open antwoord", "open antwoorden").counted(r.answersAdded.count) + range(r.answersAdded)]
        if r.resultsUpdated > 0 {
            added.append(Message(en: "raised the count of \(Language.en.count(r.resultsUpdated, results)) already recorded",
                                 nl: "de telling van \(Language.nl.count(r.resultsUpdated, results)) die al waren vastgelegd verhoogd"))
        }
        lines.append(added.joined(separator: ", "))
        if !r.addedSubjects.isEmpty {
            let numbers = r.addedSubjects.map(String.init).joined(separator: ", ")
            lines.append(Message(en: "the survey's subjects now include " + numbers, nl: "de onderwerpen van de enquête omvatten nu ook " + numbers))
        }
        if r.withoutProblemFlag > 0 {
            let n = r.withoutProblemFlag
            let options = Noun(en: "new answer option", "new answer options", nl: "nieuwe antwoordmogelijkheid", "nieuwe antwoordmogelijkheden")
            lines.append(Message(
                en: "\(Language.en.count(n, options)) \(n == 1 ? "does" : "do") not say whether \(n == 1 ? "it reports" : "they report") a problem (evidence counts \(n == 1 ? "it" : "them") as none): "
                    + "set SR-N problem=true, or list problem answers in a mapping file",
                nl: "van \(Language.nl.count(n, options)) is niet bekend of \(n == 1 ? "die" : "ze") een probleem \(n == 1 ? "meldt" : "melden") (onderbouwing telt \(n == 1 ? "hem" : "ze") als geen probleem): "
                    + "wijzig SR-N problem=true, of noem de antwoorden die een probleem melden in een koppeltabel"))
        }
        return lines
    }

    static func text(_ r: IncidentImport.Report, file: String, dossier: Dossier) -> Message {
        if let previous = r.previous { return nothingChanged(file, previous) }
        var lines = [read(file, rows: r.rows, empty: r.emptyRows, separator: r.separator, encoding: r.encoding, sheet: r.sheet)]
        if !r.unusedColumns.isEmpty {
            lines.append(Message(en: "not imported: ", nl: "niet geïmporteerd: ") + r.unusedColumns.joined(separator: ", "))
        }
        if r.source == .municipality {
            lines.append(r.handledColumn.map { Message(en: "handled or open: from column '\($0)'", nl: "afgehandeld of open: uit kolom '\($0)'") }
                         ?? Message(en: "no column says whether a report was handled (afgehandeld or status): handled is not recorded",
                                    nl: "geen kolom zegt of een melding is afgehandeld (afgehandeld of status): afgehandeld wordt niet vastgelegd"))
        }
        if !r.parksDelineated {
            lines.append(Message(en: "no park lists its streets or postcodes, so every row is overig: set P-1 streets=\"...\" postcodes=\"...\" first, then undo and import again",
                                 nl: "geen terrein noemt zijn straten of postcodes, dus elke regel valt onder overig: wijzig eerst P-1 streets=\"...\" postcodes=\"...\", dan ongedaan en opnieuw importeren"))
        }
        let incident = Noun(en: "incident", "incidents", nl: "incident", "incidenten")
        func incidents(_ rows: Int, _ n: Int) -> Message { row.counted(rows) + (n == rows ? Message.empty : " (" + incident.counted(n) + ")") }
        for p in r.parks { lines.append("\(p.id) \(p.name): " + incidents(p.rows, p.incidents)) }
        lines.append("overig: " + incidents(r.overigRows, r.overigIncidents)
                     + (r.withoutAddress > 0 ? Message(en: ", \(r.withoutAddress) without street or postcode", nl: ", \(r.withoutAddress) zonder straat of postcode") : .empty))
        if !r.unmatchedStreets.isEmpty {
            // A city-wide export has thousands: the most frequent say what is missing from a park's street list.
            let shown = r.unmatchedStreets.prefix(20).map { "\($0.street) (\($0.rows))" }.joined(separator: ", ")
            let more = r.unmatchedStreets.count - 20
            let streets = Noun(en: "street", "streets", nl: "straat", "straten")
            lines.append(Message(en: "streets in no park: ", nl: "straten buiten de terreinen: ") + shown
                         + (more > 0 ? Message(en: " and \(more) more (\(Language.en.count(r.unmatchedStreets.count, streets)) in all)",
                                               nl: " en nog \(more) (\(Language.nl.count(r.unmatchedStreets.count, streets)) in totaal)") : .empty))
        }
        if !r.unknownStatuses.isEmpty {
            let statuses = r.unknownStatuses.map { "'\($0.status)' (\($0.rows))" }.joined(separator: ", ")
            lines.append(Message(en: "status not known as handled or open, handled left unset: \(statuses)",
                                 nl: "status niet bekend als afgehandeld of open, afgehandeld niet ingevuld: \(statuses)"))
        }
        if r.totalRows > 0 || r.rowsWithoutFigure > 0 {
            // An aggregated table (CBS StatLine, data.politie.nl): its totals would count twice.
            let rows = Noun(en: "row", "rows", nl: "regel", "regels")
            lines.append(Message(en: "skipped: \(Language.en.count(r.totalRows, rows)) of totals, \(Language.en.count(r.rowsWithoutFigure, rows)) without a figure",
                                 nl: "overgeslagen: \(Language.nl.count(r.totalRows, rows)) met totalen, \(Language.nl.count(r.rowsWithoutFigure, rows)) zonder aantal"))
        }
        lines += themeless(r.categories, dossier: dossier)
        let from: Message = switch r.source {
        case .police: Message(en: "the police", nl: "de politie")
        case .fire: Message(en: "the fire brigade", nl: "de brandweer")
        case .municipality: Message(en: "the municipality", nl: "de gemeente")
        }
        let added = incident.counted(r.added.count) + range(r.added)
        lines.append(Message(en: "added \(added.en) from \(from.en)", nl: "\(added.nl) van \(from.nl) toegevoegd"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The categories of an import that count for no theme (neither the dossier's category
    /// mapping nor the default keywords place them), most incidents first, and how to map them.
    static func themeless(_ categories: [(category: String, incidents: Int)], dossier: Dossier) -> [Message] {
        let mapped = Set(dossier.categories.compactMap { $0.theme == nil ? nil : $0.category?.lowercased() })
        let missing = categories.filter { !mapped.contains($0.category.lowercased()) && CategoryThemes.defaultTheme(for: $0.category) == nil }
        guard let first = missing.first else { return [] }
        let shown = missing.prefix(20).map { "\($0.category) (\($0.incidents))" }.joined(separator: ", ")
        let more = missing.count > 20 ? Message(en: " and \(missing.count - 20) more", nl: " en nog \(missing.count - 20)") : .empty
        let example = "add category category=\"\(first.category)\" theme=THEME"
        return [Message(en: "categories that count for no theme (evidence ignores them): ", nl: "categorieën die voor geen thema tellen (onderbouwing negeert ze): ")
                + shown + more,
                Message(en: "map one to a theme (T01 to T12, handbook §4.1.4) with: \(example)",
                        nl: "koppel er een aan een thema (T01 t/m T12, handboek §4.1.4) met: voegtoe categorie category=\"\(first.category)\" theme=THEMA")]
    }

    static func read(_ file: String, rows: Int, empty: Int, separator: String, encoding: String?, sheet: String?) -> Message {
        let skipped = empty > 0 ? ", " + Noun(en: "empty row", "empty rows", nl: "lege regel", "lege regels").counted(empty) + Message(en: " skipped", nl: " overgeslagen") : .empty
        let layout = sheet.map { Message(en: ", Excel workbook, sheet '\($0)'", nl: ", Excel-werkmap, werkblad '\($0)'") }
            ?? Message(en: ", separator \(separator)", nl: ", scheidingsteken \(separator)")
        return Message(en: "read \(file): ", nl: "\(file) gelezen: ") + row.counted(rows) + layout
            + (encoding.map { Message(en: ", encoding \($0) (decoded)", nl: ", tekenset \($0) (omgezet)") } ?? .empty) + skipped
    }

    /// " (SR-1 to SR-12)", " (SR-4)" or "".
    static func range(_ ids: [String]) -> Message {
        guard let first = ids.first, let last = ids.last else { return .empty }
        return first == last ? .verbatim(" (\(first))") : Message(en: " (\(first) to \(last))", nl: " (\(first) t/m \(last))")
    }
}
