import KVOModel
import KVOChecks

/// The safety analysis of §4.1 ("veiligheidsanalyse"): the summary, the area, the survey with
/// every question's answers as charts and every open answer, the incident figures of police,
/// fire brigade and municipality, the inspections, and the conclusion with the priorities.
public enum SafetyAnalysisReport {
    public static func make(_ c: ReportContext) -> Document {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let analysis = c.section("analysis")
        var blocks: [Block] = []

        blocks.append(.heading(2, t("Summary", "Samenvatting")))
        if let summary = c.field(analysis, "summary") {
            blocks.append(.paragraph(summary))
        } else {
            blocks.append(.note(t("The analysis has no written summary yet (§4.1: set analysis summary=\"...\").",
                                  "De analyse heeft nog geen schriftelijke samenvatting (§4.1: set analysis summary=\"...\").")))
        }

        blocks.append(.heading(2, t("The KVO area", "Het KVO-gebied")))
        blocks += area(c)

        blocks.append(.heading(2, t("Survey (§4.1.1)", "Enquête (§4.1.1)")))
        blocks += SurveySection(c: c).blocks(level: 3)

        blocks.append(.heading(2, t("Incident figures (§4.1.2)", "Incidentcijfers (§4.1.2)")))
        blocks += IncidentSection(c: c).blocks(level: 3)

        blocks.append(.heading(2, t("Inspections (§4.1.3)", "Schouw (§4.1.3)")))
        blocks += InspectionSection(c: c).summary(level: 3)
        blocks.append(.paragraph(t("The findings in full are in the inspection report (kvo: report inspection).",
                                   "De bevindingen staan volledig in het schouwrapport (kvo: report inspection).")))

        blocks.append(.heading(2, t("Conclusion and priorities (§4.1.4)", "Conclusie en prioriteiten (§4.1.4)")))
        blocks += conclusion(c)

        return Document(title: t("Safety analysis", "Veiligheidsanalyse"), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: t("safety-analysis", "veiligheidsanalyse"))
    }

    static func area(_ c: ReportContext) -> [Block] {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let parks = c.parks
        guard !parks.isEmpty else {
            return [.note(t("No parks are recorded (add park \"NAME\").", "Er zijn geen bedrijventerreinen vastgelegd (add park \"NAAM\")."))]
        }
        let rows = parks.map { p -> [String] in
            let entrepreneurs = p.int("entrepreneurs").map { "\($0)" } ?? ""
            return [c.parkName(p.id), c.field(p, "formalName") ?? "", c.field(p, "municipality") ?? "", entrepreneurs,
                    p.strings("streets").map(c.text).joined(separator: ", ")]
        }
        var out: [Block] = [.table(ReportTable(headers: [t("park", "terrein"), t("formal name", "formele naam"), t("municipality", "gemeente"),
                                                         t("entrepreneurs", "ondernemers"), t("streets", "straten")],
                                               rows: rows, numeric: [3]))]
        let total = parks.compactMap { $0.int("entrepreneurs") }.reduce(0, +)
        if parks.count > 1 {
            out.append(.paragraph(t("\(total) entrepreneurs on \(parks.count) parks.", "\(total) ondernemers op \(parks.count) bedrijventerreinen.")))
        }
        let adjacent = c.records("adjacent")
        if !adjacent.isEmpty {
            out.append(.paragraph(t("Locations of influence next to the area (not part of it):", "Invloedslocaties naast het gebied (geen onderdeel ervan):")))
            out.append(.bullets(adjacent.map { a in (c.field(a, "name") ?? a.id) + (c.field(a, "note").map { ": " + $0 } ?? "") }))
        }
        return out
    }

    static func conclusion(_ c: ReportContext) -> [Block] {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let analysis = c.section("analysis")
        var out: [Block] = []
        if let concluded = c.words.date(analysis.string("concluded")) {
            out.append(.facts([Fact(t("Agreed by the workgroup", "Vastgesteld door de werkgroep"), concluded)]))
        }
        if let conclusion = c.field(analysis, "conclusion") {
            out.append(.paragraph(conclusion))
        } else {
            out.append(.note(t("No written conclusion is recorded yet (§4.1.4: set analysis conclusion=\"...\").",
                               "Er is nog geen schriftelijke conclusie vastgelegd (§4.1.4: set analysis conclusion=\"...\").")))
        }
        let priorities = c.records("priorities").sorted { ($0.int("rank") ?? Int.max, $0.id) < ($1.int("rank") ?? Int.max, $1.id) }
        if priorities.isEmpty {
            out.append(.note(t("No ranking of the themes is recorded (add priority theme=T05 rank=1 year=1).",
                               "Er is geen rangorde van de thema's vastgelegd (add priority theme=T05 rank=1 year=1).")))
        } else {
            func number(_ r: Record, _ field: String) -> String { r.int(field).map { "\($0)" } ?? "" }
            let rows = priorities.map { p -> [String] in
                [number(p, "rank"), c.themeName(p.string("theme")), number(p, "urgency"), number(p, "means"), number(p, "year")]
            }
            out.append(.table(ReportTable(headers: [t("rank", "rang"), t("theme", "thema"), t("urgency (1-5)", "urgentie (1-5)"),
                                                    t("means (1-5)", "middelen (1-5)"), t("plan year", "planjaar")],
                                          rows: rows, numeric: [0, 2, 3, 4])))
        }
        out.append(.paragraph(t("Attached: the survey results (report survey) and the inspection report (report inspection).",
                                "Bijlagen: de enquêteresultaten (report survey) en het schouwrapport (report inspection).")))
        return out
    }
}
