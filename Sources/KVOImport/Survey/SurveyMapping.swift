import KVOModel

/// A mapping file for survey exports that do not follow the column convention: a small table
/// (tab-separated, or `;`/`,` like any CSV) with a header row and one row per column of the
/// export:
///
///     column                                   role      subject  question                         problem                 questionId
///     Op welk terrein is uw bedrijf gevestigd?  park
///     Wat is uw naam?                          drop
///     Hoe veilig voelt u zich?                 question  8        Hoe veilig voelt u zich overdag?  onveilig|zeer onveilig  Q3
///     Opmerkingen                              open      16
///
/// `role` is park, question, open or drop (Dutch: terrein, vraag, open, weglaten). `subject`
/// is 1 to 44; empty means the header's own number, or an own question when it has none. `question` replaces the header as the question's
/// text. `problem` lists, separated by `|`, the answers that report a problem (for `evidence`).
/// `questionId` (optional) is the question's ID in the survey tool, stored with its results and
/// answers; empty means the header's own code, if any (`SurveyColumn.code`). `answers`
/// (optional) translates the answer codes a tool exports into their texts: `A1=Veilig|A2=Onveilig`
/// (LimeSurvey's answer codes, or a column per option's code, `SQ001=App-groep`).
/// A LimeSurvey survey structure (*Export survey structure (.txt)*) is read as a mapping of its own
/// (`SurveyMapping+LimeSurvey.swift`).
/// Columns the mapping does not name follow the convention.
public struct SurveyMapping: Sendable {
    public enum Role: String, Sendable, CaseIterable { case park, question, open, drop }

    /// The mapping file's own columns. Its headers are the users' words, folded; where one is spelt
    /// as the results' field its values fill, it is written as that field's name.
    enum Heading: CaseIterable {
        case column, role, subject, question, problem, questionID, answers

        var names: Set<String> {
            switch self {
            case .column: ["column", "kolom"]
            case .role: ["role", "rol"]
            case .subject: [ResultRecord.Field.subject, "onderwerp"]
            case .question: [ResultRecord.Field.question, "vraag"]
            case .problem: [ResultRecord.Field.problem, "probleem", "problems", "problemen"]
            case .questionID: [ResultRecord.Field.questionId.folded, "question id", "vraagid", "vraag id", "code", "vraagcode"]
            case .answers: ["answers", "antwoorden", "answer codes", "antwoordcodes", "labels"]
            }
        }
    }

