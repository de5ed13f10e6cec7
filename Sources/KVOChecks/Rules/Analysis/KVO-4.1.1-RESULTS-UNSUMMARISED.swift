import KVOModel

/// §4.1.1: survey results are kept per question and park, anonymously, with every open answer verbatim.
///
/// What the dossier can show: answer counts per question (results) for every park that had
/// responses; no field on results or open answers that would identify a respondent (kvo keeps
/// fields it does not know, so a `respondent` or `email` column from an import would show up);
/// and kept answers (answers) for every mandatory open question in the survey. That a kept answer
/// is word for word cannot be checked; an open question nobody answered needs a waiver.
struct SurveyResultsUnsummarised: RuleEvaluator {
    let id = "KVO-4.1.1-RESULTS-UNSUMMARISED"

    /// Field names that suggest a respondent's identity; the short ones must match exactly.
    static let identityWords = ["respondent", "name", "naam", "email", "e-mail", "mail", "phone", "telefoon", "company",
                                "bedrijf", "firma", "person", "persoon", "contact", "address", "adres", "kvk", "user", "gebruiker"]
    static let identityExact = ["ip", "tel", "who", "wie"]

    func evaluate(_ c: CheckContext) -> Finding {
        let results = c.results
        let answers = c.answers
        let responded = c.parks.filter { ($0.surveyResponses ?? 0) > 0 }
        if results.isEmpty && answers.isEmpty && responded.isEmpty {
            return .missing(Message(en: "No survey results are recorded yet; record the answer counts per question with add result park=P-1 question=\"...\" answer=\"...\" count=N, and the parks' responses with set P-1 surveyResponses=N.",
                                    nl: "Er zijn nog geen enquêteresultaten vastgelegd; leg de aantallen per vraag vast met voegtoe result park=P-1 question=\"...\" answer=\"...\" count=N, en de respons per terrein met wijzig P-1 surveyResponses=N."))
        }
        var gaps = Gaps()
        let perPark = Self.perPark(c, results, &gaps)
        Self.anonymity(c, results, answers, &gaps)
        let kept = Self.openAnswers(c, answers, anyResponse: !responded.isEmpty, &gaps)
        if !gaps.en.isEmpty {
            return .notMet(Message(en: "Survey results are not kept as required: \(gaps.en.joined(separator: "; ")).",
                                   nl: "De enquêteresultaten zijn niet bewaard zoals vereist: \(gaps.nl.joined(separator: "; "))."),
                           short: Message(en: Phrase.capitalised(gaps.fixEn.joined(separator: "; ")) + ".", nl: Phrase.capitalised(gaps.fixNl.joined(separator: "; ")) + "."))
        }
        if results.isEmpty {
            return .missing(Message(en: "No survey results per question are recorded yet; record them with add result park=P-1 question=\"...\" answer=\"...\" count=N.",
                                    nl: "Er zijn nog geen enquêteresultaten per vraag vastgelegd; leg ze vast met voegtoe result park=P-1 question=\"...\" answer=\"...\" count=N."))
        }
        let openEn = answers.isEmpty ? "no open answers" : "\(Language.en.count(answers.count, Noun(en: "open answer", "open answers", nl: "open antwoord", "open antwoorden"))) kept verbatim"
            + (kept.en.isEmpty ? "" : " (per question \(kept.en.joined(separator: ", ")))")
        let openNl = answers.isEmpty ? "geen open antwoorden" : "\(answers.count == 1 ? "1 open antwoord" : "\(answers.count) open antwoorden") letterlijk bewaard"
            + (kept.nl.isEmpty ? "" : " (per vraag \(kept.nl.joined(separator: ", ")))")
        return .met(Message(en: "Results are kept per question (\(perPark.en.joined(separator: "; "))), with no respondent identity stored, and \(openEn).",
                            nl: "De resultaten zijn per vraag bewaard (\(perPark.nl.joined(separator: "; "))), zonder identiteit van respondenten, met \(openNl)."))
    }

    /// Per question, per park: what each park has, and the parks with responses but no results.
    /// Each result's park is read once (and each park's ID once per park, not per result), in
    /// the order of reads `check --trail` has always shown.
    static func perPark(_ c: CheckContext, _ results: [ResultRecord], _ gaps: inout Gaps) -> (en: [String], nl: [String]) {
        var perParkEn: [String] = [], perParkNl: [String] = []
        var parkOf: [String?] = []
        for park in c.parks {
            let name = AnalysisSupport.parkName(park)
            var own: [ResultRecord] = []
            if !results.isEmpty {
                // The first park reads the first result's park, then its own ID, then the rest.
                if parkOf.isEmpty { parkOf.append(results[0].park) }
                let id = park.id
                if parkOf.count < results.count { parkOf += results.dropFirst().map(\.park) }
                own = results.indices.filter { parkOf[$0] == id }.map { results[$0] }
            }
            let questions = Self.questionCount(own)
            if !own.isEmpty {
                perParkEn.append("\(name) \(own.count) answer counts on \(Language.en.count(questions, Noun(en: "question", "questions", nl: "vraag", "vragen")))")
                perParkNl.append("\(name) \(own.count) antwoordaantallen op \(questions == 1 ? "1 vraag" : "\(questions) vragen")")
            } else if let n = park.surveyResponses, n > 0 {
                gaps.add("\(name) has \(Language.en.count(n, Noun(en: "response", "responses", nl: "reactie", "reacties"))) but no results per question",
                         "\(name) heeft \(n == 1 ? "1 reactie" : "\(n) reacties") maar geen resultaten per vraag",
                         fix: "record \(name)'s answer counts per question (add result park=\(park.id) ...)",
                         "leg de antwoordaantallen per vraag van \(name) vast (voegtoe result park=\(park.id) ...)")
            }
        }
        return (perParkEn, perParkNl)
    }

