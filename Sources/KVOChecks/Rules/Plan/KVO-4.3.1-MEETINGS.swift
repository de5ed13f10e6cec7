import KVOModel

/// §4.3.1: per ended plan year at least 3 workgroup meetings were held, each with its results recorded.
///
/// Results count as recorded when the meeting has minutes or decisions; the handbook's alternative,
/// "a progress report in the measures matrix", cannot be tied to a meeting in the dossier.
struct YearlyMeetings: RuleEvaluator {
    let id = "KVO-4.3.1-MEETINGS"
    static let minimum = Handbook.Workgroup.minimumMeetingsPerYear

    /// Whether a meeting's results are recorded: it has minutes or decisions.
    static func resultsRecorded(_ m: MeetingRecord) -> Bool { m.minutes != nil || !m.decisions.isEmpty }

    func evaluate(_ c: CheckContext) -> Finding {
        let (ended, why) = PlanFacts.endedYears(c)
        if let why { return why }
        let meetings = c.meetings
        var linesEN: [String] = [], linesNL: [String] = []
        var shortEN: [String] = [], shortNL: [String] = []
        for y in ended {
            let held = meetings.filter { $0.date.map(y.contains) == true }
            let recorded = held.filter(Self.resultsRecorded)
            let bare = held.filter { !Self.resultsRecorded($0) }.map(\.id)
            let bareEN = bare.isEmpty ? "" : "; \(Language.en.list(bare)) \(bare.count == 1 ? "has" : "have") no minutes or decisions"
            let bareNL = bare.isEmpty ? "" : "; \(Language.nl.list(bare)) \(bare.count == 1 ? "heeft" : "hebben") geen notulen of besluiten"
            let line = "\(y.label.en): \(Language.en.count(held.count, Noun(en: "meeting", "meetings", nl: "overleg", "overleggen"))), \(recorded.count) with recorded results\(bareEN)"
            let regel = "\(y.label.nl): \(held.count) overleg\(held.count == 1 ? "" : "gen"), \(recorded.count) met vastgelegde resultaten\(bareNL)"
            linesEN.append(line); linesNL.append(regel)
            guard recorded.count < Self.minimum else { continue }
            let more = Self.minimum - recorded.count
            shortEN.append("plan year \(y.number) needs \(more) more meeting\(more == 1 ? "" : "s") with recorded results")
            shortNL.append("planjaar \(y.number) mist nog \(more) overleg\(more == 1 ? "" : "gen") met vastgelegde resultaten")
        }
        if shortEN.isEmpty {
            return .met(Message(en: "Every ended plan year had at least \(Self.minimum) meetings with recorded results: \(linesEN.joined(separator: "; ")).",
                                nl: "Elk afgelopen planjaar had minstens \(Self.minimum) overleggen met vastgelegde resultaten: \(linesNL.joined(separator: "; "))."))
        }
        return .notMet(Message(en: "Not every ended plan year had \(Self.minimum) meetings with recorded results: \(linesEN.joined(separator: "; ")).",
                               nl: "Niet elk afgelopen planjaar had \(Self.minimum) overleggen met vastgelegde resultaten: \(linesNL.joined(separator: "; "))."),
                       short: Message(en: shortEN.joined(separator: "; ") + " (add meeting date=YYYY-MM-DD minutes=\"...\").",
                                      nl: shortNL.joined(separator: "; ") + " (voegtoe meeting date=JJJJ-MM-DD minutes=\"...\")."))
    }
}
