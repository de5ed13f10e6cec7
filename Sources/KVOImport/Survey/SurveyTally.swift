import KVOModel

/// The rows of a survey export counted: per park, question and answer how many respondents gave
/// it; the open answers word for word; the respondents per park. A respondent an earlier import
/// counted already (a cumulative download) is not counted again.
struct SurveyTally {
    struct Key: Hashable { let park: Int, question: Int, answer: String }

    let table: CSVTable
    let layout: SurveyLayout
    let questions: [SurveyImport.Question]
    let directory: ParkDirectory
    let parkColumn: Int?
    let onlyPark: ParkDirectory.Park?
    let earlierKeys: Set<String>

    var tally: [Key: Int] = [:]
    /// The keys in the order first met.
    var order: [Key] = []
    var openAnswers: [(park: ParkDirectory.Park, question: SurveyImport.Question, text: String)] = []
    /// Respondents per park (by position).
    var respondents: [Int: Int] = [:]
    /// The respondent keys of this file.
    var fileKeys: [String] = []

    init(table: CSVTable, layout: SurveyLayout, questions: [SurveyImport.Question], directory: ParkDirectory, parkColumn: Int?,
         onlyPark: ParkDirectory.Park?, earlierKeys: Set<String>) {
        (self.table, self.layout, self.questions, self.directory) = (table, layout, questions, directory)
        (self.parkColumn, self.onlyPark, self.earlierKeys) = (parkColumn, onlyPark, earlierKeys)
    }

    mutating func count(into report: inout SurveyImport.Report) throws(Diagnostic) {
        // Answers to a multiple-choice question in one cell (`a;b`, `a, b`) count once per option.
        let splitters = questions.map { q in q.open || q.option != nil ? nil : MultiSelect.splitter(for: layout.rows.map { $0[q.index] }) }
        let keying = RespondentKeys(headers: table.header)
        for row in layout.rows {
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
            let park = try self.park(of: row)
            for (qi, q) in questions.enumerated() where !row[q.index].isEmpty {
                add(row[q.index], of: q, at: qi, park: park, splitter: splitters[qi])
            }
            respondents[park.position, default: 0] += 1
        }
    }

    /// One answer cell: kept word for word for an open question, else counted per option chosen,
    /// each code written as the text it stands for.
    private mutating func add(_ value: String, of q: SurveyImport.Question, at qi: Int, park: ParkDirectory.Park, splitter: ((String) -> [String])?) {
        if q.open {
            openAnswers.append((park, q, q.labels[value] ?? value))
            return
        }
        let chosen = q.option.map { SurveyLayout.ticked(value) ? [$0] : [] } ?? splitter.map { $0(value) } ?? [value]
        for answer in chosen.map({ q.labels[$0] ?? $0 }) {
            let key = Key(park: park.position, question: qi, answer: answer)
            if tally[key] == nil { order.append(key) }
            tally[key, default: 0] += 1
        }
    }

    /// Whose answers: the park column's park, or the dossier's only park.
    private func park(of row: CSVTable.Row) throws(Diagnostic) -> ParkDirectory.Park {
        if let onlyPark { return onlyPark }
        let at = parkColumn!, value = row[at]
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
        return p
    }
}
