import KVOModel

/// §4.1.3: the analysis year and every ended plan year each have at least one day and one evening inspection.
///
/// The years are those of AnalysisSupport.inspectionYears: the analysis year (the twelve months up
/// to analysis.concluded) and the plan years from plan.adopted. A plan year still running is shown
/// with what it holds so far but not judged; a planned inspection (dated after the as-of date)
/// does not count.
struct InspectionDayEvening: RuleEvaluator {
    let id = "KVO-4.1.3-DAY-EVENING"

    func evaluate(_ c: CheckContext) -> Finding {
        let held = AnalysisSupport.heldInspections(c)
        var partsEn: [String] = [], partsNl: [String] = []
        var shortEn: [String] = [], shortNl: [String] = []
        let years = AnalysisSupport.inspectionYears(c)
        for year in years {
            let inYear = held.filter { year.contains($0.date!) }
            let day = inYear.filter { $0.time == .day }.map(AnalysisSupport.inspectionLabel)
            let evening = inYear.filter { $0.time == .evening }.map(AnalysisSupport.inspectionLabel)
            let dayEn = day.isEmpty ? "no day inspection" : "day inspection\(day.count == 1 ? "" : "s") \(day.joined(separator: ", "))"
            let dayNl = day.isEmpty ? "geen dagschouw" : "dagschouw\(day.count == 1 ? "" : "en") \(day.joined(separator: ", "))"
            let eveningEn = evening.isEmpty ? "no evening inspection" : "evening inspection\(evening.count == 1 ? "" : "s") \(evening.joined(separator: ", "))"
            let eveningNl = evening.isEmpty ? "geen avondschouw" : "avondschouw\(evening.count == 1 ? "" : "en") \(evening.joined(separator: ", "))"
            partsEn.append("\(year.en) has \(dayEn) and \(eveningEn)")
            partsNl.append("\(year.nl) heeft \(dayNl) en \(eveningNl)")
            guard year.judged, day.isEmpty || evening.isEmpty else { continue }
            let lackEn = day.isEmpty && evening.isEmpty ? "a day and an evening inspection" : day.isEmpty ? "a day inspection" : "an evening inspection"
            let lackNl = day.isEmpty && evening.isEmpty ? "een dagschouw en een avondschouw" : day.isEmpty ? "een dagschouw" : "een avondschouw"
            shortEn.append("\(year.shortEn) needs \(lackEn)")
            shortNl.append("\(year.shortNl) heeft \(lackNl) nodig")
        }
        let planEn = c.planStart == nil ? " (no plan adopted yet, so no plan years to judge)" : ""
        let planNl = c.planStart == nil ? " (nog geen plan vastgesteld, dus geen planjaren te beoordelen)" : ""
        let en = Phrase.capitalised(partsEn.joined(separator: "; ")) + planEn + "."
        let nl = Phrase.capitalised(partsNl.joined(separator: "; ")) + planNl + "."
        guard years.contains(where: \.judged) else {
            return .notApplicable(Message(en: "Not judged yet: the analysis is not concluded and no plan year has ended; \(partsEn.joined(separator: "; "))\(planEn).",
                                          nl: "Nog niet beoordeeld: de analyse is niet afgerond en er is geen planjaar voorbij; \(partsNl.joined(separator: "; "))\(planNl)."))
        }
        if shortEn.isEmpty { return .met(Message(en: en, nl: nl)) }
        return .notMet(Message(en: en, nl: nl), short: Message(en: Phrase.capitalised(shortEn.joined(separator: "; ")) + ".",
                                                    nl: Phrase.capitalised(shortNl.joined(separator: "; ")) + "."))
    }
}
