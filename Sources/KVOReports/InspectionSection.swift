import KVOModel
import KVOChecks
import KVOPlanning

/// The inspections of §4.1.3 as report blocks: a summary for the safety analysis, and the full
/// inspection report with per inspection its date, day or evening, those present, the numbered
/// findings (photo number, location, what must happen, who, by when) and the positive locations
/// (why the workgroup is satisfied, what it took).
struct InspectionSection {
    let c: ReportContext

    var words: Wording { c.words }
    func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }

    var inspections: [Record] {
        c.records("inspections").sorted { ($0.string("date") ?? "", $0.id) < ($1.string("date") ?? "", $1.id) }
    }

    func findings(of inspection: String) -> [Record] {
        c.records("findings").filter { $0.string("inspection") == inspection }
            .sorted { ($0.int("photo") ?? Int.max, $0.id) < ($1.int("photo") ?? Int.max, $1.id) }
    }

    func title(_ i: Record) -> String {
        let when = words.date(i.string("date")) ?? "?"
        let time = words.inspectionTime(i.string("time"))
        return time.prefix(1).uppercased() + time.dropFirst() + " " + when
    }

    /// The table of inspections and the negative findings per theme (for the analysis).
    func summary(level: Int) -> [Block] {
        let list = inspections
        guard !list.isEmpty else {
            return [.note(t("No inspections are recorded (add inspection date=YYYY-MM-DD time=day).",
                            "Er zijn geen schouwen vastgelegd (add inspection date=JJJJ-MM-DD time=day)."))]
        }
        let members = c.records("members").count
        let rows = list.map { i -> [String] in
            let f = findings(of: i.id)
            return [words.date(i.string("date")) ?? "?", words.inspectionTime(i.string("time")),
                    "\(i.strings("attendees").count)" + (members > 0 ? t(" of \(members)", " van \(members)") : ""),
                    words.yesNo(i.bool("allMembers")),
                    "\(f.filter { $0.string("kind") == "negative" }.count)", "\(f.filter { $0.string("kind") == "positive" }.count)"]
        }
        var out: [Block] = [.table(ReportTable(headers: [t("date", "datum"), t("inspection", "schouw"), t("present", "aanwezig"),
                                                         t("whole workgroup", "hele werkgroep"), t("points to improve", "knelpunten"),
                                                         t("positive points", "positieve punten")],
                                               rows: rows, numeric: [4, 5]))]
        let evidence = c.evidence.filter { $0.negativeFindings > 0 }
        if !evidence.isEmpty {
            out.append(.paragraph(t("Points to improve per theme; recurring ones are linked to an earlier finding or found at the same location in more than one inspection (§4.2.4: they go into the measures matrix).",
                                    "Knelpunten per thema; terugkerend zijn knelpunten die aan een eerdere bevinding gekoppeld zijn of op dezelfde plek bij meer dan één schouw zijn gevonden (§4.2.4: die gaan de maatregelmatrix in).")))
            out.append(.table(ReportTable(headers: [t("theme", "thema"), t("points to improve", "knelpunten"), t("recurring", "terugkerend")],
                                          rows: evidence.map { [c.themeName($0.theme), "\($0.negativeFindings)", "\($0.recurringFindings)"] },
                                          numeric: [1, 2])))
            out.append(.chart(BarChart(title: t("Points to improve per theme", "Knelpunten per thema"),
                                       categories: evidence.map { c.themeName($0.theme) },
                                       series: [BarChart.Series(name: t("points to improve", "knelpunten"), values: evidence.map { Double($0.negativeFindings) },
                                                                labels: evidence.map { "\($0.negativeFindings)" }),
                                                BarChart.Series(name: t("of which recurring", "waarvan terugkerend"), values: evidence.map { Double($0.recurringFindings) },
                                                                labels: evidence.map { "\($0.recurringFindings)" })])))
        }
        return out
    }

    /// The whole inspection report: one section per inspection.
    func report(level: Int) -> [Block] {
        let list = inspections
        guard !list.isEmpty else { return summary(level: level) }
        var out: [Block] = []
        for i in list {
            out += inspection(i, level: level)
        }
        return out
    }

    func inspection(_ i: Record, level: Int) -> [Block] {
        var out: [Block] = [.heading(level, title(i))]
        var facts: [Fact] = [Fact(t("Date", "Datum"), words.date(i.string("date")) ?? c.missing),
                             Fact(t("Day or evening", "Dag of avond"), words.inspectionTime(i.string("time")))]
        if let whole = i.bool("allMembers") {
            facts.append(Fact(t("Whole workgroup", "Hele werkgroep"), whole ? t("yes", "ja") : t("no, in a smaller group", "nee, in kleinere samenstelling")))
        }
        if let report = c.field(i, "report") { facts.append(Fact(t("Report", "Rapport"), report)) }
        out.append(.facts(facts))
        let attendees = i.strings("attendees")
        out.append(.paragraph(t("Present:", "Aanwezig:")))
        if attendees.isEmpty {
            out.append(.note(t("The list of those present is not recorded (§4.1.3 asks for it).", "De namenlijst van de aanwezigen is niet vastgelegd (§4.1.3 vraagt erom).")))
        } else {
            out.append(.bullets(attendees.map(c.memberWithParty)))
        }

        let f = findings(of: i.id)
        let negatives = f.filter { $0.string("kind") == "negative" }
        let positives = f.filter { $0.string("kind") == "positive" }
        out.append(.heading(level + 1, t("Points to improve (\(negatives.count))", "Knelpunten (\(negatives.count))")))
        if negatives.isEmpty {
            out.append(.paragraph(t("None.", "Geen.")))
        } else {
            out.append(.numbered(negatives.map(negative)))
        }
        out.append(.heading(level + 1, t("Positive points (\(positives.count))", "Positieve punten (\(positives.count))")))
        if positives.isEmpty {
            out.append(.paragraph(t("None.", "Geen.")))
        } else {
            out.append(.numbered(positives.map(positive)))
        }
        if positives.count < 5 {
            out.append(.note(t("§4.1.3 asks for at least 5 positive locations in each inspection report; \(positives.count) recorded.",
                               "§4.1.3 vraagt minstens 5 positieve locaties per schouwrapport; \(positives.count) vastgelegd.")))
        }
        return out
    }

    func number(_ f: Record) -> String {
        f.int("photo").map { t("Photo \($0)", "Foto \($0)") } ?? t("No photo", "Geen foto")
    }

    func status(_ s: String?) -> String? {
        switch s {
        case "open": t("open", "open")
        case "in-progress": t("in progress", "in uitvoering")
        case "done": t("done", "gereed")
        default: nil
        }
    }

    func negative(_ f: Record) -> NumberedItem {
        var details: [Fact] = []
        if c.isCluster, let park = f.string("park") { details.append(Fact(t("Park", "Terrein"), c.parkName(park))) }
        if let theme = f.string("theme") { details.append(Fact(t("Theme", "Thema"), c.themeName(theme))) }
        if let d = c.field(f, "description") { details.append(Fact(t("Seen", "Gezien"), d)) }
        details.append(Fact(t("What must happen", "Wat moet er gebeuren"), c.field(f, "action") ?? c.missing))
        details.append(Fact(t("Who", "Wie"), f.string("who").map(c.partyName) ?? c.missing))
        details.append(Fact(t("Ready by", "Gereed voor"), words.date(f.string("due")) ?? c.missing))
        if let s = status(f.string("status")) { details.append(Fact(t("Status", "Stand"), s)) }
        let earlier = f.strings("recurs")
        if !earlier.isEmpty {
            let refs = earlier.map { id -> String in
                guard let e = c.dossier.record(id)?.record else { return id }
                let when = e.string("inspection").flatMap { c.dossier.record($0)?.record }.map(title) ?? ""
                return "\(id)" + (when.isEmpty ? "" : " (\(when))")
            }
            details.append(Fact(t("Recurs (seen before)", "Terugkerend (eerder gezien)"), words.list(refs)))
        }
        return NumberedItem(number: number(f), title: c.field(f, "location") ?? c.missing, details: details)
    }

    func positive(_ f: Record) -> NumberedItem {
        var details: [Fact] = []
        if c.isCluster, let park = f.string("park") { details.append(Fact(t("Park", "Terrein"), c.parkName(park))) }
        if let theme = f.string("theme") { details.append(Fact(t("Theme", "Thema"), c.themeName(theme))) }
        if let d = c.field(f, "description") { details.append(Fact(t("Seen", "Gezien"), d)) }
        details.append(Fact(t("Why the workgroup is satisfied", "Waarom de werkgroep tevreden is"), c.field(f, "satisfaction") ?? c.missing))
        details.append(Fact(t("What it took", "Wat ervoor nodig was"), c.field(f, "effort") ?? c.missing))
        return NumberedItem(number: number(f), title: c.field(f, "location") ?? c.missing, details: details)
    }
}
