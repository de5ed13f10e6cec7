import KVOModel
import KVOImport

extension CommandSpec {
    static let importFile = CommandSpec(
        name: "import", aliases: ["importeer"], group: .dossier, summary: "import survey responses or incident figures from a CSV file",
        syntax: [.word("kind", .choice(["survey", "incidents"])), .word("file", .path)],
        options: [OptionSpec("source", value: .choice(["police", "fire", "municipality"]), summary: "incidents: who delivered the figures"),
                  OptionSpec("mapping", value: .path, summary: "survey: a table that says what each column of the export is")],
        example: "import incidents politie-2025.csv --source police",
        details: "import survey FILE reads a survey export, one row per respondent and one column per question: a question's header starts with its subject number (12 Hoe vaak ...), a column 'park' says the respondent's park (not needed with one park), open questions (16, 23, 33, or a header ending in '(open)') are kept word for word, closed ones counted per answer (results); each park's surveyResponses grows. Columns that could identify a respondent (name, e-mail, IP, phone, IDs, times) are dropped and named. --mapping FILE says what the columns are when the export does not follow this. import incidents FILE --source police|fire|municipality places each row in a park by its street or postcode, else overig, and reports the streets that matched no park. The whole file is one amendment (one undo takes it back), made only when every row is good; the same file is never counted twice. docs/import.md has the details.",
        action: { context in
            guard let kindWord = context.arguments.word("kind"), let fileWord = context.arguments.word("file") else { return }
            let options = context.interpreter.options
            if options.safe {
                throw context.error("safe mode: nothing can be imported", hint: "kvo was started with --safe, which changes no dossier")
            }
            let kinds = ["survey": "survey", "enquete": "survey", "enquête": "survey", "incidents": "incidents", "incident": "incidents",
                         "incidenten": "incidents", "meldingen": "incidents", "cijfers": "incidents"]
            guard let kind = kinds[kindWord.text.lowercased()] else {
                throw context.error(Message(en: "kvo imports survey or incidents, not '\(kindWord.text)'", nl: "kvo importeert enquete of incidenten, niet '\(kindWord.text)'")
                                    + Suggestion.phrase(for: kindWord.text, in: kinds.keys.sorted()),
                                    at: kindWord.location, length: kindWord.length,
                                    hint: Message(en: "import survey FILE, or import incidents FILE --source police",
                                                  nl: "importeer enquete BESTAND, of importeer incidenten BESTAND --source politie"))
            }
            let w = try context.workspace()
            if options.readOnly || w.readOnly {
                throw context.error("the dossier is open read-only: nothing can be imported",
                                    hint: options.readOnly ? "kvo was started with --readonly" : "open it without --readonly to import into it")
            }
            let sourceOption = context.arguments.options["source"], mappingOption = context.arguments.options["mapping"]
            var source: IncidentImport.Source?
            if kind == "survey", let s = sourceOption {
                throw context.error("--source is for incident figures; a survey has none", at: s.location, length: 8)
            }
            if kind == "incidents" {
                if let m = mappingOption {
                    throw context.error("--mapping is for survey exports; incident columns are recognised by their headers", at: m.location, length: 9,
                                        hint: "rename the columns: datum, categorie, straat, huisnummer, postcode, afgehandeld")
                }
                guard let word = sourceOption?.value else {
                    throw context.error("say who delivered the figures: --source police, fire or municipality", at: fileWord.location, length: fileWord.length,
                                        hint: "import incidents \(fileWord.text) --source police")
                }
                guard let s = IncidentImport.Source(word: word.text) else {
                    throw context.error(Message.untranslated("--source is police, fire or municipality, not '\(word.text)'")
                                        + Suggestion.phrase(for: word.text, in: ["police", "fire", "municipality", "politie", "brandweer", "gemeente"]),
                                        at: word.location, length: word.length)
                }
                source = s
            }

            let (bytes, path) = try context.readImportFile(fileWord)
            // The ledger dates an import as an amendment is dated: when it happened (not --as-of).
            let importDay = Day(String(options.now().prefix(10))) ?? options.today
            let report: ImportReport
            do {
                let table = try CSVTable(name: fileWord.text, bytes: bytes)
                if let source {
                    report = .incidents(try IncidentImport.run(table, bytes: bytes, file: FileStore.fileName(of: path), dossier: w.dossier,
                                                               source: source, today: importDay))
                } else {
                    var mapping: SurveyMapping?
                    if let m = mappingOption {
                        guard let word = m.value else { throw context.error("--mapping needs a file", at: m.location, length: 9) }
                        let (mappingBytes, _) = try context.readImportFile(word)
                        mapping = try SurveyMapping(table: CSVTable(name: word.text, bytes: mappingBytes, shortRowsAllowed: true))
                    }
                    report = .survey(try SurveyImport.run(table, bytes: bytes, file: FileStore.fileName(of: path), dossier: w.dossier,
                                                          mapping: mapping, today: importDay))
                }
            } catch let failure as ImportError {
                throw context.diagnostic(failure, file: fileWord)
            }
            if report.changes.isEmpty {
                context.write(report.text(file: fileWord.text))
                return
            }
            let kindOfChange = w.schema.kind(named: kind)!
            try RecordEditor(context: context, workspace: w, kind: kindOfChange).commit(report.changes)
            context.write(report.text(file: fileWord.text) + "undo takes the whole import back\n")
        })
}

