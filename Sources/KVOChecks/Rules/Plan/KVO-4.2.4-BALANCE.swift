import KVOModel

/// §4.2.4: measures are spread evenly over the parties: each party's share, flagging a party with none or with more than half.
///
/// Dropped measures do not count; measures without a party are mentioned but not shared out.
struct MeasureBalance: RuleEvaluator {
    let id = "KVO-4.2.4-BALANCE"

    func evaluate(_ c: CheckContext) -> Finding {
        let parties = c.parties
        guard !parties.isEmpty else {
            return .missing(Message(en: "No parties are recorded; add them with: add party \"NAME\" type=municipality.",
                                    nl: "Er zijn geen partijen vastgelegd; voeg ze toe met: voegtoe party \"NAAM\" type=municipality."))
        }
        let measures = c.measures.filter { !PlanFacts.dropped($0) }
        guard !measures.isEmpty else {
            return .missing(Message(en: "No measures are recorded; add them with: add measure \"TITLE\" party=PA-1 goal=G-1 quarters=2025Q2.",
                                    nl: "Er zijn geen maatregelen vastgelegd; voeg ze toe met: voegtoe measure \"TITEL\" party=PA-1 goal=G-1 quarters=2025Q2."))
        }
        let perParty = Self.perParty(measures, parties)
        let total = perParty.values.reduce(0, +)
        let unassigned = measures.count - total
        guard total > 0 else {
            return .missing(Message(en: "None of the \(measures.count) measures names a party of the workgroup; set them with: set M-n party=PA-n.",
                                    nl: "Geen van de \(measures.count) maatregelen noemt een partij van de werkgroep; vul ze in met: wijzig M-n party=PA-n."))
        }
        var sharesEN: [String] = [], sharesNL: [String] = [], none: [String] = []
        var over: (name: String, count: Int)?
        for p in parties {
            let n = perParty[p.id] ?? 0
            let name = PlanFacts.named(p.id, p.name)
            sharesEN.append("\(name) \(n) (\(Language.en.percent(n, of: total)))")
            sharesNL.append("\(name) \(n) (\(Language.nl.percent(n, of: total)))")
            if n == 0 { none.append(name) }
            if n * 2 > total { over = (name, n) }
        }
        let unassignedEN = unassigned == 0 ? "" : "; \(Language.en.count(unassigned, Noun(en: "measure has", "measures have", nl: "maatregel heeft", "maatregelen hebben"))) no party"
        let unassignedNL = unassigned == 0 ? "" : "; \(unassigned) maatregel\(unassigned == 1 ? " heeft" : "en hebben") geen partij"
        let shareEN = "Measures per party (\(total) with a party\(unassignedEN)): \(sharesEN.joined(separator: ", "))"
        let shareNL = "Maatregelen per partij (\(total) met een partij\(unassignedNL)): \(sharesNL.joined(separator: ", "))"
        if none.isEmpty && over == nil {
            return .met(Message(en: "\(shareEN); every party has measures and none has more than half.",
                                nl: "\(shareNL); elke partij heeft maatregelen en geen enkele meer dan de helft."))
        }
        var shortEN: [String] = [], shortNL: [String] = []
        if !none.isEmpty {
            shortEN.append("\(Language.en.list(none)) \(none.count == 1 ? "has" : "have") no measure")
            shortNL.append("\(Language.nl.list(none)) \(none.count == 1 ? "heeft" : "hebben") geen maatregel")
        }
        if let (name, n) = over {
            let excess = n - total / 2
            shortEN.append("\(name) carries more than half (\(n) of \(total)); move at least \(excess) to other parties")
            shortNL.append("\(name) draagt meer dan de helft (\(n) van \(total)); verschuif er minstens \(excess) naar andere partijen")
        }
        return .notMet(Message(en: "\(shareEN); the spread is uneven.", nl: "\(shareNL); de verdeling is ongelijk."),
                       short: Message(en: shortEN.joined(separator: "; ") + ".", nl: shortNL.joined(separator: "; ") + "."))
    }

    /// How many measures name each party of the workgroup, each measure's party read once:
    /// reading it again for every party was 0.25 M instructions a dossier (callgrind, 20 example
    /// dossiers). The parties' IDs are read as the search for a measure's party first reaches
    /// them, so `check --trail` lists the reads in the order it always has.
    static func perParty(_ measures: [MeasureRecord], _ parties: [PartyRecord]) -> [String: Int] {
        var ids: [String] = []
        var counts: [String: Int] = [:]
        for m in measures {
            guard let p = m.party else { continue }
            var found = ids.contains(p)
            while !found && ids.count < parties.count {
                ids.append(parties[ids.count].id)
                found = ids[ids.count - 1] == p
            }
            if found { counts[p, default: 0] += 1 }
        }
        return counts
    }
}
