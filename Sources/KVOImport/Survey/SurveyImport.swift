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
        /// Answer codes with the texts they stand for (a LimeSurvey structure, a mapping's `answers`).
        var labels: [String: String] = [:]
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
        report.rows = layout.rows.count
        report.headerRows = layout.headerRows
        report.emptyRows = table.emptyRows
        let hash = SHA256.hex(bytes)
        let ledger = ImportLedger<SurveyRecord>(dossier: dossier)
        if let earlier = ledger.entry(forHash: hash) {
            report.previous = earlier
            return report
        }
        let (parkColumn, questions) = try Self.columns(of: table, layout: layout, mapping: mapping, report: &report)
        let directory = ParkDirectory(dossier: dossier)
        let onlyPark = try parkColumn == nil ? Self.onlyPark(of: directory, table: table) : nil
        var tally = SurveyTally(table: table, layout: layout, questions: questions, directory: directory, parkColumn: parkColumn, onlyPark: onlyPark,
                                earlierKeys: ledger.section.imports.reduce(into: Set<String>()) { $0.formUnion(RespondentKeys.stored(in: $1)) })
        try tally.count(into: &report)
        let replaced = ledger.section.imports.filter { e in let k = RespondentKeys.stored(in: e); return !k.isEmpty && k.isSubset(of: tally.fileKeys) }
        if tally.respondents.isEmpty, report.repeatedRespondents > 0 {
            report.previous = replaced.last ?? ledger.section.imports.last { !RespondentKeys.stored(in: $0).isDisjoint(with: tally.fileKeys) }
            return report
        }
        guard !tally.respondents.isEmpty else {
            let read = questions.map { layout.name($0.index) }.joined(separator: ", ")
            throw Diagnostic.importing(Message(en: "none of the \(layout.rows.count) rows of \(table.name) answers a question; nothing to import",
                                               nl: "geen van de \(layout.rows.count) regels van \(table.name) beantwoordt een vraag; er is niets te importeren"),
                                       hint: Message(en: "the questions read are: " + read, nl: "de gelezen vragen zijn: " + read))
        }
        var batch = ChangeSet(dossier)
        Self.addRecords(tally, dossier: dossier, to: &batch, report: &report)
        Self.record(ledger: ledger, questions: questions, replaced: replaced, tally: tally, file: file, hash: hash, today: today,
                    language: dossier.language ?? language, in: &batch, report: &report)
        report.changeSet = try batch.checkedForImport()
        report.resultsAdded = batch.added[ResultRecord.kind.name] ?? []
        report.answersAdded = batch.added[AnswerRecord.kind.name] ?? []
        return report
    }

    /// The dossier's only park, for an export without a park column; an error when it has none or several.
    static func onlyPark(of directory: ParkDirectory, table: CSVTable) throws(Diagnostic) -> ParkDirectory.Park {
        switch directory.parks.count {
        case 0:
            throw Diagnostic.importing(Message(en: "the dossier has no parks yet, so the answers have nowhere to go",
                                               nl: "het dossier heeft nog geen terreinen, dus de antwoorden kunnen nergens heen"),
                                       hint: Message(en: "add the park first: add park \"NAME\" entrepreneurs=N",
                                                     nl: "voeg eerst het terrein toe: voegtoe terrein \"NAAM\" entrepreneurs=N"))
        case 1:
            return directory.parks[0]
        default:
            let n = directory.parks.count
            throw Diagnostic.importing(Message(en: "this dossier has \(n) parks, so \(table.name) needs a column that says each respondent's park",
                                               nl: "dit dossier heeft \(n) terreinen, dus \(table.name) heeft een kolom nodig die van elke respondent het terrein noemt"),
                                       file: table.name, text: table.text, line: table.headerLine, column: 1,
                                       hint: Message(en: "head that column 'park' or 'terrein' (values: a park's ID or name), or give it the role park in a mapping file",
                                                     nl: "geef die kolom de kop 'terrein' of 'park' (waarden: het ID of de naam van een terrein), of geef hem de rol terrein in een koppeltabel"))
        }
    }
}
