import KVOModel
import KVOChecks
import KVOPlanning

/// The inspections of §4.1.3 as report blocks: a summary for the safety analysis, and the full
/// inspection report with per inspection its date, day or evening, those present, the numbered
/// findings (photo number, location, what must happen, who, by when) and the positive locations
/// (why the workgroup is satisfied, what it took).
struct InspectionSection {
    let c: ReportContext

    /// A day or an evening inspection.
    func time(_ time: InspectionRecord.Time?) -> String {
        c.text(time?.label ?? Message(en: "inspection", nl: "schouw"))
    }

    func date(_ day: Day?) -> String? { day.map(c.language.date) }

    var inspections: [InspectionRecord] { c.inspections.sorted(byDay: \.date) }

    func findings(of inspection: String) -> [FindingRecord] {
        c.findings.filter { $0.inspection == inspection }
            .sorted { ($0.photo ?? Int.max, $0.id) < ($1.photo ?? Int.max, $1.id) }
    }

    func title(_ i: InspectionRecord) -> String {
        let when = date(i.date) ?? "?"
        let kind = time(i.time)
        return kind.prefix(1).uppercased() + kind.dropFirst() + " " + when
    }

    /// "5 of 7" / "5 van 7" present; "5" when no members are recorded.
    func present(_ n: Int, of members: Int) -> String {
        members > 0 ? c.text(Message(en: "\(n) of \(members)", nl: "\(n) van \(members)")) : "\(n)"
    }

