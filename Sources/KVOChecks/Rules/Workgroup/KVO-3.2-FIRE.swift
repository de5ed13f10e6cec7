import KVOModel

/// §3.2: the fire brigade is represented, from the safety region or else by a municipal fire-prevention specialist.
struct FireBrigadeRepresented: RuleEvaluator {
    let id = "KVO-3.2-FIRE"

    func evaluate(_ c: CheckContext) -> Finding {
        guard !c.parties.isEmpty else {
            return .missing(Message(en: "No parties are recorded, so it cannot be told whether the fire brigade is represented; add it with: add party \"NAME\" type=fire-region.",
                                    nl: "Er zijn geen partijen vastgelegd, dus niet te zeggen of de brandweer vertegenwoordigd is; voeg haar toe met: voegtoe party \"NAAM\" type=fire-region."))
        }
        let region = WorkgroupFacts.seats(c, types: [.fireRegion])
        if region.contains(where: { !$0.members.isEmpty }) {
            return .met(Message(en: "The fire brigade is represented from the safety region by \(WorkgroupFacts.seated(region, .en)).",
                                nl: "De brandweer is vanuit de veiligheidsregio vertegenwoordigd door \(WorkgroupFacts.seated(region, .nl))."))
        }
        // The handbook's fallback "indien dat niet lukt": a municipal fire-prevention specialist. An
        // allowed alternative, so met; the message says it is the fallback.
        let municipal = WorkgroupFacts.seats(c, types: [.fireMunicipal])
        if municipal.contains(where: { !$0.members.isEmpty }) {
            return .met(Message(en: "The fire brigade is represented by a municipal fire-prevention specialist, the handbook's fallback when the safety region cannot take part: \(WorkgroupFacts.seated(municipal, .en)).",
                                nl: "De brandweer is vertegenwoordigd door een gemeentelijk specialist brandpreventie, de terugvaloptie van het handboek als de veiligheidsregio niet kan deelnemen: \(WorkgroupFacts.seated(municipal, .nl))."))
        }
        let seats = region + municipal
        if seats.isEmpty {
            let none = WorkgroupFacts.noneOfParties(c.parties.count, isOfType: PartyRecord.Kind.fireRegion.rawValue)
            return .notMet(Message(en: "The fire brigade is not represented: \(none.en) or fire-municipal.",
                                   nl: "De brandweer is niet vertegenwoordigd: \(none.nl) of fire-municipal."),
                           short: Message(en: "Add the safety region's fire brigade and its representative: add party \"NAME\" type=fire-region, then add member \"NAME\" party=PA-n (type=fire-municipal for a municipal fire-prevention specialist if the region cannot take part).",
                                          nl: "Voeg de brandweer van de veiligheidsregio en haar vertegenwoordiger toe: voegtoe party \"NAAM\" type=fire-region, daarna voegtoe member \"NAAM\" party=PA-n (type=fire-municipal voor een gemeentelijk specialist brandpreventie als de regio niet kan deelnemen)."))
        }
        return .notMet(Message(en: "The fire brigade is not represented: \(WorkgroupFacts.empty(seats, .en)) \(seats.count == 1 ? "has" : "have") no member in the workgroup.",
                               nl: "De brandweer is niet vertegenwoordigd: \(WorkgroupFacts.empty(seats, .nl)) \(seats.count == 1 ? "heeft" : "hebben") geen lid in de werkgroep."),
                       short: Message(en: "Add its representative: add member \"NAME\" party=\(seats[0].party.id).",
                                      nl: "Voeg de vertegenwoordiger toe: voegtoe member \"NAAM\" party=\(seats[0].party.id)."))
    }
}
