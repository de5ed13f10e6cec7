import KVOModel

/// The constraints the list scheduler reports on: a party's hours per quarter, the
/// dependencies (`after`) and the deadlines, met or with what breaks them.
extension Planner.ListScheduler {
    func hoursConstraint() -> PlanConstraint {
        guard hourProblems.isEmpty else {
            let shown = hourProblems.prefix(3)
            let more = hourProblems.count - shown.count
            let moreEN = more > 0 ? "; and \(more) more like \(more == 1 ? "it" : "these")" : ""
            let moreNL = more > 0 ? "; en nog \(more) zo" : ""
            return PlanConstraint(.hours, .unmet, en: shown.map(\.en).joined(separator: "; ") + moreEN + ". Raise the limit (plan --hours N, or set PA-n hoursPerQuarter=N), give a measure to another party, or allow it more time.",
                                  nl: shown.map(\.nl).joined(separator: "; ") + moreNL + ". Verhoog de grens (plan --hours N, of set PA-n hoursPerQuarter=N), geef een maatregel aan een andere partij, of geef hem meer tijd.")
        }
        let peak = Self.busiest(load).map { ($0.party, $0.quarter, $0.hours) }
        let limits = Set(capacity.values)
        let limitEN = limits.count == 1 ? "the limit of \(Planner.hoursText(limits.first!, .en))" : "its own limit of hours"
        let limitNL = limits.count == 1 ? "de grens van \(Planner.hoursText(limits.first!, .nl))" : "de eigen grens aan uren"
        let busiest = peak.map { " (busiest: \($0.0) with \(Planner.hoursText($0.2, .en)) in \(calendar.quarters[$0.1]))" } ?? ""
        let drukst = peak.map { " (drukst: \($0.0) met \(Planner.hoursText($0.2, .nl)) in \(calendar.quarters[$0.1]))" } ?? ""
        return PlanConstraint(.hours, .met, en: "Every party stays within \(limitEN) per quarter\(busiest).",
                              nl: "Elke partij blijft binnen \(limitNL) per kwartaal\(drukst).")
    }

    /// The busiest party-quarter: the most hours; on a tie the earliest quarter, then the first
    /// party ID in String order, so that the same plan always names the same one (taken over the
    /// dictionary's order, it changed from run to run).
    static func busiest(_ load: [String: [Double]]) -> (party: String, quarter: Int, hours: Double)? {
        var best: (party: String, quarter: Int, hours: Double)?
        for (party, hours) in load {
            for (quarter, h) in hours.enumerated() {
                guard let b = best else { best = (party, quarter, h); continue }
                if h > b.hours || (h == b.hours && (quarter < b.quarter || (quarter == b.quarter && party < b.party))) {
                    best = (party, quarter, h)
                }
            }
        }
        return best
    }

    func dependencyConstraint() -> PlanConstraint {
        let links = items.reduce(0) { $0 + $1.after.count }
        guard depProblems.isEmpty else {
            return PlanConstraint(.dependencies, .unmet, en: depProblems.map(\.en).joined(separator: "; ") + ".", nl: depProblems.map(\.nl).joined(separator: "; ") + ".")
        }
        return PlanConstraint(.dependencies, links == 0 ? .notApplicable : .met,
                              en: links == 0 ? "No measure waits for another." : links == 1 ? "The one dependency (after) is respected." : "All \(links) dependencies (after) are respected.",
                              nl: links == 0 ? "Geen maatregel wacht op een andere." : links == 1 ? "De ene afhankelijkheid (after) wordt gerespecteerd." : "Alle \(links) afhankelijkheden (after) worden gerespecteerd.")
    }

    func deadlineConstraint() -> PlanConstraint {
        let bounded = items.filter { $0.latest < frame.n - 1 }.count
        guard deadlineProblems.isEmpty else {
            return PlanConstraint(.deadlines, .unmet, en: deadlineProblems.map(\.en).joined(separator: "; ") + ".", nl: deadlineProblems.map(\.nl).joined(separator: "; ") + ".")
        }
        return PlanConstraint(.deadlines, bounded == 0 ? .notApplicable : .met,
                              en: bounded == 0 ? "No measure has a deadline inside the plan." : "\(bounded) measure\(bounded == 1 ? " ends" : "s end") by \(bounded == 1 ? "its" : "their") deadline (the goal's, or the first audit's).",
                              nl: bounded == 0 ? "Geen maatregel heeft een termijn binnen het plan." : "\(bounded) maatregel\(bounded == 1 ? " is" : "en zijn") op tijd klaar (termijn van het doel of van de eerste audit).")
    }
}
