import KVOModel
import KVOChecks
import KVOPlanning

/// The survey of §4.1.1 as report blocks: how it was sent, the response per park, the share of
/// problem answers per theme, every question's answers as a chart (not summarised: "De
/// uitkomsten worden niet samengevat gepresenteerd"), and every open answer in full. Shared by
/// the safety analysis and the survey report.
struct SurveySection {
    let c: ReportContext

    /// One question as asked, with its answers' counts per park, in the dossier's order.
    struct Question {
        let subject: Int?
        let text: String
        var answers: [String] = []
        /// answer -> park -> count
        var counts: [String: [String: Int]] = [:]
        var problem: Set<String> = []
    }

    var language: Language { c.language }

    /// Park IDs that appear in the results, in the order of the parks.
    var resultParks: [String] {
        let used = Set(c.results.compactMap(\.park))
        return c.parks.map(\.id).filter(used.contains)
    }

    func questions() -> [Question] {
        var order: [String] = []
        var byKey: [String: Question] = [:]
        for r in c.results {
            guard let question = r.question, let answer = r.answer else { continue }
            let subject = r.subject
            let key = "\(subject ?? 0)\u{1F}\(question)"
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = Question(subject: subject, text: question)
            }
            if byKey[key]!.counts[answer] == nil { byKey[key]!.answers.append(answer) }
            byKey[key]!.counts[answer, default: [:]][r.park ?? "?", default: 0] += r.count ?? 0
            if r.problem == true { byKey[key]!.problem.insert(answer) }
        }
        return order.map { byKey[$0]! }
    }

    func blocks(level: Int) -> [Block] {
        var out: [Block] = []
        out += setup(level: level)
        out += response(level: level)
        out += results(level: level)
        out += openAnswers(level: level)
        return out
    }

    // MARK: how the survey went out

    func setup(level: Int) -> [Block] {
        let survey = c.survey
        var facts: [Fact] = []
        if let sent = survey.sent { facts.append(Fact(c.text(Message(en: "Sent", nl: "Verstuurd")), language.date(sent))) }
        if let closed = survey.closed { facts.append(Fact(c.text(Message(en: "Closed", nl: "Gesloten")), language.date(closed))) }
        let invitation: String? = switch survey.invitation {
        case .individual?: c.text(Message(en: "individually (1-to-1, protected link)", nl: "persoonlijk (1-op-1, afgeschermde link)"))
        case .group?: c.text(Message(en: "to a group", nl: "aan een groep"))
        case .other?: c.text(Message(en: "otherwise", nl: "anders"))
        case nil: nil
        }
        if let invitation { facts.append(Fact(c.text(Message(en: "Invitation", nl: "Uitnodiging")), invitation)) }
        if let note = survey.invitationNote.map(c.text) { facts.append(Fact(c.text(Message(en: "How", nl: "Werkwijze")), note)) }
        if c.isCluster, let same = survey.sameQuestions {
            facts.append(Fact(c.text(Message(en: "Same questions on every park", nl: "Zelfde vragen op elk terrein")), language.yesNo(same)))
        }
        let subjects = Set(survey.subjects)
        var out: [Block] = [.heading(level, c.text(Message(en: "Set-up of the survey", nl: "Opzet van de enquête")))]
        if facts.isEmpty && subjects.isEmpty {
            out.append(.note(c.text(Message(en: "The dossier does not record how the survey was sent.",
                                            nl: "Het dossier legt niet vast hoe de enquête is verstuurd."))))
            return out
        }
        if !facts.isEmpty { out.append(.facts(facts)) }
        if !subjects.isEmpty {
            var rows: [[String]] = []
            var blocks = 0, open = 0
            for theme in ThemeCatalogue.handbook.themes {
                let included = theme.subjects.filter { subjects.contains($0.number) }
                let openIncluded = included.filter(\.mandatoryOpenQuestion).count
                blocks += included.count - openIncluded
                open += openIncluded
                let kind = theme.mandatory ? Message(en: "at least \(theme.minimumBlocks)", nl: "minimaal \(theme.minimumBlocks)")
                    : Message(en: "optional", nl: "optioneel")
                rows.append([c.themeName(theme.id), c.text(kind), included.isEmpty ? "–" : included.map { "\($0.number)" }.joined(separator: ", "),
                             "\(included.count - openIncluded)"])
            }
            out.append(.paragraph(c.text(Message(en: "Subject blocks included: \(blocks) and \(open) of the 3 mandatory open questions (the minimum is 20 + 3).",
                                                 nl: "Opgenomen onderwerpblokken: \(blocks), en \(open) van de 3 verplichte open vragen (het minimum is 20 + 3)."))))
            let headers = [Message(en: "theme", nl: "thema"), Message(en: "required", nl: "vereist"), Message(en: "subjects", nl: "onderwerpen"),
                           Message(en: "blocks", nl: "blokken")]
            out.append(.table(Table(headers: headers.map(c.text), rows: rows, numeric: [3])))
        }
        let own = survey.ownQuestions.map(c.text)
        if !own.isEmpty {
            out.append(.paragraph(c.text(Message(en: "Questions the workgroup added:", nl: "Vragen die de werkgroep heeft toegevoegd:"))))
            out.append(.bullets(own))
        }
        let ownThemes = survey.ownThemes.map(c.text)
        if !ownThemes.isEmpty {
            out.append(.paragraph(c.text(Message(en: "Themes the workgroup added:", nl: "Thema's die de werkgroep heeft toegevoegd:"))))
            out.append(.bullets(ownThemes))
        }
        return out
    }

    // MARK: response

    func response(level: Int) -> [Block] {
        var out: [Block] = [.heading(level, c.text(Message(en: "Response per park", nl: "Respons per bedrijventerrein")))]
        var rows: [[String]] = []
        var categories: [String] = [], rates: [Double] = [], rateLabels: [String] = [], minima: [Double] = [], minimumLabels: [String] = []
        for park in c.parks {
            let name = c.parkName(park.id)
            guard let entrepreneurs = park.entrepreneurs else {
                rows.append([name, "", park.surveyInvited.map { "\($0)" } ?? "", park.surveyResponses.map { "\($0)" } ?? "",
                             "", "", "", c.missing])
                continue
            }
            let responses = park.surveyResponses
            let minimum = Handbook.Survey.minimumResponse(entrepreneurs: entrepreneurs)
            let required = Handbook.Survey.requiredResponses(entrepreneurs: entrepreneurs)
            var row = [name, "\(entrepreneurs)", park.surveyInvited.map { "\($0)" } ?? ""]
            if let responses {
                let tenths = Handbook.Survey.tenthsOfPercent(responses: responses, entrepreneurs: entrepreneurs)
                let reached = responses >= required
                let rate = language.percent(responses, of: entrepreneurs)
                row += ["\(responses)", rate, language.percentSign("\(minimum)"), "\(required)",
                        c.text(reached ? Message(en: "reached", nl: "gehaald")
                                       : Message(en: "\(required - responses) short", nl: "\(required - responses) te weinig"))]
                categories.append(name)
                rates.append(Double(tenths) / 10)
                rateLabels.append(rate)
                minima.append(Double(minimum))
                minimumLabels.append(language.percentSign("\(minimum)"))
            } else {
                row += ["", "", language.percentSign("\(minimum)"), "\(required)", c.missing]
            }
            rows.append(row)
        }
        if rows.isEmpty {
            out.append(.note(c.text(Message(en: "No parks are recorded.", nl: "Er zijn geen bedrijventerreinen vastgelegd."))))
            return out
        }
        let headers = [Message(en: "park", nl: "terrein"), Message(en: "entrepreneurs", nl: "ondernemers"), Message(en: "invited", nl: "uitgenodigd"),
                       Message(en: "responses", nl: "respons"), Message(en: "rate", nl: "percentage"), Message(en: "minimum", nl: "minimum"),
                       Message(en: "needed", nl: "nodig"), Message(en: "verdict", nl: "oordeel")]
        out.append(.table(Table(headers: headers.map(c.text), rows: rows, numeric: [1, 2, 3, 4, 5, 6])))
        if !categories.isEmpty {
            out.append(.chart(BarChart(title: c.text(Message(en: "Survey response per park against the minimum of §4.1.1",
                                                              nl: "Respons op de enquête per terrein tegen het minimum van §4.1.1")),
                                       categories: categories,
                                       series: [BarChart.Series(name: c.text(Message(en: "response", nl: "respons")), values: rates, labels: rateLabels),
                                                BarChart.Series(name: c.text(Message(en: "minimum", nl: "minimum")), values: minima, labels: minimumLabels)],
                                       scaleMaximum: 100)))
        }
        return out
    }

    // MARK: results

    func results(level: Int) -> [Block] {
        let questions = questions()
        var out: [Block] = [.heading(level, c.text(Message(en: "Results per theme", nl: "Uitkomsten per thema")))]
        guard !questions.isEmpty else {
            out.append(.note(c.text(Message(
                en: "No survey results are recorded.",
                nl: "Er zijn geen enquêteresultaten vastgelegd."))))
            return out
        }
        let parks = resultParks

        // The share of answers reporting a problem, per theme.
        // Only themes with questions whose answers can report a problem: a share of 0 % for
        // questions that ask for a preference would mislead.
        let problemThemes = Set(questions.filter { !$0.problem.isEmpty }.compactMap { q in
            q.subject.flatMap { ThemeCatalogue.handbook.theme(ofSubject: $0)?.id }
        })
        let evidence = c.evidence.filter { !$0.surveyProblemShare.isEmpty && problemThemes.contains($0.theme) }
        if !evidence.isEmpty {
            let seriesParks = parks.count > 1 ? parks : ["all"]
            let series = seriesParks.map { park in
                BarChart.Series(name: park == "all" ? c.text(Message(en: "all", nl: "alle")) : c.parkName(park),
                                values: evidence.map { ($0.surveyProblemShare[park] ?? 0) * 100 },
                                labels: evidence.map { $0.surveyProblemShare[park].map { language.percent($0) } ?? "–" })
            }
            out.append(.paragraph(c.text(Message(
                en: "The share of all answers to a theme's questions that report a problem (answers marked \"problem\" in the dossier):",
                nl: "Het aandeel van alle antwoorden op de vragen van een thema dat een probleem meldt (antwoorden die in het dossier als \"probleem\" zijn gemarkeerd):"))))
            out.append(.chart(BarChart(title: c.text(Message(en: "Answers reporting a problem, per theme", nl: "Antwoorden die een probleem melden, per thema")),
                                       categories: evidence.map { c.themeName($0.theme) }, series: series, scaleMaximum: 100)))
        }

        // Every question, grouped by theme.
        var byTheme: [String: [Question]] = [:]
        var own: [Question] = []
        for q in questions {
            if let s = q.subject, let theme = ThemeCatalogue.handbook.theme(ofSubject: s) {
                byTheme[theme.id, default: []].append(q)
            } else {
                own.append(q)
            }
        }
        for theme in ThemeCatalogue.handbook.themes {
            guard let list = byTheme[theme.id] else { continue }
            out.append(.heading(level + 1, c.themeName(theme.id)))
            for q in list.sorted(by: { ($0.subject ?? 0) < ($1.subject ?? 0) }) { out.append(.chart(chart(q, parks: parks))) }
        }
        if !own.isEmpty {
            out.append(.heading(level + 1, c.text(Message(en: "Own questions", nl: "Eigen vragen"))))
            for q in own { out.append(.chart(chart(q, parks: parks))) }
        }
        return out
    }

    /// One question's answers: a bar per answer (per park in a cluster), with the count and the
    /// share of that park's respondents to the question.
    func chart(_ q: Question, parks: [String]) -> BarChart {
        let seriesParks = parks.count > 1 ? parks : [parks.first ?? "?"]
        var totals: [String: Int] = [:]
        for (_, byPark) in q.counts { for (park, n) in byPark { totals[park, default: 0] += n } }
        let series = seriesParks.map { park in
            let counts = q.answers.map { q.counts[$0]?[park] ?? 0 }
            return BarChart.Series(name: c.parkName(park), values: counts.map(Double.init),
                                   labels: counts.map { "\($0) (" + language.percent($0, of: totals[park] ?? 0) + ")" })
        }
        let respondents = seriesParks.map { totals[$0] ?? 0 }
        var caption = q.subject.map { c.text(Message(en: "Subject ", nl: "Onderwerp ")) + c.subjectName($0) + " · " } ?? ""
        if seriesParks.count > 1 {
            caption += "n = " + zip(seriesParks, respondents).map { c.parkName($0.0) + " \($0.1)" }.joined(separator: ", ")
        } else {
            caption += "n = \(respondents.first ?? 0)"
        }
        let highlighted = Set(q.answers.indices.filter { q.problem.contains(q.answers[$0]) })
        return BarChart(title: c.text(q.text), categories: q.answers.map(c.text), series: series,
                        highlighted: highlighted,
                        highlightLegend: (c.text(Message(en: "no problem reported", nl: "geen probleem gemeld")),
                                          c.text(Message(en: "reports a problem", nl: "meldt een probleem"))),
                        caption: caption)
    }

    // MARK: open answers

    func openAnswers(level: Int) -> [Block] {
        var out: [Block] = [.heading(level, c.text(Message(en: "Open answers, in full", nl: "Open antwoorden, volledig")))]
        let answers = c.answers
        guard !answers.isEmpty else {
            out.append(.note(c.text(Message(
                en: "No answers to open questions are recorded.",
                nl: "Er zijn geen antwoorden op open vragen vastgelegd."))))
            return out
        }
        out.append(.paragraph(c.text(Message(en: "Every answer to an open question as the entrepreneur wrote it (§4.1.1).",
                                             nl: "Elk antwoord op een open vraag zoals de ondernemer het schreef (§4.1.1)."))))
        var subjects: [Int?] = []
        for a in answers where !subjects.contains(a.subject) { subjects.append(a.subject) }
        subjects.sort { ($0 ?? 1000) < ($1 ?? 1000) }
        for subject in subjects {
            let group = answers.filter { $0.subject == subject }
            let title = subject.map { c.text(Message(en: "Subject ", nl: "Onderwerp ")) + c.subjectName($0) }
                ?? c.text(Message(en: "Other open questions", nl: "Overige open vragen"))
            out.append(.heading(level + 1, title))
            var asked: [String] = []
            for a in group { if let q = a.question.map(c.text), !asked.contains(q) { asked.append(q) } }
            if !asked.isEmpty { out.append(.paragraph(c.text(Message(en: "Asked: ", nl: "Gevraagd: ")) + asked.joined(separator: " / "))) }
            let quotes = group.compactMap { a -> Quote? in
                guard let text = a.text.map(c.text) else { return nil }
                return Quote(text, source: c.isCluster ? c.parkName(a.park) : nil)
            }
            out.append(.quotes(quotes))
            out.append(.paragraph(c.text(Noun(en: "answer", "answers", nl: "antwoord", "antwoorden").counted(quotes.count) + ".")))
        }
        return out
    }
}