extension CommandContext {
    /// The bytes of a file named in an import, and its path.
    fileprivate func readImportFile(_ word: ParsedArguments.Word) throws -> ([UInt8], String) {
        let path = FileSystem.resolve(word.text, against: source.directory)
        do {
            return (try FileStore.read(path), path)
        } catch {
            throw self.error(error.message, at: word.location, length: word.length)
        }
    }

    /// An import's error as kvo shows errors: in the file, at its line and column, when it has one.
    fileprivate func diagnostic(_ failure: ImportError, file: ParsedArguments.Word) -> Diagnostic {
        var message = failure.message
        if let unknown = failure.unknown { message += Suggestion.phrase(for: unknown, in: failure.candidates) }
        if let name = failure.file, let line = failure.line {
            let text = SourceFile(name: name, text: failure.text ?? "", directory: ".")
            return Diagnostic(.runtime, message, source: text, at: SourceLocation(line: line, column: failure.column ?? 1),
                              length: failure.length, hint: failure.hint)
        }
        if let name = failure.file {
            return Diagnostic(.runtime, message, source: SourceFile(name: name, text: "", directory: "."), hint: failure.hint)
        }
        return error(message, at: file.location, length: file.length, hint: failure.hint)
    }
}

/// What an import did, for the command's output.
private enum ImportReport {
    case survey(SurveyImport.Report)
    case incidents(IncidentImport.Report)

    var changes: [Change] {
        switch self {
        case .survey(let r): r.changes
        case .incidents(let r): r.changes
        }
    }

    func text(file: String) -> String {
        switch self {
        case .survey(let r): Self.text(r, file: file)
        case .incidents(let r): Self.text(r, file: file)
        }
    }

