import KVOModel

/// `import survey FILE`: a survey export, one row per respondent and one column per question,
/// turned into the dossier's §4.1.1 records. Per park, the answers to each closed question are
/// counted (`results`: one record per answer option, its `count` the respondents who gave it),
/// every answer to an open question is kept word for word (`answers`), and the park's
/// `surveyResponses` grows by its respondents. Nothing that could identify a respondent is kept.
///
/// Answers are added to what the dossier holds: an answer option already recorded for the park
/// and question has its count raised. The file's SHA-256 is recorded in `survey.imports`, and a
/// file whose hash is there already is not counted again. Either every row is good and the whole
/// file becomes one amendment, or the first bad row is reported and nothing changes.
public enum SurveyImport {
    public struct ParkCount: Sendable, Equatable {
        public let id: String
        public let name: String
        public let respondents: Int
        /// `surveyResponses` before the import (nil: not recorded) and after it.
        public let responsesBefore: Int?
        public let responsesAfter: Int
        /// The park's entrepreneurs, when recorded: more responses than that means respondents were counted twice.
        public let entrepreneurs: Int?

        public init(id: String, name: String, respondents: Int, responsesBefore: Int?, responsesAfter: Int, entrepreneurs: Int? = nil) {
            self.id = id
            self.name = name
            self.respondents = respondents
            self.responsesBefore = responsesBefore
            self.responsesAfter = responsesAfter
            self.entrepreneurs = entrepreneurs
        }
    }

    public struct Report: Sendable {
        /// The amendment to make, checked; nil when the file was imported before.
        public var changeSet: ChangeSet?
        /// The amendment's changes; empty when the file was imported before.
        public var changes: [Change] { changeSet?.changes ?? [] }
        /// The `survey.imports` entry of an earlier import of the same bytes: then nothing changed.
        public var previous: String?
        public var separator: String
        /// The file's encoding when it was not UTF-8 (decoded, and named in the summary).
        public var encoding: String?
        /// The sheet read, for an Excel workbook.
        public var sheet: String?
        public var rows = 0
        /// Header rows read: 2 for SurveyMonkey's export.
        public var headerRows = 1
        public var emptyRows = 0
        /// Respondents an earlier import counted already (a cumulative download): not counted again.
        public var repeatedRespondents = 0
        /// The ledger entries of earlier downloads this one repeats whole, replaced by its own.
        public var replacedImports: [String] = []
        /// Rows that answer no question: no respondent, not counted.
        public var rowsWithoutAnswers = 0
        public var identityColumns: [String] = []
        /// Columns headed as questions (numbered, or so mapped) that were dropped all the same,
        /// with why: they ask who the respondent is, or their answers say it.
        public var identityQuestions: [Message] = []
        public var droppedColumns: [String] = []
        public var notImported: [Message] = []
        public var questions = 0
        public var openQuestions = 0
        public var subjects: [Int] = []
        /// Subjects the survey section did not list yet; the import adds them.
        public var addedSubjects: [Int] = []
        public var parks: [ParkCount] = []
        public var resultsAdded: [String] = []
        public var resultsUpdated = 0
        public var answersAdded: [String] = []
        /// New answer options for which nothing says whether they report a problem.
        public var withoutProblemFlag = 0

        public var respondents: Int { parks.reduce(0) { $0 + $1.respondents } }
    }

    struct Question {
        let index: Int
        let subject: Int?
        let text: String
        let open: Bool
        let problems: Set<String>?
        /// The question's ID in the survey tool (`questionId` of its results and answers).
        var id: String?
        /// For a column per option: the option it counts.
        var option: String?
    }

