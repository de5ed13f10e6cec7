import KVOModel

/// §3.2: entrepreneurs are represented by an association and/or a representing organisation; in the start phase, founded within a year.
struct EntrepreneursRepresented: RuleEvaluator {
    let id = "KVO-3.2-ENTREPRENEURS"

    func evaluate(_ c: CheckContext) -> Finding {
        guard !c.parties.isEmpty else {
            return .missing(Message(en: "No parties are recorded, so it cannot be told whether the entrepreneurs are represented; add them with: add party \"NAME\" type=association.",
                                    nl: "Er zijn geen partijen vastgelegd, dus niet te zeggen of de ondernemers vertegenwoordigd zijn; voeg ze toe met: voegtoe party \"NAAM\" type=association."))
        }
        let seats = WorkgroupFacts.seats(c, types: WorkgroupFacts.representingTypes)
        let seated = seats.filter { !$0.members.isEmpty }
        if !seated.isEmpty {
            let en = seated.map { "\(Language.en.list($0.members.map(AreaFacts.name))) for \(AreaFacts.name($0.party)) (\(WorkgroupFacts.typeName($0.party.type!).en))" }
            let nl = seated.map { "\(Language.nl.list($0.members.map(AreaFacts.name))) namens \(AreaFacts.name($0.party)) (\(WorkgroupFacts.typeName($0.party.type!).nl))" }
            return .met(Message(en: "The entrepreneurs are represented in the workgroup by \(en.joined(separator: "; ")).",
                                nl: "De ondernemers zijn in de werkgroep vertegenwoordigd door \(nl.joined(separator: "; "))."))
        }
        if !seats.isEmpty {
            // The organisation exists, so this is no start phase: it only needs to send someone.
            return .notMet(Message(en: "The entrepreneurs are not represented: \(WorkgroupFacts.empty(seats, .en)) \(seats.count == 1 ? "has" : "have") no member in the workgroup.",
                                   nl: "De ondernemers zijn niet vertegenwoordigd: \(WorkgroupFacts.empty(seats, .nl)) \(seats.count == 1 ? "heeft" : "hebben") geen lid in de werkgroep."),
                           short: Message(en: "Add its representative: add member \"NAME\" party=\(seats[0].party.id).",
                                          nl: "Voeg de vertegenwoordiger toe: voegtoe member \"NAAM\" party=\(seats[0].party.id)."))
        }
        // Start phase: neither exists yet; one must be founded within one year of the start date. A
        // recorded startPhaseDeadline counts only when it is earlier than start + 1 year.
        let organisation = c.organisation
        let deadlines = [organisation.started.map(Handbook.Workgroup.startPhaseDeadline(started:)), organisation.startPhaseDeadline].compactMap { $0 }
        guard let deadline = deadlines.min() else {
            return .missing(Message(en: "No entrepreneurs' association or representing organisation is in the workgroup, and neither the start date nor the start-phase deadline is recorded; set organisation started=YYYY-MM-DD, or add party \"NAME\" type=association.",
                                    nl: "Er zit geen ondernemersvereniging of belangenorganisatie in de werkgroep, en startdatum noch deadline van de startfase is vastgelegd; wijzig organisation started=JJJJ-MM-DD, of voegtoe party \"NAAM\" type=association."))
        }
        let days = c.asOf.days(until: deadline)
        let todoEN = "found an entrepreneurs' association or make an agreement with an organisation that represents them, then: add party \"NAME\" type=association (or type=representative) and add member \"NAME\" party=PA-n"
        let todoNL = "richt een ondernemersvereniging op of sluit een overeenkomst met een organisatie die de ondernemers vertegenwoordigt, daarna: voegtoe party \"NAAM\" type=association (of type=representative) en voegtoe member \"NAAM\" party=PA-n"
        if days >= 0 {
            return .advice(Message(en: "No entrepreneurs' association or representing organisation is in the workgroup yet (start phase); one must be founded by \(deadline), \(Language.en.count(days, Noun(en: "day", "days", nl: "dag", "dagen"))) from \(c.asOf).",
                                   nl: "Er zit nog geen ondernemersvereniging of belangenorganisatie in de werkgroep (startfase); die moet uiterlijk \(deadline) zijn opgericht, over \(Language.nl.count(days, Noun(en: "day", "days", nl: "dag", "dagen"))) vanaf \(c.asOf)."),
                           short: Message(en: "By \(deadline): \(todoEN).", nl: "Uiterlijk \(deadline): \(todoNL)."))
        }
        return .notMet(Message(en: "No entrepreneurs' association or representing organisation is in the workgroup, and the start-phase deadline \(deadline) passed \(Language.en.count(-days, Noun(en: "day", "days", nl: "dag", "dagen"))) before \(c.asOf).",
                               nl: "Er zit geen ondernemersvereniging of belangenorganisatie in de werkgroep, en de deadline van de startfase \(deadline) is \(Language.nl.count(-days, Noun(en: "day", "days", nl: "dag", "dagen"))) vóór \(c.asOf) verstreken."),
                       short: Message(en: "Overdue since \(deadline): \(todoEN).", nl: "Te laat sinds \(deadline): \(todoNL)."))
    }
}