    static func text(_ r: SurveyImport.Report, file: String) -> String {
        if let previous = r.previous { return "\(file) was imported before (\(previous)); nothing changed\n" }
        var lines = [read(file, rows: r.rows, empty: r.emptyRows, separator: r.separator)]
        if !r.identityColumns.isEmpty {
            lines.append("dropped \(count(r.identityColumns.count, "column")) that could identify a respondent: " + r.identityColumns.joined(separator: ", "))
        }
        if !r.droppedColumns.isEmpty { lines.append("dropped as the mapping says: " + r.droppedColumns.joined(separator: ", ")) }
        if !r.notImported.isEmpty {
            lines.append("not imported: " + r.notImported.joined(separator: ", ") + "; a mapping file (--mapping) can import such columns")
        }
        let subjects = r.subjects.isEmpty ? "" : ", subject\(r.subjects.count == 1 ? "" : "s") " + r.subjects.map(String.init).joined(separator: ", ")
        lines.append("\(count(r.questions, "question")) (\(r.openQuestions) open)\(subjects)")
        for p in r.parks {
            var line = "\(p.id) \(p.name): \(count(p.respondents, "respondent")), surveyResponses \(p.responsesBefore.map(String.init) ?? "(none)") -> \(p.responsesAfter)"
            if let n = p.entrepreneurs, p.responsesAfter > n {
                line += "; more than its \(n) entrepreneurs: were respondents counted twice (an export that repeats an earlier one), or is entrepreneurs out of date? undo takes this import back"
            }
            lines.append(line)
        }
        if r.rowsWithoutAnswers > 0 {
            lines.append("\(count(r.rowsWithoutAnswers, "row")) answer\(r.rowsWithoutAnswers == 1 ? "s" : "") no question and \(r.rowsWithoutAnswers == 1 ? "was" : "were") not counted")
        }
        var added = ["added \(count(r.resultsAdded.count, "result"))\(range(r.resultsAdded))", "\(count(r.answersAdded.count, "open answer"))\(range(r.answersAdded))"]
        if r.resultsUpdated > 0 { added.append("raised the count of \(count(r.resultsUpdated, "result")) already recorded") }
        lines.append(added.joined(separator: ", "))
        if !r.addedSubjects.isEmpty {
            lines.append("the survey's subjects now include " + r.addedSubjects.map(String.init).joined(separator: ", "))
        }
        if r.withoutProblemFlag > 0 {
            lines.append("\(count(r.withoutProblemFlag, "new answer option")) \(r.withoutProblemFlag == 1 ? "does" : "do") not say whether \(r.withoutProblemFlag == 1 ? "it reports" : "they report") a problem (evidence counts \(r.withoutProblemFlag == 1 ? "it" : "them") as none): "
                         + "set SR-N problem=true, or list problem answers in a mapping file")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func text(_ r: IncidentImport.Report, file: String) -> String {
        if let previous = r.previous { return "\(file) was imported before (\(previous)); nothing changed\n" }
        var lines = [read(file, rows: r.rows, empty: r.emptyRows, separator: r.separator)]
        if !r.unusedColumns.isEmpty { lines.append("not imported: " + r.unusedColumns.joined(separator: ", ")) }
        if r.source == .municipality {
            lines.append(r.handledColumn.map { "handled or open: from column '\($0)'" }
                         ?? "no column says whether a report was handled (afgehandeld or status): handled is not recorded")
        }
        if !r.parksDelineated {
            lines.append("no park lists its streets or postcodes, so every row is overig: set P-1 streets=\"...\" postcodes=\"...\" first, then undo and import again")
        }
        func incidents(_ rows: Int, _ n: Int) -> String { count(rows, "row") + (n == rows ? "" : " (\(count(n, "incident")))") }
        for p in r.parks { lines.append("\(p.id) \(p.name): \(incidents(p.rows, p.incidents))") }
        lines.append("overig: \(incidents(r.overigRows, r.overigIncidents))" + (r.withoutAddress > 0 ? ", \(r.withoutAddress) without street or postcode" : ""))
        if !r.unmatchedStreets.isEmpty {
            lines.append("streets in no park: " + r.unmatchedStreets.map { "\($0.street) (\($0.rows))" }.joined(separator: ", "))
        }
        let from = ["police": "the police", "fire": "the fire brigade", "municipality": "the municipality"][r.source.rawValue]!
        lines.append("added \(count(r.added.count, "incident"))\(range(r.added)) from \(from)")
        return lines.joined(separator: "\n") + "\n"
    }

    static func read(_ file: String, rows: Int, empty: Int, separator: String) -> String {
        "read \(file): \(count(rows, "row")), separator \(separator)" + (empty > 0 ? ", \(count(empty, "empty row")) skipped" : "")
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// " (SR-1 to SR-12)", " (SR-4)" or "".
    static func range(_ ids: [String]) -> String {
        guard let first = ids.first, let last = ids.last else { return "" }
        return first == last ? " (\(first))" : " (\(first) to \(last))"
    }
}
