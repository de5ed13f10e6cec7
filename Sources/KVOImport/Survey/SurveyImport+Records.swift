import KVOModel

/// The counted answers as the dossier's records (results, answers, the parks' `surveyResponses`)
/// and the survey section's subjects and ledger entry.
extension SurveyImport {
    static func addRecords(_ tally: SurveyTally, dossier: Dossier, to batch: inout ChangeSet, report: inout Report) {
        addResults(tally, dossier: dossier, to: &batch, report: &report)
        for a in tally.openAnswers {
            var answer = AnswerRecord()
            answer.park = a.park.id
            answer.question = a.question.text
            answer.text = a.text
            answer.subject = a.question.subject
            answer.questionId = a.question.id
            batch.add(answer.record, kind: AnswerRecord.kind)
        }
        for position in tally.respondents.keys.sorted() {
            let park = tally.directory.parks[position], n = tally.respondents[position]!
            let before = park.record.surveyResponses
            var updated = park.record
            updated.surveyResponses = (before ?? 0) + n
            batch.update(park.record.record, to: updated.record, kind: ParkRecord.kind)
            report.parks.append(ParkCount(id: park.id, name: park.name, respondents: n, responsesBefore: before, responsesAfter: (before ?? 0) + n,
                                          entrepreneurs: park.record.entrepreneurs))
        }
    }

    /// One result per park, question and answer; an answer the dossier already holds for the park
    /// and question has its count raised.
    private static func addResults(_ tally: SurveyTally, dossier: Dossier, to batch: inout ChangeSet, report: inout Report) {
        struct ResultKey: Hashable { let park: String, subject: Int?, question: String, answer: String }
        struct OptionKey: Hashable { let subject: Int?, question: String, answer: String }
        var existing: [ResultKey: ResultRecord] = [:]
        var knownProblem: [OptionKey: Bool] = [:]
        for r in dossier.results {
            let question = r.question ?? "", answer = r.answer ?? ""
            existing[ResultKey(park: r.park ?? "", subject: r.subject, question: question, answer: answer)] = r
            if let b = r.problem { knownProblem[OptionKey(subject: r.subject, question: question, answer: answer)] = b }
        }
        let seen = Dictionary(uniqueKeysWithValues: tally.order.enumerated().map { ($1, $0) })
        for key in tally.order.sorted(by: { ($0.park, $0.question, seen[$0]!) < ($1.park, $1.question, seen[$1]!) }) {
            let q = tally.questions[key.question], park = tally.directory.parks[key.park], n = tally.tally[key]!
            let problem = q.problems.map { $0.contains(key.answer.folded) } ?? knownProblem[OptionKey(subject: q.subject, question: q.text, answer: key.answer)]
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
    }

    /// The survey section: the subjects asked, and this file in the ledger (written in `language`,
    /// the dossier's), replacing the earlier downloads it repeats whole.
    static func record(ledger: ImportLedger<SurveyRecord>, questions: [Question], replaced: [String], tally: SurveyTally, file: String, hash: String,
                       today: Day, language: Language, in batch: inout ChangeSet, report: inout Report) {
        var survey = ledger.section
        let listed = survey.subjects
        let found = Set(questions.compactMap(\.subject))
        report.subjects = found.sorted()
        report.addedSubjects = found.subtracting(listed).sorted()
        if !report.addedSubjects.isEmpty {
            survey.subjects = Set(listed).union(found).sorted()
        }
        let respondentNoun = Noun(en: "respondent", "respondents", nl: "respondent", "respondenten")
        var summary = language.count(report.respondents + report.repeatedRespondents, respondentNoun)
        if report.repeatedRespondents > 0 { summary += language == .nl ? ", waarvan \(report.respondents) nieuw" : ", \(report.respondents) new" }
        if report.parks.count > 1 { summary += " (" + report.parks.map { "\($0.id) \($0.respondents)" }.joined(separator: ", ") + ")" }
        // The earlier downloads this one repeats whole are replaced by it: their keys live on in its entry.
        survey.imports.removeAll { replaced.contains($0) }
        report.replacedImports = replaced
        let keys = replaced.reduce(into: Set(tally.fileKeys)) { $0.formUnion(RespondentKeys.stored(in: $1)) }
        survey = ledger.recording(ledger.entry(date: today, file: file, summary: summary + RespondentKeys.listed(keys.sorted(), language: language), hash: hash), in: survey)
        batch.update(ledger.stored, to: survey.record, kind: SurveyRecord.kind)
    }
}