    /// The words of the `role` column, English (the roles' names) and Dutch.
    static let roleWords: [String: Role] = Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0.rawValue, $0) })
        .merging(["terrein": .park, "vraag": .question, "weglaten": .drop, "skip": .drop, "negeren": .drop]) { a, _ in a }

    public struct Entry: Sendable {
        public let column: String
        public let role: Role
        public let subject: Int?
        public let question: String?
        public let problems: Set<String>?
        /// The question's ID in the survey tool, when the mapping gives one.
        public let questionID: String?
        /// Answer and option codes the export writes, with the texts they stand for.
        public var labels: [String: String] = [:]
        /// The row of the mapping file.
        let row: CSVTable.Row
        /// Whether the export must have the column: a survey structure also lists questions an
        /// export may leave out (hidden or equation questions).
        var required = true
    }

    public let table: CSVTable
    public let entries: [Entry]

    public init(table: CSVTable) throws(Diagnostic) {
        self.table = table
        if Self.isLimeSurveyStructure(table) {
            entries = try Self.limeSurveyEntries(table)
            return
        }
        func column(_ heading: Heading) -> Int? { table.header.firstIndex { heading.names.contains($0.folded) } }
        guard let columnAt = column(.column) else {
            throw table.error(Message(en: "a mapping needs a column headed 'column' (or 'kolom') that names the export's columns",
                                      nl: "een koppeltabel heeft een kolom 'kolom' (of 'column') nodig die de kolommen van de export noemt"), header: 0,
                              hint: Self.headerHint)
        }
        guard let roleAt = column(.role) else {
            throw table.error(Message(en: "a mapping needs a column headed 'role' (or 'rol')", nl: "een koppeltabel heeft een kolom 'rol' (of 'role') nodig"), header: 0,
                              hint: Self.headerHint)
        }
        let subjectAt = column(.subject)
        let questionAt = column(.question)
        let problemAt = column(.problem)
        let questionIDAt = column(.questionID)
        let answersAt = column(.answers)
        var entries: [Entry] = []
        for row in table.rows {
            let name = row[columnAt]
            guard !name.isEmpty else {
                throw table.error(Message(en: "no column named on this row", nl: "deze regel noemt geen kolom"), field: columnAt, in: row)
            }
            if let earlier = entries.first(where: { $0.column.folded == name.folded }) {
                throw table.error(Message(en: "'\(name)' is mapped twice (also on line \(earlier.row.line))",
                                          nl: "'\(name)' staat twee keer in de koppeltabel (ook op regel \(earlier.row.line))"), field: columnAt, in: row)
            }
            let roleWord = row[roleAt]
            guard let role = Self.roleWords[roleWord.folded] else {
                throw table.error(roleWord.isEmpty ? Message(en: "no role given for '\(name)'", nl: "geen rol opgegeven voor '\(name)'")
                                                   : Message(en: "unknown role '\(roleWord)'", nl: "onbekende rol '\(roleWord)'"), field: roleAt, in: row,
                                  hint: Message(en: "a role is park, question, open or drop", nl: "een rol is terrein, vraag, open of weglaten"),
                                  unknown: roleWord.isEmpty ? nil : roleWord,
                                  candidates: Role.allCases.map(\.rawValue))
            }
            var subject: Int?
            if let at = subjectAt, !row[at].isEmpty {
                let word = row[at].hasPrefix("S") || row[at].hasPrefix("s") ? String(row[at].dropFirst()) : row[at]
                guard let n = Int(word), (1...44).contains(n) else {
                    throw table.error(Message(en: "a subject is a number from 1 to 44, not '\(row[at])'", nl: "een onderwerp is een getal van 1 tot 44, niet '\(row[at])'"),
                                      field: at, in: row,
                                      hint: Message(en: "leave it empty for an own question of the workgroup", nl: "laat het leeg voor een eigen vraag van de werkgroep"))
                }
                subject = n
            }
            let question = questionAt.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            var problems: Set<String>?
            if let at = problemAt, !row[at].isEmpty {
                problems = Set(row[at].split(separator: "|").map { String($0).folded }.filter { !$0.isEmpty })
            }
            let questionID = questionIDAt.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            if let questionID, let earlier = entries.first(where: { $0.questionID == questionID }) {
                throw table.error(Message(en: "question ID '\(questionID)' is also given to '\(earlier.column)' (line \(earlier.row.line)); an ID names one question",
                                          nl: "vraag-ID '\(questionID)' is ook aan '\(earlier.column)' gegeven (regel \(earlier.row.line)); een ID noemt één vraag"),
                                  field: questionIDAt!, in: row)
            }
            var entry = Entry(column: name, role: role, subject: subject, question: question, problems: problems, questionID: questionID, row: row)
            if let at = answersAt { entry.labels = try Self.labels(row[at], at: at, in: row, table: table) }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The entry for a header of the export.
    public func entry(for header: String) -> Entry? { entries.first { $0.column.folded == header.folded } }

    /// The column of an entry, as the export is read.
    func column(of entry: Entry, header: String) -> SurveyColumn {
        switch entry.role {
        case .park: return .park
        case .drop: return .dropped
        case .question, .open:
            let numbered = SurveyColumn.numbered(header)
            var text = entry.question ?? numbered?.1 ?? header
            var open = entry.role == .open
            if entry.question == nil {
                let (t, marked) = SurveyColumn.openMark(text)
                text = t
                open = open || marked
            }
            // No subject in the mapping: the header's number, when it has one; else an own question.
            let subject = entry.subject ?? numbered.flatMap { ThemeCatalogue.handbook.subject($0.0) != nil ? $0.0 : nil }
            return .question(subject: subject, text: text, open: open, problems: entry.problems, id: entry.questionID ?? SurveyColumn.code(header))
        }
    }

    /// `A1=Veilig|A2=Onveilig`: each code with its text.
    static func labels(_ text: String, at: Int, in row: CSVTable.Row, table: CSVTable) throws(Diagnostic) -> [String: String] {
        var labels: [String: String] = [:]
        for pair in text.split(separator: "|") where !pair.allSatisfy({ $0 == " " }) {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmedBlanks }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw table.error(Message(en: "'\(pair)' is no code=text pair", nl: "'\(pair)' is geen paar code=tekst"), field: at, in: row,
                                  hint: Message(en: "write the answers as A1=Veilig|A2=Onveilig", nl: "schrijf de antwoorden als A1=Veilig|A2=Onveilig"))
            }
            labels[parts[0]] = parts[1]
        }
        return labels
    }

    static let headerHint = Message(en: "the header row is: column, role, subject, question, problem (tab-separated)",
                                    nl: "de kopregel is: kolom, rol, onderwerp, vraag, probleem (gescheiden door tabs)")

    /// An error pointing at an entry's column name in the mapping file.
    func error(_ message: Message, at entry: Entry, hint: Message? = nil, unknown: String? = nil, candidates: [String] = []) -> Diagnostic {
        let at = table.header.firstIndex { Heading.column.names.contains($0.folded) } ?? 0
        return table.error(message, field: at, in: entry.row, hint: hint, unknown: unknown, candidates: candidates)
    }
}