    /// Anonymity: no field that identifies a respondent.
    /// Records of a kind mostly have the same fields: names the same as the record before's are
    /// not judged again (hashing every name of every record: 0.2 M instructions a dossier).
    static func anonymity(_ c: CheckContext, _ results: [ResultRecord], _ answers: [AnswerRecord], _ gaps: inout Gaps) {
        var identified: [String] = []
        for (kind, records) in [(ResultRecord.kind, results.map(\.record)), (AnswerRecord.kind, answers.map(\.record))] {
            let known = Set(c.dossier.schema.kind(named: kind.name)?.fieldNames ?? [])
            var names: [String] = [], candidates: [String] = []
            for record in records {
                let fields = record.fieldNames
                if fields != names {
                    names = fields
                    candidates = fields.filter { !known.contains($0) && Self.identifies($0) }
                }
                let suspect = candidates.filter { record.has($0) }.sorted()
                if !suspect.isEmpty { identified.append("\(record.id) (\(suspect.joined(separator: ", ")))") }
            }
        }
        guard !identified.isEmpty else { return }
        let shown = identified.prefix(10).joined(separator: ", ") + (identified.count > 10 ? " and \(identified.count - 10) more" : "")
        let getoond = identified.prefix(10).joined(separator: ", ") + (identified.count > 10 ? " en nog \(identified.count - 10)" : "")
        gaps.add("\(Language.en.count(identified.count, Noun(en: "record stores", "records store", nl: "registratie bewaart", "registraties bewaren"))) a respondent's identity: \(shown)",
                 "\(identified.count == 1 ? "1 record bevat" : "\(identified.count) records bevatten") de identiteit van een respondent: \(getoond)",
                 fix: "remove the identifying fields", "verwijder de velden die een respondent identificeren")
    }

    /// Open answers kept, for every mandatory open question in the survey: how many per question.
    static func openAnswers(_ c: CheckContext, _ answers: [AnswerRecord], anyResponse: Bool, _ gaps: inout Gaps) -> (en: [String], nl: [String]) {
        let chosen = Set(AnalysisSupport.surveySubjects(c) ?? [])
        let open = AnalysisSupport.catalogue.subjects.filter { $0.mandatoryOpenQuestion && chosen.contains($0.number) }
        var keptEn: [String] = [], keptNl: [String] = []
        var unanswered: [String] = []
        for subject in open {
            let n = answers.filter { $0.subject == subject.number }.count
            if n > 0 {
                keptEn.append("\(subject.number): \(n)")
                keptNl.append("\(subject.number): \(n)")
            } else {
                unanswered.append(String(subject.number))
            }
        }
        if !unanswered.isEmpty && anyResponse {
            gaps.add("no answers to open question \(Language.en.list(unanswered)) are kept",
                     "er zijn geen antwoorden op open vraag \(Language.nl.list(unanswered)) bewaard",
                     fix: "keep every answer to open question \(Language.en.list(unanswered)) word for word (add answer park=P-1 subject=\(unanswered[0]) text=\"...\")",
                     "bewaar elk antwoord op open vraag \(Language.nl.list(unanswered)) letterlijk (voegtoe answer park=P-1 subject=\(unanswered[0]) text=\"...\")")
        }
        return (keptEn, keptNl)
    }

    /// The question a result counts answers to: its questionId when it has one (one question,
    /// however its text is worded in each park's or year's survey), else the question as asked
    /// (results of a /1 dossier, which had no IDs).
    static func question(_ result: ResultRecord) -> String? {
        if let id = result.questionId { return "id:" + id }
        return result.question.map { "text:" + $0 }
    }

    /// How many questions `question` tells apart among the results, without building its
    /// prefixed keys: an ID and a text never count as the same question.
    static func questionCount(_ results: [ResultRecord]) -> Int {
        var ids: Set<String> = [], texts: Set<String> = []
        for r in results {
            if let id = r.questionId { ids.insert(id) } else if let text = r.question { texts.insert(text) }
        }
        return ids.count + texts.count
    }

    static func identifies(_ field: String) -> Bool {
        let name = field.lowercased()
        return identityExact.contains(name) || identityWords.contains { name.contains($0) }
    }
}
