import KVOModel

/// §5.2: at application the final delineation of the area is available: every park delineated and the current map delivered to the certification body before the audit.
struct AuditApplication: RuleEvaluator {
    let id = "KVO-5.2-APPLICATION"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let auditDate = c.auditDate else {
            return .notApplicable(both("No audit date is set.", "Er is geen auditdatum vastgelegd."))
        }
        let parks = c.records("parks")
        guard !parks.isEmpty else {
            return .missing(both("No parks are recorded; add them with their delineation: add park \"NAME\" streets=A,B mapReference=D-n.",
                                 "Er zijn geen terreinen vastgelegd; voeg ze toe met hun afbakening: add park \"NAAM\" streets=A,B mapReference=D-n."))
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
            return .notMet(both("The delineation is not final: \(AuditRules.list(undelineated.map(\.en))).",
                                "De afbakening is niet definitief: \(AuditRules.list(undelineated.map(\.nl)))."),
                           short: both("complete the delineation of \(n) park\(n == 1 ? "" : "s"): set P-n streets=... mapReference=....",
                                       "maak de afbakening van \(n) terrein\(n == 1 ? "" : "en") compleet: set P-n streets=... mapReference=...."))
        }
        let maps = c.records("documents").filter { $0.string("type") == "map" && $0.bool("superseded") != true }
        guard !maps.isEmpty else {
            return .notMet(both("No current map of the delineation is recorded among the documents, so the final delineation cannot have been delivered at application.",
                                "Er is geen actuele kaart van de afbakening vastgelegd bij de documenten, dus de definitieve afbakening kan niet bij de aanvraag zijn aangeleverd."),
                           short: both("record and deliver the map: add document \"Map of the delineation\" type=map date=YYYY-MM-DD, then add delivery date=YYYY-MM-DD documents=D-n.",
                                       "leg de kaart vast en lever hem aan: add document \"Kaart afbakening\" type=map date=JJJJ-MM-DD, daarna add delivery date=JJJJ-MM-DD documents=D-n."))
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
            return .notMet(both("The current map of the delineation (\(AuditRules.list(ids))) is in no delivery to the certification body on or before the audit on \(auditDate).",
                                "De actuele kaart van de afbakening (\(AuditRules.list(ids))) zit in geen aanlevering aan de certificatie-instelling op of voor de audit van \(auditDate)."),
                           short: both("deliver it with the application: add delivery date=YYYY-MM-DD documents=\(ids[0]).",
                                       "lever hem aan bij de aanvraag: add delivery date=JJJJ-MM-DD documents=\(ids[0])."))
        }
        let map = delivery.strings("documents").first { mapIDs.contains($0) }!
        return .met(both("The final delineation was delivered on \(day) (\(delivery.id), map \(map)), before the audit on \(auditDate); \(parkWord) streets or postcodes and a map reference.",
                         "De definitieve afbakening is aangeleverd op \(day) (\(delivery.id), kaart \(map)), voor de audit van \(auditDate); \(terreinWoord) straten of postcodes en een kaartverwijzing."))
    }
}
