import KVOModel

/// §3.7: per ended plan year at least 2 progress updates reached all entrepreneurs of the area, not only the association's members.
///
/// Counted: communications dated in the plan year with audience all-entrepreneurs (a message to all
/// entrepreneurs counts as a progress update, whether or not `progress` is set; one to the
/// association's members, the workgroup or the public does not). In a cluster a communication with
/// a `park` reaches only that park's entrepreneurs, so in a year with such a communication each park
/// needs 2 that reached it.
struct ProgressUpdates: RuleEvaluator {
    let id = "KVO-3.7-UPDATES"
    static let minimum = 2

    func evaluate(_ c: CheckContext) -> Finding {
        let (ended, why) = PlanFacts.endedYears(c)
        if let why { return why }
        let communications = c.records("communications")
        let clusterParks: [Record?] = c.isCluster ? c.records("parks").map { $0 } : [nil]
        var linesEN: [String] = [], linesNL: [String] = [], badEN: [String] = [], badNL: [String] = []
        var shortEN: [String] = [], shortNL: [String] = [], unknownAudience: [String] = []
        for y in ended {
            let inYear = communications.filter { $0.date("date").map(y.contains) == true }
            // Judged per park only when some communication of the year was for one park.
            let parks = inYear.contains { $0.has("park") } ? clusterParks : [nil]
            for park in parks {
                let reaching = inYear.filter { m in park == nil || m.string("park") == nil || m.string("park") == park!.id }
                let toAll = reaching.filter { $0.string("audience") == "all-entrepreneurs" }.map(\.id)
                let whereEN = park.map { " for \(PlanFacts.named($0))" } ?? ""
                let whereNL = park.map { " voor \(PlanFacts.named($0))" } ?? ""
                let listed = toAll.isEmpty ? "" : " (\(toAll.joined(separator: ", ")))"
                let line = "\(y.label.en)\(whereEN): \(toAll.count) to all entrepreneurs\(listed)"
                let regel = "\(y.label.nl)\(whereNL): \(toAll.count) aan alle ondernemers\(listed)"
                linesEN.append(line); linesNL.append(regel)
                guard toAll.count < Self.minimum else { continue }
                badEN.append(line); badNL.append(regel)
                let more = Self.minimum - toAll.count
                shortEN.append("plan year \(y.number)\(whereEN) needs \(more) more update\(more == 1 ? "" : "s") to all entrepreneurs")
                shortNL.append("planjaar \(y.number)\(whereNL) mist nog \(more) bericht\(more == 1 ? "" : "en") aan alle ondernemers")
                for m in reaching where m.string("audience") == nil && !unknownAudience.contains(m.id) { unknownAudience.append(m.id) }
            }
        }
        if badEN.isEmpty {
            return .met(Message(en: "Every ended plan year had at least \(Self.minimum) updates to all entrepreneurs: \(linesEN.joined(separator: "; ")).",
                                nl: "Elk afgelopen planjaar had minstens \(Self.minimum) berichten aan alle ondernemers: \(linesNL.joined(separator: "; "))."))
        }
        if !unknownAudience.isEmpty {
            return .missing(Message(en: "Too few updates to all entrepreneurs are recorded (\(badEN.joined(separator: "; "))), but \(Language.en.list(unknownAudience)) \(unknownAudience.count == 1 ? "has" : "have") no audience; set it with: set \(unknownAudience[0]) audience=all-entrepreneurs (or association-members, workgroup, public, other).",
                                    nl: "Er zijn te weinig berichten aan alle ondernemers vastgelegd (\(badNL.joined(separator: "; "))), maar \(Language.nl.list(unknownAudience)) \(unknownAudience.count == 1 ? "heeft" : "hebben") geen doelgroep; vul die in met: wijzig \(unknownAudience[0]) audience=all-entrepreneurs (of association-members, workgroup, public, other)."))
        }
        return .notMet(Message(en: "Not every ended plan year had \(Self.minimum) updates reaching all entrepreneurs: \(linesEN.joined(separator: "; ")).",
                               nl: "Niet elk afgelopen planjaar had \(Self.minimum) berichten die alle ondernemers bereikten: \(linesNL.joined(separator: "; "))."),
                       short: Message(en: shortEN.joined(separator: "; ") + " (a message only to the association's members does not count).",
                                      nl: shortNL.joined(separator: "; ") + " (een bericht alleen aan leden van de vereniging telt niet)."))
    }
}
