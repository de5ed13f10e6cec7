import KVOModel

/// §5.2: at application the final delineation of the area is available: every park delineated and the current map delivered to the certification body before the audit.
struct AuditApplication: RuleEvaluator {
    let id = "KVO-5.2-APPLICATION"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let auditDate = c.auditDate else {
            return .notApplicable(Message(en: "No audit date is set.", nl: "Er is geen auditdatum vastgelegd."))
        }
        let parks = c.records("parks")
        guard !parks.isEmpty else {
            return .missing(Message(en: "No parks are recorded; add them with their delineation: add park \"NAME\" streets=A,B mapReference=D-n.",
                                    nl: "Er zijn geen terreinen vastgelegd; voeg ze toe met hun afbakening: voegtoe park \"NAAM\" streets=A,B mapReference=D-n."))
        }
        let undelineated = parks.compactMap { p -> (en: String, nl: String)? in
            var en: [String] = [], nl: [String] = []
            if !p.has("streets") && !p.has("postcodes") { en.append("no streets or postcodes"); nl.append("geen straten of postcodes") }
            if !p.has("mapReference") { en.append("no map reference"); nl.append("geen kaartverwijzing") }
            guard !en.isEmpty else { return nil }
            let name = p.string("name") ?? p.id
            return ("\(name) (\(en.joined(separator: ", ")))", "\(name) (\(nl.joined(separator: ", ")))")
        }
        if !undelineated.isEmpty {
            let n = undelineated.count
            return .notMet(Message(en: "The delineation is not final: \((undelineated.map(\.en)).joined(separator: ", ")).",
                                   nl: "De afbakening is niet definitief: \((undelineated.map(\.nl)).joined(separator: ", "))."),
                           short: Message(en: "complete the delineation of \(n) park\(n == 1 ? "" : "s"): set P-n streets=... mapReference=....",
                                          nl: "maak de afbakening van \(n) terrein\(n == 1 ? "" : "en") compleet: wijzig P-n streets=... mapReference=...."))
        }
        let maps = c.records("documents").filter { $0.string("type") == "map" && $0.bool("superseded") != true }
        guard !maps.isEmpty else {
            return .notMet(Message(en: "No current map of the delineation is recorded among the documents, so the final delineation cannot have been delivered at application.",
                                   nl: "Er is geen actuele kaart van de afbakening vastgelegd bij de documenten, dus de definitieve afbakening kan niet bij de aanvraag zijn aangeleverd."),
                           short: Message(en: "record and deliver the map: add document \"Map of the delineation\" type=map date=YYYY-MM-DD, then add delivery date=YYYY-MM-DD documents=D-n.",
                                          nl: "leg de kaart vast en lever hem aan: voegtoe document \"Kaart afbakening\" type=map date=JJJJ-MM-DD, daarna voegtoe delivery date=JJJJ-MM-DD documents=D-n."))
        }
        let mapIDs = Set(maps.map(\.id))
        let deliveries = c.records("deliveries")
            .compactMap { d -> (Day, Record)? in d.date("date").map { ($0, d) } }
            .filter { $0.0 <= auditDate && !mapIDs.isDisjoint(with: $0.1.strings("documents")) }
            .sorted { $0.0 < $1.0 }
        let parkWord = parks.count == 1 ? "the park has" : "all \(parks.count) parks have"
        let terreinWoord = parks.count == 1 ? "het terrein heeft" : "alle \(parks.count) terreinen hebben"
        guard let (day, delivery) = deliveries.first else {
            let ids = maps.map(\.id)
            return .notMet(Message(en: "The current map of the delineation (\(ids.joined(separator: ", "))) is in no delivery to the certification body on or before the audit on \(auditDate).",
                                   nl: "De actuele kaart van de afbakening (\(ids.joined(separator: ", "))) zit in geen aanlevering aan de certificatie-instelling op of voor de audit van \(auditDate)."),
                           short: Message(en: "deliver it with the application: add delivery date=YYYY-MM-DD documents=\(ids[0]).",
                                          nl: "lever hem aan bij de aanvraag: voegtoe delivery date=JJJJ-MM-DD documents=\(ids[0])."))
        }
        let map = delivery.strings("documents").first { mapIDs.contains($0) }!
        return .met(Message(en: "The final delineation was delivered on \(day) (\(delivery.id), map \(map)), before the audit on \(auditDate); \(parkWord) streets or postcodes and a map reference.",
                            nl: "De definitieve afbakening is aangeleverd op \(day) (\(delivery.id), kaart \(map)), voor de audit van \(auditDate); \(terreinWoord) straten of postcodes en een kaartverwijzing."))
    }
}
