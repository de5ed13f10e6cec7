import KVOModel

/// §3.6.1: the first certification's document set holds the safety analysis (with its survey results, incident figures and inspection report) and the plan of action (goals, measures matrix linked to them).
///
/// Reports are documents of the dossier (documents.type analysis, survey-report, inspection-report,
/// plan); the survey results may also be the result records, the incident figures are the incident
/// records of police, fire brigade and municipality, the goals and the matrix are the goal and measure
/// records.
struct DocsetFirst: RuleEvaluator {
    let id = "KVO-3.6-DOCSET-FIRST"

    func evaluate(_ c: CheckContext) -> Finding {
        // Documents dated after the as-of date do not exist yet at that date.
        let documents = c.documents.filter { ($0.date.map { $0 <= c.asOf }) != false }
        guard !documents.isEmpty else {
            return .missing(Message(en: "No documents dated on or before \(c.asOf) are recorded; add the safety analysis and the plan of action with: add document \"NAME\" type=analysis version=1.0 date=YYYY-MM-DD.",
                                    nl: "Er zijn geen documenten tot en met \(c.asOf) vastgelegd; voeg de veiligheidsanalyse en het plan van aanpak toe met: voegtoe document \"NAAM\" type=analysis version=1.0 date=JJJJ-MM-DD."))
        }
        var haveEN: [String] = [], haveNL: [String] = [], lackEN: [String] = [], lackNL: [String] = []
        func item(_ ok: Bool, _ en: String, _ nl: String, lacking: (String, String)? = nil) {
            if ok { haveEN.append(en); haveNL.append(nl) } else { lackEN.append(lacking?.0 ?? en); lackNL.append(lacking?.1 ?? nl) }
        }
        /// The documents of a type, current versions only when there are any. Each document's
        /// type is read once, on the first call (where the trail has always had it), not per type.
        var types: [DocumentRecord.Kind?]?
        func docs(_ type: DocumentRecord.Kind) -> [String] {
            let read = types ?? documents.map(\.type)
            types = read
            let all = documents.indices.filter { read[$0] == type }.map { documents[$0] }
            let current = all.filter { $0.superseded != true }
            return (current.isEmpty ? all : current).map(\.id)
        }
        func ids(_ list: [String]) -> String { list.isEmpty ? "" : " (\(list.joined(separator: ", ")))" }

        let analysis = docs(.analysis), surveyReport = docs(.surveyReport), inspection = docs(.inspectionReport), plan = docs(.plan)
        item(!analysis.isEmpty, "a safety analysis\(ids(analysis))", "een veiligheidsanalyse\(ids(analysis))",
             lacking: ("a safety analysis (document type=analysis)", "een veiligheidsanalyse (document type=analysis)"))
        let results = c.results.count
        let surveyEN = !surveyReport.isEmpty ? "survey results\(ids(surveyReport))" : "survey results (\(results) result records)"
        let surveyNL = !surveyReport.isEmpty ? "enquêteresultaten\(ids(surveyReport))" : "enquêteresultaten (\(results) uitslagregels)"
        item(!surveyReport.isEmpty || results > 0, surveyEN, surveyNL,
             lacking: ("survey results (document type=survey-report or result records)", "enquêteresultaten (document type=survey-report of uitslagregels)"))
        // Looked at record by record until a source is found, not as 20,000 views made first (issue 15).
        c.readLog?.note(IncidentRecord.kind.name)
        let incidents = c.dossier.records(IncidentRecord.kind).lazy.map(IncidentRecord.init)
        let sources: [(key: IncidentRecord.Source, en: String, nl: String)] = [(.police, "police", "politie"), (.fire, "fire brigade", "brandweer"), (.municipality, "municipality", "gemeente")]
        let lackingSources = sources.filter { s in !incidents.contains { $0.source == s.key } }
        item(lackingSources.isEmpty, "incident figures of police, fire brigade and municipality", "incidentcijfers van politie, brandweer en gemeente",
             lacking: ("incident figures of the \(Language.en.list(lackingSources.map(\.en)))", "incidentcijfers van de \(Language.nl.list(lackingSources.map(\.nl)))"))
        item(!inspection.isEmpty, "an inspection report\(ids(inspection))", "een schouwrapport\(ids(inspection))",
             lacking: ("an inspection report (document type=inspection-report)", "een schouwrapport (document type=inspection-report)"))
        item(!plan.isEmpty, "a plan of action\(ids(plan))", "een plan van aanpak\(ids(plan))",
             lacking: ("a plan of action (document type=plan)", "een plan van aanpak (document type=plan)"))
        let goals = c.goals.count
        item(goals > 0, "\(Language.en.count(goals, Noun(en: "goal", "goals", nl: "doelstelling", "doelstellingen")))", "\(goals) doelstelling\(goals == 1 ? "" : "en")",
             lacking: ("goals (add goal ...)", "doelstellingen (voegtoe goal ...)"))
        let measures = c.measures
        let linked = measures.filter { $0.goal != nil }.count
        item(linked > 0, "a measures matrix (\(linked) of \(measures.count) measures linked to a goal)",
             "een maatregelmatrix (\(linked) van de \(measures.count) maatregelen gekoppeld aan een doelstelling)",
             lacking: (measures.isEmpty ? "a measures matrix (no measures)" : "a measures matrix linked to the goals (none of \(measures.count) measures has a goal)",
                       measures.isEmpty ? "een maatregelmatrix (geen maatregelen)" : "een maatregelmatrix gekoppeld aan de doelstellingen (geen van de \(measures.count) maatregelen heeft een doelstelling)"))
        if lackEN.isEmpty {
            return .met(Message(en: "The document set holds \(Language.en.list(haveEN)).",
                                nl: "De documentenset bevat \(Language.nl.list(haveNL))."))
        }
        let k = lackEN.count, parts = haveEN.count + lackEN.count
        return .notMet(Message(en: "The document set lacks \(Language.en.list(lackEN)).",
                               nl: "De documentenset mist \(Language.nl.list(lackNL))."),
                       short: Message(en: "\(k) of the \(parts) parts of the §3.6.1 set \(k == 1 ? "is" : "are") missing.",
                                      nl: "\(k) van de \(parts) onderdelen van de set uit §3.6.1 \(k == 1 ? "ontbreekt" : "ontbreken")."))
    }
}