    /// Reads the table into changes of `dossier`. `file` and `today` are the name and date the
    /// ledger records (`survey.imports`).
    /// `language` writes the ledger entry (dossier data): the dossier's own language, else the session's.
    public static func run(_ table: CSVTable, bytes: [UInt8], file: String, dossier: Dossier, mapping: SurveyMapping? = nil,
                           today: Day, language: Language = .en) throws(Diagnostic) -> Report {
        var report = Report(separator: table.separatorName)
        report.encoding = table.encodingNote
        report.sheet = table.sheet
        let layout = SurveyLayout(table)
        let rows = layout.rows
        report.rows = rows.count
        report.headerRows = layout.headerRows
        report.emptyRows = table.emptyRows
        let hash = SHA256.hex(bytes)
        let ledger = ImportLedger<SurveyRecord>(dossier: dossier)
        if let earlier = ledger.entry(forHash: hash) {
            report.previous = earlier
            return report
        }

        // What each column is.
        if let mapping {
            for e in mapping.entries where !table.header.contains(where: { $0.folded == e.column.folded }) && !layout.headers.indices.contains(where: { layout.name($0).folded == e.column.folded || layout.headers[$0].folded == e.column.folded }) {
                throw mapping.error(Message(en: "\(table.name) has no column '\(e.column)'", nl: "\(table.name) heeft geen kolom '\(e.column)'"),
                                    at: e, unknown: e.column, candidates: table.header)
            }
        }
        var parkColumn: Int?
        var questions: [Question] = []
        for (i, header) in layout.headers.enumerated() {
            let named = layout.name(i)
            let mapped = mapping.flatMap { m in (m.entry(for: named) ?? m.entry(for: header)).map { m.column(of: $0, header: header) } }
            var column = mapped ?? SurveyColumn.classify(header)
            // A tool's bare code over option columns (LimeSurvey's `S42[SQ001]`) is no subject number.
            if mapped == nil, layout.options[i] != nil, !header.contains(" "), case .question = column {
                column = .unknown(Message(en: "a survey tool's code, no subject number", nl: "een code van het enquêteprogramma, geen onderwerpnummer"))
            }
            if layout.open.contains(i), case .question(let subject, let text, _, let problems, let id) = column {
                column = .question(subject: subject, text: text, open: true, problems: problems, id: id)
            }
            switch column {
            case .park:
                if let earlier = parkColumn {
                    throw table.error(Message(en: "a second column names the park (the first is '\(layout.name(earlier))')",
                                              nl: "een tweede kolom noemt het terrein (de eerste is '\(layout.name(earlier))')"), header: i,
                                      hint: Message(en: "mark one of them drop in a mapping file (--mapping)",
                                                    nl: "geef een van beide de rol weglaten in een koppeltabel (--mapping)"))
                }
                parkColumn = i
            case .question(let subject, let text, let open, let problems, let id):
                // Identity wins over any header: answers that are e-mail addresses, phone numbers
                // or company names are never stored.
                if let why = IdentityColumns.identifyingContent(rows.map { $0[i] }) {
                    report.identityColumns.append(named)
                    report.identityQuestions.append(.verbatim(named) + " (" + why + ")")
                    continue
                }
                let option = layout.options[i]
                if let twin = questions.first(where: { $0.subject == subject && $0.text.folded == text.folded && ($0.option == nil || $0.option == option) }) {
                    throw table.error(Message(en: "this column asks the same question as column \(twin.index + 1) ('\(layout.name(twin.index))')",
                                              nl: "deze kolom stelt dezelfde vraag als kolom \(twin.index + 1) ('\(layout.name(twin.index))')"), header: i,
                                      hint: Message(en: "give one of them another question text in a mapping file, or drop it",
                                                    nl: "geef een van beide een andere vraagtekst in een koppeltabel, of laat hem weg"))
                }
                questions.append(Question(index: i, subject: subject, text: text, open: open && option == nil, problems: problems, id: id, option: option))
            case .identity:
                report.identityColumns.append(named)
                if SurveyColumn.numbered(header) != nil {
                    report.identityQuestions.append(.verbatim(named) + Message(en: " (numbered as a question, but it asks who the respondent is)",
                                                                                 nl: " (genummerd als vraag, maar vraagt wie de respondent is)"))
                }
            case .dropped:
                report.droppedColumns.append(named)
            case .unknown(let reason):
                if header.isEmpty, rows.allSatisfy({ $0[i].isEmpty }) { continue } // a trailing separator
                let name = header.isEmpty ? Message(en: "column \(i + 1)", nl: "kolom \(i + 1)") : .verbatim(named)
                report.notImported.append(name + " (" + reason + ")")
            }
        }
        guard !questions.isEmpty else {
            throw table.error(Message(en: "no column of \(table.name) is a survey question", nl: "geen kolom van \(table.name) is een vraag uit de enquête"), header: 0,
                              hint: Message(en: "start each question's header with its subject number (\"12 Hoe vaak ...\", \"S12: ...\"), or say what the columns are in a mapping file: --mapping FILE (docs/import.md)",
                                            nl: "begin de kop van elke vraag met het nummer van het onderwerp (\"12 Hoe vaak ...\", \"S12: ...\"), of zeg in een koppeltabel wat de kolommen zijn: --mapping BESTAND (docs/import.md)"))
        }
        // A header code that more than one column carries names no single question: none keeps it.
        let codes = Dictionary(grouping: questions.compactMap(\.id), by: { $0 }).mapValues(\.count)
        for i in questions.indices where questions[i].id.map({ codes[$0, default: 0] > 1 }) ?? false { questions[i].id = nil }
        // A question with a column per option (or an "other" column beside it) is one question.
        struct Asked: Hashable { let subject: Int?, text: String }
        report.questions = Set(questions.map { Asked(subject: $0.subject, text: $0.text.folded) }).count
        report.openQuestions = Set(questions.filter(\.open).map { Asked(subject: $0.subject, text: $0.text.folded) }).count

        // Whose answers: the park column, or the dossier's only park.
        let directory = ParkDirectory(dossier: dossier)
        var onlyPark: ParkDirectory.Park?
        if parkColumn == nil {
            switch directory.parks.count {
            case 0:
                throw Diagnostic.importing(Message(en: "the dossier has no parks yet, so the answers have nowhere to go",
                                                   nl: "het dossier heeft nog geen terreinen, dus de antwoorden kunnen nergens heen"),
                                           hint: Message(en: "add the park first: add park \"NAME\" entrepreneurs=N",
                                                         nl: "voeg eerst het terrein toe: voegtoe terrein \"NAAM\" entrepreneurs=N"))
            case 1:
                onlyPark = directory.parks[0]
            default:
                let n = directory.parks.count
                throw Diagnostic.importing(Message(en: "this dossier has \(n) parks, so \(table.name) needs a column that says each respondent's park",
                                                   nl: "dit dossier heeft \(n) terreinen, dus \(table.name) heeft een kolom nodig die van elke respondent het terrein noemt"),
                                           file: table.name, text: table.text, line: table.headerLine, column: 1,
                                           hint: Message(en: "head that column 'park' or 'terrein' (values: a park's ID or name), or give it the role park in a mapping file",
                                                         nl: "geef die kolom de kop 'terrein' of 'park' (waarden: het ID of de naam van een terrein), of geef hem de rol terrein in een koppeltabel"))
            }
        }

        // Count, row by row.
        struct Key: Hashable { let park: Int, question: Int, answer: String }
        var tally: [Key: Int] = [:]
        var order: [Key] = []
        var openAnswers: [(park: ParkDirectory.Park, question: Question, text: String)] = []
        var respondents: [Int: Int] = [:]
        // Answers to a multiple-choice question in one cell (`a;b`, `a, b`) count once per option.
        let splitters = questions.map { q in q.open || q.option != nil ? nil : MultiSelect.splitter(for: rows.map { $0[q.index] }) }
        // A download that repeats respondents of an earlier import counts only the new ones.
        let keying = RespondentKeys(headers: table.header)
        let earlierKeys = ledger.section.imports.reduce(into: Set<String>()) { $0.formUnion(RespondentKeys.stored(in: $1)) }
        var fileKeys: [String] = []
        for row in rows {
            guard questions.contains(where: { !row[$0.index].isEmpty }) else {
                report.rowsWithoutAnswers += 1
                continue
            }
            if let key = keying.key(row) {
                fileKeys.append(key)
                if earlierKeys.contains(key) {
                    report.repeatedRespondents += 1
                    continue
                }
            }
            let park: ParkDirectory.Park
            if let onlyPark {
                park = onlyPark
            } else {
                let at = parkColumn!
                let value = row[at]
                let known = directory.parks.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
                guard !value.isEmpty else {
                    throw table.error(Message(en: "this row names no park", nl: "deze regel noemt geen terrein"), field: at, in: row,
                                      hint: Message(en: "the parks are \(known)", nl: "de terreinen zijn \(known)"))
                }
                guard let p = directory.park(value) else {
                    throw table.error(Message(en: "no park of the dossier is called '\(value)'", nl: "geen terrein van het dossier heet '\(value)'"), field: at, in: row,
                                      hint: Message(en: "the parks are \(known); a row names one by ID or name",
                                                    nl: "de terreinen zijn \(known); een regel noemt er een bij ID of naam"),
                                      unknown: value, candidates: directory.names)
                }
                park = p
            }
            for (qi, q) in questions.enumerated() {
                let value = row[q.index]
                if value.isEmpty { continue }
                if q.open {
                    openAnswers.append((park, q, value))
                    continue
                }
                let chosen = q.option.map { SurveyLayout.ticked(value) ? [$0] : [] } ?? splitters[qi].map { $0(value) } ?? [value]
                for answer in chosen {
                    let key = Key(park: park.position, question: qi, answer: answer)
                    if tally[key] == nil { order.append(key) }
                    tally[key, default: 0] += 1
                }
            }
            respondents[park.position, default: 0] += 1
        }
        let replaced = ledger.section.imports.filter { e in let k = RespondentKeys.stored(in: e); return !k.isEmpty && k.isSubset(of: fileKeys) }
        if respondents.isEmpty, report.repeatedRespondents > 0 {
            report.previous = replaced.last ?? ledger.section.imports.last { !RespondentKeys.stored(in: $0).isDisjoint(with: fileKeys) }
            return report
        }
        guard !respondents.isEmpty else {
            let read = questions.map { layout.name($0.index) }.joined(separator: ", ")
            throw Diagnostic.importing(Message(en: "none of the \(rows.count) rows of \(table.name) answers a question; nothing to import",
                                               nl: "geen van de \(rows.count) regels van \(table.name) beantwoordt een vraag; er is niets te importeren"),
                                       hint: Message(en: "the questions read are: " + read, nl: "de gelezen vragen zijn: " + read))
        }

        // The records.
        struct ResultKey: Hashable { let park: String, subject: Int?, question: String, answer: String }
        struct OptionKey: Hashable { let subject: Int?, question: String, answer: String }
        var existing: [ResultKey: ResultRecord] = [:]
        var knownProblem: [OptionKey: Bool] = [:]
        for r in dossier.results {
            let question = r.question ?? "", answer = r.answer ?? ""
            existing[ResultKey(park: r.park ?? "", subject: r.subject, question: question, answer: answer)] = r
            if let b = r.problem { knownProblem[OptionKey(subject: r.subject, question: question, answer: answer)] = b }
        }
        var batch = ChangeSet(dossier)
        let seen = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        for key in order.sorted(by: { ($0.park, $0.question, seen[$0]!) < ($1.park, $1.question, seen[$1]!) }) {
            let q = questions[key.question], park = directory.parks[key.park], n = tally[key]!
            let problem = q.problems.map { $0.contains(key.answer.folded) }
                ?? knownProblem[OptionKey(subject: q.subject, question: q.text, answer: key.answer)]
            if let old = existing[ResultKey(park: park.id, subject: q.subject, question: q.text, answer: key.answer)] {
                var new = old
                // Old counts are within JSONValue.largestWhole, n within the rows of the file: no
                // overflow; a sum beyond the schema's range is refused by the batch's check.
                new.count = (old.count ?? 0) + n
                if q.problems != nil, let problem { new.problem = problem }
                if new.questionId == nil { new.questionId = q.id }
                batch.update(old.record, to: new.record, kind: ResultRecord.kind)
                report.resultsUpdated += 1
                continue
            }
            var result = ResultRecord()
            result.park = park.id
            result.question = q.text
            result.answer = key.answer
            result.count = n
            result.subject = q.subject
            result.questionId = q.id
            result.problem = problem
            if problem == nil { report.withoutProblemFlag += 1 }
            batch.add(result.record, kind: ResultRecord.kind)
        }
        for a in openAnswers {
            var answer = AnswerRecord()
            answer.park = a.park.id
            answer.question = a.question.text
            answer.text = a.text
            answer.subject = a.question.subject
            answer.questionId = a.question.id
            batch.add(answer.record, kind: AnswerRecord.kind)
        }
        for position in respondents.keys.sorted() {
            let park = directory.parks[position], n = respondents[position]!
            let before = park.record.surveyResponses
            var updated = park.record
            updated.surveyResponses = (before ?? 0) + n
            batch.update(park.record.record, to: updated.record, kind: ParkRecord.kind)
            report.parks.append(ParkCount(id: park.id, name: park.name, respondents: n, responsesBefore: before, responsesAfter: (before ?? 0) + n,
                                          entrepreneurs: park.record.entrepreneurs))
        }

        // The survey section: the subjects asked, and this file in the ledger.
        var survey = ledger.section
        let listed = survey.subjects
        let found = Set(questions.compactMap(\.subject))
        report.subjects = found.sorted()
        report.addedSubjects = found.subtracting(listed).sorted()
        if !report.addedSubjects.isEmpty {
            survey.subjects = Set(listed).union(found).sorted()
        }
        // The ledger is dossier data: written in the dossier's language.
        let language = dossier.language ?? language
        let respondentNoun = Noun(en: "respondent", "respondents", nl: "respondent", "respondenten")
        var summary = language.count(report.respondents + report.repeatedRespondents, respondentNoun)
        if report.repeatedRespondents > 0 { summary += language == .nl ? ", waarvan \(report.respondents) nieuw" : ", \(report.respondents) new" }
        if report.parks.count > 1 { summary += " (" + report.parks.map { "\($0.id) \($0.respondents)" }.joined(separator: ", ") + ")" }
        // The earlier downloads this one repeats whole are replaced by it: their keys live on in its entry.
        survey.imports.removeAll { replaced.contains($0) }
        report.replacedImports = replaced
        let keys = replaced.reduce(into: Set(fileKeys)) { $0.formUnion(RespondentKeys.stored(in: $1)) }
        survey = ledger.recording(ledger.entry(date: today, file: file, summary: summary + RespondentKeys.listed(keys.sorted(), language: language), hash: hash), in: survey)
        batch.update(ledger.stored, to: survey.record, kind: SurveyRecord.kind)

        report.changeSet = try batch.checkedForImport()
        report.resultsAdded = batch.added[ResultRecord.kind.name] ?? []
        report.answersAdded = batch.added[AnswerRecord.kind.name] ?? []
        return report
    }
}

