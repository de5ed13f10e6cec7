import KVOModel

/// §4.1.3: each inspection has at least 5 positive locations (Handbook.Analysis), each with a photo, why the workgroup is satisfied and what it took.
///
/// Judged per inspection that has taken place (each inspection's findings form its report, also
/// when a day and an evening inspection share one report document).
struct InspectionPositives: RuleEvaluator {
    let id = "KVO-4.1.3-POSITIVES"
    static let minimum = Handbook.Analysis.minimumPositiveLocations

    /// What a positive finding must have: whether the finding has it, and its name in words.
    static let fields: [(has: @Sendable (FindingRecord) -> Bool, en: String, nl: String)] = [
        ({ $0.photo != nil }, "photo", "foto"), ({ $0.location != nil }, "location", "locatie"),
        ({ $0.satisfaction != nil }, "why satisfied", "waarom tevreden"), ({ $0.effort != nil }, "what it took", "wat ervoor nodig was"),
    ]

    func evaluate(_ c: CheckContext) -> Finding {
        let held = AnalysisSupport.heldInspections(c)
        guard !held.isEmpty else {
            return .notApplicable(Message(en: "Applies once an inspection has taken place; none is dated on or before \(c.asOf).",
                                          nl: "Geldt zodra er een schouw is gehouden; er is er geen met datum op of vóór \(c.asOf)."))
        }
        let findings = c.findings.filter { $0.kind == .positive }
        var partsEn: [String] = [], partsNl: [String] = []
        var shortEn: [String] = [], shortNl: [String] = []
        for inspection in held {
            let positives = findings.filter { $0.inspection == inspection.id }
            let incomplete = positives.compactMap { f -> (String, String)? in
                let absent = Self.fields.filter { !$0.has(f) }
                guard !absent.isEmpty else { return nil }
                return ("\(f.id) lacks \(Language.en.list(absent.map(\.en)))", "\(f.id) mist \(Language.nl.list(absent.map(\.nl)))")
            }
            let complete = positives.count - incomplete.count
            let label = AnalysisSupport.inspectionLabel(inspection)
            var en = "\(label) \(complete) complete", nl = "\(label) \(complete) volledig"
            if !incomplete.isEmpty {
                en += " (\(incomplete.map(\.0).joined(separator: ", ")))"
                nl += " (\(incomplete.map(\.1).joined(separator: ", ")))"
            }
            partsEn.append(en)
            partsNl.append(nl)
            if complete < Self.minimum {
                let more = Self.minimum - complete
                shortEn.append("\(inspection.id) needs \(Language.en.count(more, Noun(en: "more positive location", "more positive locations", nl: "positieve locatie meer", "positieve locaties meer")))")
                shortNl.append("\(inspection.id) heeft nog \(more == 1 ? "1 positieve locatie" : "\(more) positieve locaties") nodig")
            }
        }
        let en = "Positive locations with photo, reason and effort per inspection (\(Self.minimum) needed): \(partsEn.joined(separator: "; "))."
        let nl = "Positieve locaties met foto, reden en inspanning per schouw (\(Self.minimum) nodig): \(partsNl.joined(separator: "; "))."
        if shortEn.isEmpty { return .met(Message(en: en, nl: nl)) }
        return .notMet(Message(en: en, nl: nl), short: Message(en: shortEn.joined(separator: "; ") + ", each with a photo, why the workgroup is satisfied and what it took.",
                                                    nl: shortNl.joined(separator: "; ") + ", elk met foto, waarom de werkgroep tevreden is en wat ervoor nodig was."))
    }
}
