import KVOModel

/// What each column of a survey export is: the park, a question (with its subject, its option
/// for a column per option, and the texts of its answer codes), or a column not imported, named
/// in the report with why.
extension SurveyImport {
    static func columns(of table: CSVTable, layout: SurveyLayout, mapping: SurveyMapping?,
                        report: inout Report) throws(Diagnostic) -> (park: Int?, questions: [Question]) {
        if let mapping { try checkNamed(mapping, in: table, layout: layout) }
        var parkColumn: Int?
        var questions: [Question] = []
        for (i, header) in layout.headers.enumerated() {
            let named = layout.name(i)
            let entry = mapping.flatMap { $0.entry(for: named) ?? $0.entry(for: header) }
            switch column(i, of: layout, entry: entry, mapping: mapping) {
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
                if let why = IdentityColumns.identifyingContent(layout.rows.map { $0[i] }) {
                    report.identityColumns.append(named)
                    report.identityQuestions.append(.verbatim(named) + " (" + why + ")")
                    continue
                }
                let labels = entry?.labels ?? [:]
                let option = layout.options[i].map { labels[$0] ?? $0 }
                if let twin = questions.first(where: { $0.subject == subject && $0.text.folded == text.folded && ($0.option == nil || $0.option == option) }) {
                    throw table.error(Message(en: "this column asks the same question as column \(twin.index + 1) ('\(layout.name(twin.index))')",
                                              nl: "deze kolom stelt dezelfde vraag als kolom \(twin.index + 1) ('\(layout.name(twin.index))')"), header: i,
                                      hint: Message(en: "give one of them another question text in a mapping file, or drop it",
                                                    nl: "geef een van beide een andere vraagtekst in een koppeltabel, of laat hem weg"))
                }
                questions.append(Question(index: i, subject: subject, text: text, open: open && option == nil, problems: problems, id: id,
                                          option: option, labels: labels))
            case .identity:
                report.identityColumns.append(named)
                if SurveyColumn.numbered(header) != nil {
                    report.identityQuestions.append(.verbatim(named) + Message(en: " (numbered as a question, but it asks who the respondent is)",
                                                                                 nl: " (genummerd als vraag, maar vraagt wie de respondent is)"))
                }
            case .dropped:
                report.droppedColumns.append(named)
            case .unknown(let reason):
                if header.isEmpty, layout.rows.allSatisfy({ $0[i].isEmpty }) { continue } // a trailing separator
                let name = header.isEmpty ? Message(en: "column \(i + 1)", nl: "kolom \(i + 1)") : .verbatim(named)
                report.notImported.append(name + " (" + reason + ")")
            }
        }
        try requireQuestions(questions, table: table)
        return (parkColumn, counted(distinct: questions, into: &report))
    }

    /// A mapping row that names a column the export lacks is an error at that row.
    private static func checkNamed(_ mapping: SurveyMapping, in table: CSVTable, layout: SurveyLayout) throws(Diagnostic) {
        for e in mapping.entries where e.required && !table.header.contains(where: { $0.folded == e.column.folded })
            && !layout.headers.indices.contains(where: { layout.name($0).folded == e.column.folded || layout.headers[$0].folded == e.column.folded }) {
            throw mapping.error(Message(en: "\(table.name) has no column '\(e.column)'", nl: "\(table.name) heeft geen kolom '\(e.column)'"),
                                at: e, unknown: e.column, candidates: table.header)
        }
    }

    /// Column `i` by the mapping, else by the convention.
    private static func column(_ i: Int, of layout: SurveyLayout, entry: SurveyMapping.Entry?, mapping: SurveyMapping?) -> SurveyColumn {
        let header = layout.headers[i]
        let mapped = entry.flatMap { e in mapping?.column(of: e, header: header) }
        var column = mapped ?? SurveyColumn.classify(header)
        // A tool's bare code over option columns (LimeSurvey's `S42[SQ001]`) is no subject number.
        if mapped == nil, layout.options[i] != nil, !header.contains(" "), case .question = column {
            column = .unknown(Message(en: "a survey tool's code, no subject number", nl: "een code van het enquêteprogramma, geen onderwerpnummer"))
        }
        if layout.open.contains(i), case .question(let subject, let text, _, let problems, let id) = column {
            column = .question(subject: subject, text: text, open: true, problems: problems, id: id)
        }
        return column
    }

    private static func requireQuestions(_ questions: [Question], table: CSVTable) throws(Diagnostic) {
        guard questions.isEmpty else { return }
        throw table.error(Message(en: "no column of \(table.name) is a survey question", nl: "geen kolom van \(table.name) is een vraag uit de enquête"), header: 0,
                          hint: Message(en: "start each question's header with its subject number (\"12 Hoe vaak ...\", \"S12: ...\"), or say what the columns are in a mapping file: --mapping FILE (docs/import.md)",
                                        nl: "begin de kop van elke vraag met het nummer van het onderwerp (\"12 Hoe vaak ...\", \"S12: ...\"), of zeg in een koppeltabel wat de kolommen zijn: --mapping BESTAND (docs/import.md)"))
    }

    /// The questions, their codes made unique, and how many distinct questions (and open ones)
    /// they are: a question with a column per option (or an "other" column beside it) is one.
    private static func counted(distinct questions: [Question], into report: inout Report) -> [Question] {
        var questions = questions
        // A code that columns of more than one question carry names no single question: none keeps
        // it. The option columns of one question share their question's code.
        struct Asked: Hashable { let subject: Int?, text: String }
        var asking: [String: Set<Asked>] = [:]
        for q in questions { if let id = q.id { asking[id, default: []].insert(Asked(subject: q.subject, text: q.text.folded)) } }
        for i in questions.indices where questions[i].id.map({ asking[$0, default: []].count > 1 }) ?? false { questions[i].id = nil }
        report.questions = Set(questions.map { Asked(subject: $0.subject, text: $0.text.folded) }).count
        report.openQuestions = Set(questions.filter(\.open).map { Asked(subject: $0.subject, text: $0.text.folded) }).count
        return questions
    }
}
