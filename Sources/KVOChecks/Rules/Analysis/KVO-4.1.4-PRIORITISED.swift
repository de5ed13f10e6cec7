import KVOModel

/// §4.1.4: a written conclusion ranks the themes by urgency and means over a three-year timeline, agreed, with survey and inspection results attached.
///
/// The themes to rank are every mandatory theme, every optional theme with a subject in the survey
/// and every own theme of the survey (priority theme "own:NAME"). Each needs a priority with
/// urgency, means and rank. A theme may stay out of the timeline (the workgroup may leave its
/// lowest priorities out of the plan, §4.2.2), but the timeline must exist and use only plan years
/// 1 to 3. "Agreed" is the date in analysis.concluded; "attached" is shown by results or a
/// survey-report document, and by findings or an inspection-report document.
struct AnalysisPrioritised: RuleEvaluator {
    let id = "KVO-4.1.4-PRIORITISED"

    func evaluate(_ c: CheckContext) -> Finding {
        var gaps = Gaps()
        if !AnalysisSupport.written(c.analysis.conclusion) {
            gaps.add("there is no written conclusion", "er is geen schriftelijke conclusie",
                     fix: "write the conclusion (set analysis conclusion=\"...\")", "schrijf de conclusie (wijzig analysis conclusion=\"...\")")
        }
        unrankedThemes(c, &gaps)
        incompleteScores(c.priorities, &gaps)
        timeline(c.priorities, &gaps)
        if c.analysis.concluded == nil {
            gaps.add("the date the workgroup agreed it is not recorded", "de datum waarop de werkgroep ermee instemde ontbreekt",
                     fix: "record the agreement (set analysis concluded=YYYY-MM-DD)", "leg de instemming vast (wijzig analysis concluded=JJJJ-MM-DD)")
        }
        let attached = Attachments(c)
        attached.check(&gaps)
        if !gaps.en.isEmpty {
            return .notMet(Message(en: "The conclusion of the analysis is incomplete: \(gaps.en.joined(separator: "; ")).",
                                   nl: "De conclusie van de analyse is onvolledig: \(gaps.nl.joined(separator: "; "))."),
                           short: Message(en: Phrase.capitalised(gaps.fixEn.joined(separator: "; ")) + ".",
                                          nl: Phrase.capitalised(gaps.fixNl.joined(separator: "; ")) + "."))
        }
        return met(c, attached)
    }

    /// Themes to rank: every mandatory theme, every optional theme with a subject in the survey,
    /// every own theme of the survey.
    func unrankedThemes(_ c: CheckContext, _ gaps: inout Gaps) {
        let chosen = Set(AnalysisSupport.surveySubjects(c) ?? [])
        var required = AnalysisSupport.catalogue.themes.filter { $0.mandatory || $0.subjects.contains { chosen.contains($0.number) } }.map(\.id)
        required += c.survey.ownThemes.filter { AnalysisSupport.written($0) }.map { "own:" + $0 }
        let ranked = Set(c.priorities.compactMap { $0.theme?.lowercased() })
        let unranked = required.filter { !ranked.contains($0.lowercased()) }
        guard !unranked.isEmpty else { return }
        let en = unranked.map { AnalysisSupport.themeName($0).en }, nl = unranked.map { AnalysisSupport.themeName($0).nl }
        gaps.add("\(Language.en.list(en)) \(unranked.count == 1 ? "is" : "are") not ranked", "\(Language.nl.list(nl)) \(unranked.count == 1 ? "is" : "zijn") niet gerangschikt",
                 fix: "add a priority for \(Language.en.list(unranked)) (add priority theme=\(unranked[0]) urgency=N means=N rank=N year=N)",
                 "voeg een prioriteit toe voor \(Language.nl.list(unranked)) (voegtoe priority theme=\(unranked[0]) urgency=N means=N rank=N year=N)")
    }

    /// Urgency, means and rank on every priority.
    func incompleteScores(_ priorities: [PriorityRecord], _ gaps: inout Gaps) {
        var incompleteEn: [String] = [], incompleteNl: [String] = []
        typealias Field = PriorityRecord.Field
        let scores: [(field: String, has: (PriorityRecord) -> Bool, nl: String)] = [
            (Field.urgency, { $0.urgency != nil }, "urgentie"), (Field.means, { $0.means != nil }, "middelen"), (Field.rank, { $0.rank != nil }, "rang"),
        ]
        for p in priorities {
            let absent = scores.filter { !$0.has(p) }
            guard !absent.isEmpty else { continue }
            incompleteEn.append("\(p.id) lacks \(Language.en.list(absent.map(\.field)))")
            incompleteNl.append("\(p.id) mist \(Language.nl.list(absent.map(\.nl)))")
        }
        if !incompleteEn.isEmpty {
            gaps.add(incompleteEn.joined(separator: ", "), incompleteNl.joined(separator: ", "),
                     fix: "give every priority its urgency, means and rank", "geef elke prioriteit urgentie, middelen en rang")
        }
    }

