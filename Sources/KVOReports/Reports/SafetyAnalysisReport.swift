import KVOModel
import KVOChecks

/// The safety analysis of §4.1 ("veiligheidsanalyse"): the summary, the area, the survey with
/// every question's answers as charts and every open answer, the incident figures of police,
/// fire brigade and municipality, the inspections, and the conclusion with the priorities.
package enum SafetyAnalysisReport {
    package static func make(_ whole: ReportContext) -> Document {
        // The analysis covers its own period: later inspections and incidents are the evaluations'.
        let c = whole.limitedToAnalysisPeriod()
        var blocks: [Block] = []

        blocks.append(.heading(2, c.text(Message(en: "Summary", nl: "Samenvatting"))))
        if let summary = c.analysis.summary.map(c.text) {
            blocks.append(.paragraph(summary))
        } else {
            blocks.append(.note(c.text(Message(
                en: "The analysis has no written summary yet.",
                nl: "De analyse heeft nog geen schriftelijke samenvatting."))))
        }

        blocks.append(.heading(2, c.text(Message(en: "The KVO area", nl: "Het KVO-gebied"))))
        blocks += area(c)

        blocks.append(.heading(2, c.text(Message(en: "Survey (§4.1.1)", nl: "Enquête (§4.1.1)"))))
        blocks += SurveySection(c: c).blocks(level: 3)

        blocks.append(.heading(2, c.text(Message(en: "Incident figures (§4.1.2)", nl: "Incidentcijfers (§4.1.2)"))))
        blocks += IncidentSection(c: c).blocks(level: 3)

        blocks.append(.heading(2, c.text(Message(en: "Inspections (§4.1.3)", nl: "Schouw (§4.1.3)"))))
        blocks += InspectionSection(c: c).summary(level: 3)
        blocks.append(.paragraph(c.text(Message(
            en: "The findings in full are in the inspection report.",
            nl: "De bevindingen staan volledig in het schouwrapport."))))

        blocks.append(.heading(2, c.text(Message(en: "Conclusion and priorities (§4.1.4)", nl: "Conclusie en prioriteiten (§4.1.4)"))))
        blocks += conclusion(c)

        return Document(title: c.text(Message(en: "Safety analysis", nl: "Veiligheidsanalyse")), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: c.text(Message(en: "safety-analysis", nl: "veiligheidsanalyse")))
    }

    static func area(_ c: ReportContext) -> [Block] {
        let parks = c.parks
        guard !parks.isEmpty else {
            return [.note(c.text(Message(en: "No parks are recorded.",
                                         nl: "Er zijn geen bedrijventerreinen vastgelegd.")))]
        }
        let rows = parks.map { p -> [String] in
            let entrepreneurs = p.entrepreneurs.map { "\($0)" } ?? ""
            return [c.parkName(p.id), p.formalName.map(c.text) ?? "", p.municipality.map(c.text) ?? "", entrepreneurs,
                    p.streets.map(c.text).joined(separator: ", ")]
        }
        let headers = [Message(en: "park", nl: "terrein"), Message(en: "formal name", nl: "formele naam"),
                       Message(en: "municipality", nl: "gemeente"), Message(en: "entrepreneurs", nl: "ondernemers"),
                       Message(en: "streets", nl: "straten")]
        var out: [Block] = [.table(Table(headers: headers.map(c.text), rows: rows, numeric: [3]))]
        let total = parks.compactMap(\.entrepreneurs).reduce(0, +)
        if parks.count > 1 {
            out.append(.paragraph(c.text(Message(en: "\(total) entrepreneurs on \(parks.count) parks.",
                                                 nl: "\(total) ondernemers op \(parks.count) bedrijventerreinen."))))
        }
        let adjacent = c.adjacent
        if !adjacent.isEmpty {
            out.append(.paragraph(c.text(Message(en: "Locations of influence next to the area (not part of it):",
                                                 nl: "Invloedslocaties naast het gebied (geen onderdeel ervan):"))))
            out.append(.bullets(adjacent.map { a in (a.name.map(c.text) ?? a.id) + (a.note.map { ": " + c.text($0) } ?? "") }))
        }
        return out
    }

    static func conclusion(_ c: ReportContext) -> [Block] {
        let analysis = c.analysis
        var out: [Block] = []
        if let concluded = analysis.concluded {
            out.append(.facts([Fact(c.text(Message(en: "Agreed by the workgroup", nl: "Vastgesteld door de werkgroep")), c.language.date(concluded))]))
        }
        if let conclusion = analysis.conclusion.map(c.text) {
            out.append(.paragraph(conclusion))
        } else {
            out.append(.note(c.text(Message(
                en: "No written conclusion is recorded yet.",
                nl: "Er is nog geen schriftelijke conclusie vastgelegd."))))
        }
        let priorities = c.priorities.sorted { ($0.rank ?? Int.max, $0.id) < ($1.rank ?? Int.max, $1.id) }
        if priorities.isEmpty {
            out.append(.note(c.text(Message(
                en: "No ranking of the themes is recorded.",
                nl: "Er is geen rangorde van de thema's vastgelegd."))))
        } else {
            func number(_ n: Int?) -> String { n.map { "\($0)" } ?? "" }
            let rows = priorities.map { p -> [String] in
                [number(p.rank), c.themeName(p.theme), number(p.urgency), number(p.means), number(p.year)]
            }
            let headers = [Message(en: "rank", nl: "rang"), Message(en: "theme", nl: "thema"),
                           Message(en: "urgency (1-5)", nl: "urgentie (1-5)"), Message(en: "means (1-5)", nl: "middelen (1-5)"),
                           Message(en: "plan year", nl: "planjaar")]
            out.append(.table(Table(headers: headers.map(c.text), rows: rows, numeric: [0, 2, 3, 4])))
        }
        out.append(.paragraph(c.text(Message(
            en: "Attached: the survey results and the inspection report.",
            nl: "Bijlagen: de enquêteresultaten en het schouwrapport."))))
        return out
    }
}
