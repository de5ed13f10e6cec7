import KVOModel

extension SurveyMapping {
    /// A mapping pre-filled from an export's headers (`import survey FILE --write-mapping OUT`), for
    /// the facilitator to correct and then use with `--mapping`: one row per column (per question
    /// for a question with a column per option), its role as the convention reads it, the subject
    /// and question text when the header gives them, and `drop` for every column that could
    /// identify a respondent (by its header, its question or its answers). A column the
    /// convention cannot place is written as a question without a subject: fill in its subject,
    /// or make it `drop`.
    public static func draft(for table: CSVTable) -> String {
        let layout = SurveyLayout(table)
        let headings = [Heading.column, .role, .subject, .question, .problem, .questionID].map(\.written)
        var lines = [headings.joined(separator: "\t")]
        var written = Set<String>()
        for i in layout.headers.indices where !layout.headers[i].isEmpty {
            let header = layout.headers[i]
            guard written.insert(header.folded).inserted else { continue } // the other options of the question
            var role = Role.question, subject = "", question = "", id = ""
            switch SurveyColumn.classify(header) {
            case .park: role = .park
            case .question(let s, let text, let open, _, let code):
                role = open || layout.open.contains(i) ? .open : .question
                (subject, question, id) = (s.map(String.init) ?? "", text, code ?? "")
            case .identity, .dropped: role = .drop
            case .unknown: question = header
            }
            if IdentityColumns.identifyingContent(layout.rows.map { $0[i] }) != nil { role = .drop }
            if role == .drop || role == .park { (subject, question, id) = ("", "", "") }
            let cells = [header, role.rawValue, subject, question, "", id].map { String($0.map { $0 == "\t" || $0 == "\n" ? " " : $0 }) }
            lines.append(cells.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension SurveyMapping.Heading {
    /// The heading as a written mapping spells it (the first of its English names).
    var written: String {
        switch self {
        case .column: "column"
        case .role: "role"
        case .subject: ResultRecord.Field.subject
        case .question: ResultRecord.Field.question
        case .problem: ResultRecord.Field.problem
        case .questionID: ResultRecord.Field.questionId
        case .answers: "answers"
        }
    }
}