    /// The three-year timeline: there, and in plan years 1 to 3. No priorities at all is
    /// already reported as unranked themes.
    func timeline(_ priorities: [PriorityRecord], _ gaps: inout Gaps) {
        let years = priorities.compactMap { p in p.year.map { (p, $0) } }
        let outside = years.filter { !Handbook.Plan.yearNumbers.contains($0.1) }.map { "\($0.0.id) (year \($0.1))" }
        let buiten = years.filter { !Handbook.Plan.yearNumbers.contains($0.1) }.map { "\($0.0.id) (jaar \($0.1))" }
        if priorities.isEmpty {
            return
        } else if years.isEmpty {
            gaps.add("no theme is placed in the three-year timeline", "geen thema staat in het tijdpad van drie jaar",
                     fix: "give the priorities a plan year (set PR-1 year=1)", "geef de prioriteiten een planjaar (wijzig PR-1 year=1)")
        } else if !outside.isEmpty {
            let numbers = Handbook.Plan.yearNumbers.map(String.init)
            gaps.add("\(Language.en.list(outside)) \(outside.count == 1 ? "lies" : "lie") outside plan years 1 to \(Handbook.Plan.years)",
                     "\(Language.nl.list(buiten)) \(outside.count == 1 ? "valt" : "vallen") buiten planjaar 1 t/m \(Handbook.Plan.years)",
                     fix: "use plan year \(Language.en.alternatives(numbers))", "gebruik planjaar \(Language.nl.alternatives(numbers))")
        }
    }

    /// The survey and inspection results attached: documents, else results and findings.
    struct Attachments {
        let surveyDocs: [String], inspectionDocs: [String]
        let results: Int, findings: Int

        init(_ c: CheckContext) {
            let documents = c.documents.filter { $0.superseded != true }
            surveyDocs = documents.filter { $0.type == .surveyReport }.map(\.id)
            inspectionDocs = documents.filter { $0.type == .inspectionReport }.map(\.id)
            results = c.results.count
            findings = c.findings.count
        }

        func check(_ gaps: inout Gaps) {
            if surveyDocs.isEmpty && results == 0 {
                gaps.add("the survey results are not attached", "de enquêteresultaten zijn niet bijgevoegd",
                         fix: "attach the survey results (add document type=survey-report, or add the results)",
                         "voeg de enquêteresultaten bij (voegtoe document type=survey-report, of voeg de resultaten toe)")
            }
            if inspectionDocs.isEmpty && findings == 0 {
                gaps.add("the inspection results are not attached", "de schouwresultaten zijn niet bijgevoegd",
                         fix: "attach the inspection report (add document type=inspection-report, or add the findings)",
                         "voeg het schouwrapport bij (voegtoe document type=inspection-report, of voeg de bevindingen toe)")
            }
        }
    }

    /// The finding when nothing is missing: the timeline per plan year, the agreement and the attachments.
    func met(_ c: CheckContext, _ attached: Attachments) -> Finding {
        let priorities = c.priorities
        let years = priorities.compactMap(\.year)
        let perYear = Handbook.Plan.yearNumbers.map { y in (y, years.filter { $0 == y }.count) }
        let unplanned = priorities.count - years.count
        let timelineEn = perYear.map { "year \($0.0): \($0.1)" }.joined(separator: ", ") + (unplanned > 0 ? ", not planned: \(unplanned)" : "")
        let timelineNl = perYear.map { "jaar \($0.0): \($0.1)" }.joined(separator: ", ") + (unplanned > 0 ? ", niet gepland: \(unplanned)" : "")
        let surveyEn = attached.surveyDocs.isEmpty ? "\(attached.results) results" : attached.surveyDocs.joined(separator: ", ")
        let surveyNl = attached.surveyDocs.isEmpty ? "\(attached.results) resultaten" : attached.surveyDocs.joined(separator: ", ")
        let inspectionEn = attached.inspectionDocs.isEmpty ? "\(attached.findings) findings" : attached.inspectionDocs.joined(separator: ", ")
        let inspectionNl = attached.inspectionDocs.isEmpty ? "\(attached.findings) bevindingen" : attached.inspectionDocs.joined(separator: ", ")
        let concluded = c.analysis.concluded!
        return .met(Message(en: "The written conclusion ranks \(priorities.count) themes by urgency and means over the three-year timeline (\(timelineEn)), agreed on \(concluded), with the survey results (\(surveyEn)) and inspection results (\(inspectionEn)) attached.",
                            nl: "De schriftelijke conclusie rangschikt \(priorities.count) thema's op urgentie en middelen over het tijdpad van drie jaar (\(timelineNl)), vastgesteld op \(concluded), met de enquêteresultaten (\(surveyNl)) en schouwresultaten (\(inspectionNl)) als bijlage."))
    }
}