    /// The table of inspections and the negative findings per theme (for the analysis).
    func summary(level: Int) -> [Block] {
        let list = inspections
        guard !list.isEmpty else {
            return [.note(c.text(Message(en: "No inspections are recorded.",
                                         nl: "Er zijn geen schouwen vastgelegd.")))]
        }
        let members = c.members.count
        let rows = list.map { i -> [String] in
            let f = findings(of: i.id)
            return [date(i.date) ?? "?", time(i.time),
                    present(i.attendees.count, of: members),
                    i.allMembers.map(c.language.yesNo) ?? "",
                    "\(f.filter { $0.kind == .negative }.count)", "\(f.filter { $0.kind == .positive }.count)"]
        }
        let headers = [Message(en: "date", nl: "datum"), Message(en: "inspection", nl: "schouw"), Message(en: "present", nl: "aanwezig"),
                       Message(en: "whole workgroup", nl: "hele werkgroep"), Message(en: "points to improve", nl: "knelpunten"),
                       Message(en: "positive points", nl: "positieve punten")]
        var out: [Block] = [.table(Table(headers: headers.map(c.text), rows: rows, numeric: [4, 5]))]
        let evidence = c.evidence.filter { $0.negativeFindings > 0 }
        if !evidence.isEmpty {
            out.append(.paragraph(c.text(Message(en: "Points to improve per theme; recurring ones are linked to an earlier finding or found at the same location in more than one inspection (§4.2.4: they go into the measures matrix).",
                                    nl: "Knelpunten per thema; terugkerend zijn knelpunten die aan een eerdere bevinding gekoppeld zijn of op dezelfde plek bij meer dan één schouw zijn gevonden (§4.2.4: die gaan de maatregelmatrix in)."))))
            let headers = [Message(en: "theme", nl: "thema"), Message(en: "points to improve", nl: "knelpunten"),
                           Message(en: "recurring", nl: "terugkerend")]
            out.append(.table(Table(headers: headers.map(c.text),
                                          rows: evidence.map { [c.themeName($0.theme), "\($0.negativeFindings)", "\($0.recurringFindings)"] },
                                          numeric: [1, 2])))
            out.append(.chart(BarChart(title: c.text(Message(en: "Points to improve per theme", nl: "Knelpunten per thema")),
                                       categories: evidence.map { c.themeName($0.theme) },
                                       series: [BarChart.Series(name: c.text(Message(en: "points to improve", nl: "knelpunten")), values: evidence.map { Double($0.negativeFindings) },
                                                                labels: evidence.map { "\($0.negativeFindings)" }),
                                                BarChart.Series(name: c.text(Message(en: "of which recurring", nl: "waarvan terugkerend")), values: evidence.map { Double($0.recurringFindings) },
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

    func inspection(_ i: InspectionRecord, level: Int) -> [Block] {
        var out: [Block] = [.heading(level, title(i))]
        var facts: [Fact] = [Fact(c.text(Message(en: "Date", nl: "Datum")), date(i.date) ?? c.missing),
                             Fact(c.text(Message(en: "Day or evening", nl: "Dag of avond")), time(i.time))]
        if let whole = i.allMembers {
            let answer = whole ? Message(en: "yes", nl: "ja") : Message(en: "no, in a smaller group", nl: "nee, in kleinere samenstelling")
            facts.append(Fact(c.text(Message(en: "Whole workgroup", nl: "Hele werkgroep")), c.text(answer)))
        }
        if let report = i.report.map(c.text) { facts.append(Fact(c.text(Message(en: "Report", nl: "Rapport")), report)) }
        out.append(.facts(facts))
        let attendees = i.attendees
        out.append(.paragraph(c.text(Message(en: "Present:", nl: "Aanwezig:"))))
        if attendees.isEmpty {
            out.append(.note(c.text(Message(en: "The list of those present is not recorded (§4.1.3 asks for it).",
                                            nl: "De namenlijst van de aanwezigen is niet vastgelegd (§4.1.3 vraagt erom)."))))
        } else {
            out.append(.bullets(attendees.map(c.memberWithParty)))
        }

        let f = findings(of: i.id)
        let negatives = f.filter { $0.kind == .negative }
        let positives = f.filter { $0.kind == .positive }
        out.append(.heading(level + 1, c.text(Message(en: "Points to improve (\(negatives.count))", nl: "Knelpunten (\(negatives.count))"))))
        if negatives.isEmpty {
            out.append(.paragraph(c.text(Message(en: "None.", nl: "Geen."))))
        } else {
            out.append(.numbered(negatives.map(negative)))
        }
        out.append(.heading(level + 1, c.text(Message(en: "Positive points (\(positives.count))", nl: "Positieve punten (\(positives.count))"))))
        if positives.isEmpty {
            out.append(.paragraph(c.text(Message(en: "None.", nl: "Geen."))))
        } else {
            out.append(.numbered(positives.map(positive)))
        }
        if positives.count < 5 {
            out.append(.note(c.text(Message(en: "§4.1.3 asks for at least 5 positive locations in each inspection report; \(positives.count) recorded.",
                                            nl: "§4.1.3 vraagt minstens 5 positieve locaties per schouwrapport; \(positives.count) vastgelegd."))))
        }
        return out
    }

    func number(_ f: FindingRecord) -> String {
        f.photo.map { c.text(Message(en: "Photo \($0)", nl: "Foto \($0)")) } ?? c.text(Message(en: "No photo", nl: "Geen foto"))
    }

    func status(_ s: FindingRecord.Status?) -> String? {
        switch s {
        case .open?: c.text(Message(en: "open", nl: "open"))
        case .inProgress?: c.text(Message(en: "in progress", nl: "in uitvoering"))
        case .done?: c.text(Message(en: "done", nl: "gereed"))
        case nil: nil
        }
    }

    func negative(_ f: FindingRecord) -> NumberedItem {
        var details: [Fact] = []
        if c.isCluster, let park = f.park { details.append(Fact(c.text(Message(en: "Park", nl: "Terrein")), c.parkName(park))) }
        if let theme = f.theme { details.append(Fact(c.text(Message(en: "Theme", nl: "Thema")), c.themeName(theme))) }
        if let d = f.description.map(c.text) { details.append(Fact(c.text(Message(en: "Seen", nl: "Gezien")), d)) }
        details.append(Fact(c.text(Message(en: "What must happen", nl: "Wat moet er gebeuren")), f.action.map(c.text) ?? c.missing))
        details.append(Fact(c.text(Message(en: "Who", nl: "Wie")), f.who.map(c.partyName) ?? c.missing))
        details.append(Fact(c.text(Message(en: "Ready by", nl: "Gereed voor")), date(f.due) ?? c.missing))
        if let s = status(f.status) { details.append(Fact(c.text(Message(en: "Status", nl: "Stand")), s)) }
        let earlier = f.recurs
        if !earlier.isEmpty {
            let refs = earlier.map { id -> String in
                guard let e = c.dossier.record(id, as: FindingRecord.self) else { return id }
                let when = e.inspection.flatMap { c.dossier.record($0, as: InspectionRecord.self) }.map(title) ?? ""
                return "\(id)" + (when.isEmpty ? "" : " (\(when))")
            }
            details.append(Fact(c.text(Message(en: "Recurs (seen before)", nl: "Terugkerend (eerder gezien)")), c.language.list(refs)))
        }
        return NumberedItem(number: number(f), title: f.location.map(c.text) ?? c.missing, details: details)
    }

    func positive(_ f: FindingRecord) -> NumberedItem {
        var details: [Fact] = []
        if c.isCluster, let park = f.park { details.append(Fact(c.text(Message(en: "Park", nl: "Terrein")), c.parkName(park))) }
        if let theme = f.theme { details.append(Fact(c.text(Message(en: "Theme", nl: "Thema")), c.themeName(theme))) }
        if let d = f.description.map(c.text) { details.append(Fact(c.text(Message(en: "Seen", nl: "Gezien")), d)) }
        details.append(Fact(c.text(Message(en: "Why the workgroup is satisfied", nl: "Waarom de werkgroep tevreden is")), f.satisfaction.map(c.text) ?? c.missing))
        details.append(Fact(c.text(Message(en: "What it took", nl: "Wat ervoor nodig was")), f.effort.map(c.text) ?? c.missing))
        return NumberedItem(number: number(f), title: f.location.map(c.text) ?? c.missing, details: details)
    }
}
