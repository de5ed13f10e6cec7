import KVOModel

/// §3.7: per ended plan year at least 2 progress updates reached all entrepreneurs of the area, not only the association's members.
///
/// Counted: communications dated in the plan year that are progress updates to all entrepreneurs
/// (`Handbook.Communication.isProgressUpdate`: audience all-entrepreneurs and `progress=true`).
/// The handbook asks for "updates over de voortgang": a message to all entrepreneurs that reports
/// no progress (an invitation, `progress=false`) does not count, nor does one to the association's
/// members, the workgroup or the public. A message that does not say its audience, or (to all
/// entrepreneurs) whether it reported progress, is not guessed from its subject: when such
/// messages could make up a year's shortfall, the rule asks for the field (not assessable). This
/// also covers a dossier written before `progress` was recorded on every message. In a cluster a
/// communication with a `park` reaches only that park's entrepreneurs, so in a year with such a
/// communication each park needs 2 that reached it.
struct ProgressUpdates: RuleEvaluator {
    let id = "KVO-3.7-UPDATES"
    static let minimum = Handbook.Communication.progressUpdatesPerYear

    func evaluate(_ c: CheckContext) -> Finding {
        let (ended, why) = PlanFacts.endedYears(c)
        if let why { return why }
        let communications = c.communications
        let clusterParks: [ParkRecord?] = c.isCluster ? c.parks.map { $0 } : [nil]
        var linesEN: [String] = [], linesNL: [String] = [], badEN: [String] = [], badNL: [String] = []
        var shortEN: [String] = [], shortNL: [String] = [], unknownAudience: [String] = [], unknownProgress: [String] = []
        for y in ended {
            let inYear = communications.filter { $0.date.map(y.contains) == true }
            // Judged per park only when some communication of the year was for one park.
            let parks = inYear.contains { $0.park != nil } ? clusterParks : [nil]
            for park in parks {
                let reaching = inYear.filter { m in park == nil || m.park == nil || m.park == park!.id }
                let updates = reaching.filter { Handbook.Communication.isProgressUpdate($0) == true }.map(\.id)
                let whereEN = park.map { " for \(PlanFacts.named($0.id, $0.name))" } ?? ""
                let whereNL = park.map { " voor \(PlanFacts.named($0.id, $0.name))" } ?? ""
                let listed = updates.isEmpty ? "" : " (\(updates.joined(separator: ", ")))"
                let line = "\(y.label.en)\(whereEN): \(updates.count) progress update\(updates.count == 1 ? "" : "s") to all entrepreneurs\(listed)"
                let regel = "\(y.label.nl)\(whereNL): \(updates.count) voortgangsbericht\(updates.count == 1 ? "" : "en") aan alle ondernemers\(listed)"
                linesEN.append(line); linesNL.append(regel)
                guard updates.count < Self.minimum else { continue }
                badEN.append(line); badNL.append(regel)
                let more = Self.minimum - updates.count
                shortEN.append("plan year \(y.number)\(whereEN) needs \(more) more progress update\(more == 1 ? "" : "s") to all entrepreneurs")
                shortNL.append("planjaar \(y.number)\(whereNL) mist nog \(more) voortgangsbericht\(more == 1 ? "" : "en") aan alle ondernemers")
                for m in reaching where Handbook.Communication.isProgressUpdate(m) == nil {
                    if m.audience == nil { if !unknownAudience.contains(m.id) { unknownAudience.append(m.id) } }
                    else if !unknownProgress.contains(m.id) { unknownProgress.append(m.id) }
                }
            }
        }
        if badEN.isEmpty {
            return .met(Message(en: "Every ended plan year had at least \(Self.minimum) progress updates to all entrepreneurs: \(linesEN.joined(separator: "; ")).",
                                nl: "Elk afgelopen planjaar had minstens \(Self.minimum) voortgangsberichten aan alle ondernemers: \(linesNL.joined(separator: "; "))."))
        }
        if !unknownAudience.isEmpty {
            return .missing(Message(en: "Too few progress updates to all entrepreneurs are recorded (\(badEN.joined(separator: "; "))), but \(Language.en.list(unknownAudience)) \(unknownAudience.count == 1 ? "has" : "have") no audience; set it with: set \(unknownAudience[0]) audience=all-entrepreneurs (or association-members, workgroup, public, other).",
                                    nl: "Er zijn te weinig voortgangsberichten aan alle ondernemers vastgelegd (\(badNL.joined(separator: "; "))), maar \(Language.nl.list(unknownAudience)) \(unknownAudience.count == 1 ? "heeft" : "hebben") geen doelgroep; vul die in met: wijzig \(unknownAudience[0]) audience=all-entrepreneurs (of association-members, workgroup, public, other)."))
        }
        if !unknownProgress.isEmpty {
            return .missing(Message(en: "Too few progress updates to all entrepreneurs are recorded (\(badEN.joined(separator: "; "))), but \(Language.en.list(unknownProgress)) \(unknownProgress.count == 1 ? "does" : "do") not say whether \(unknownProgress.count == 1 ? "it" : "they") reported progress; set it with: set \(unknownProgress[0]) progress=true (or false for an invitation or other message).",
                                    nl: "Er zijn te weinig voortgangsberichten aan alle ondernemers vastgelegd (\(badNL.joined(separator: "; "))), maar bij \(Language.nl.list(unknownProgress)) staat niet of \(unknownProgress.count == 1 ? "het" : "ze") over de voortgang \(unknownProgress.count == 1 ? "ging" : "gingen"); vul het in met: wijzig \(unknownProgress[0]) progress=true (of false voor een uitnodiging of ander bericht)."))
        }
        return .notMet(Message(en: "Not every ended plan year had \(Self.minimum) progress updates reaching all entrepreneurs: \(linesEN.joined(separator: "; ")).",
                               nl: "Niet elk afgelopen planjaar had \(Self.minimum) voortgangsberichten die alle ondernemers bereikten: \(linesNL.joined(separator: "; "))."),
                       short: Message(en: shortEN.joined(separator: "; ") + " (a message only to the association's members, or one that reports no progress such as an invitation, does not count).",
                                      nl: shortNL.joined(separator: "; ") + " (een bericht alleen aan leden van de vereniging, of een bericht zonder voortgang zoals een uitnodiging, telt niet)."))
    }
}
