import KVOModel

/// §5.2: at application the final delineation of the area is available: every park delineated and the current map delivered to the certification body at application.
///
/// "Bij de aanvraag voor de KVO-audit zal ... minimaal de definitieve afbakening van het gebied als
/// bijlage beschikbaar zijn": the map must be in a delivery dated on or before the audit's
/// application date (`applied`, kvo-dossier/2). Where the application date is not recorded, kvo
/// keeps its earlier reading: a delivery on or before the audit date.
struct AuditApplication: RuleEvaluator {
    let id = "KVO-5.2-APPLICATION"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let audit = c.latestAudit, let auditDate = audit.date else {
            return .notApplicable(Message(en: "No audit date is set.", nl: "Er is geen auditdatum vastgelegd."))
        }
        let parks = c.parks
        guard !parks.isEmpty else {
            return .missing(Message(en: "No parks are recorded; add them with their delineation: add park \"NAME\" streets=A,B mapReference=D-n.",
                                    nl: "Er zijn geen terreinen vastgelegd; voeg ze toe met hun afbakening: voegtoe park \"NAAM\" streets=A,B mapReference=D-n."))
        }
        let undelineated = parks.compactMap { p -> (en: String, nl: String)? in
            var en: [String] = [], nl: [String] = []
            if p.streets.isEmpty && p.postcodes.isEmpty { en.append("no streets or postcodes"); nl.append("geen straten of postcodes") }
            if p.mapReference == nil { en.append("no map reference"); nl.append("geen kaartverwijzing") }
            guard !en.isEmpty else { return nil }
            let name = p.name ?? p.id
            return ("\(name) (\(en.joined(separator: ", ")))", "\(name) (\(nl.joined(separator: ", ")))")
        }
        if !undelineated.isEmpty {
            let n = undelineated.count
            return .notMet(Message(en: "The delineation is not final: \((undelineated.map(\.en)).joined(separator: ", ")).",
                                   nl: "De afbakening is niet definitief: \((undelineated.map(\.nl)).joined(separator: ", "))."),
                           short: Message(en: "complete the delineation of \(n) park\(n == 1 ? "" : "s"): set P-n streets=... mapReference=....",
                                          nl: "maak de afbakening van \(n) terrein\(n == 1 ? "" : "en") compleet: wijzig P-n streets=... mapReference=...."))
        }
        let maps = c.documents.filter { $0.type == .map && $0.superseded != true }
        guard !maps.isEmpty else {
            return .notMet(Message(en: "No current map of the delineation is recorded among the documents, so the final delineation cannot have been delivered at application.",
                                   nl: "Er is geen actuele kaart van de afbakening vastgelegd bij de documenten, dus de definitieve afbakening kan niet bij de aanvraag zijn aangeleverd."),
                           short: Message(en: "record and deliver the map: add document \"Map of the delineation\" type=map date=YYYY-MM-DD, then add delivery date=YYYY-MM-DD documents=D-n.",
                                          nl: "leg de kaart vast en lever hem aan: voegtoe document \"Kaart afbakening\" type=map date=JJJJ-MM-DD, daarna voegtoe delivery date=JJJJ-MM-DD documents=D-n."))
        }
        let mapIDs = Set(maps.map(\.id))
        let deliveries = c.deliveries
            .compactMap { d -> (day: Day, record: DeliveryRecord)? in d.date.map { ($0, d) } }
            .filter { $0.day <= auditDate && !mapIDs.isDisjoint(with: $0.record.documents) }
            .sorted { $0.day < $1.day }
        let parkWord = parks.count == 1 ? "the park has" : "all \(parks.count) parks have"
        let terreinWoord = parks.count == 1 ? "het terrein heeft" : "alle \(parks.count) terreinen hebben"
        let ids = maps.map(\.id)
        if let applied = audit.applied {
            return Self.judge(deliveries, mapIDs, applied: applied, audit: audit.id, on: auditDate, ids: ids, (parkWord, terreinWoord))
        }
        guard let (day, delivery) = deliveries.first else {
            return .notMet(Message(en: "The current map of the delineation (\(ids.joined(separator: ", "))) is in no delivery to the certification body on or before the audit on \(auditDate).",
                                   nl: "De actuele kaart van de afbakening (\(ids.joined(separator: ", "))) zit in geen aanlevering aan de certificatie-instelling op of voor de audit van \(auditDate)."),
                           short: Message(en: "deliver it with the application: add delivery date=YYYY-MM-DD documents=\(ids[0]).",
                                          nl: "lever hem aan bij de aanvraag: voegtoe delivery date=JJJJ-MM-DD documents=\(ids[0])."))
        }
        let map = delivery.documents.first { mapIDs.contains($0) }!
        return .met(Message(en: "The final delineation was delivered on \(day) (\(delivery.id), map \(map)), before the audit on \(auditDate); \(parkWord) streets or postcodes and a map reference.",
                            nl: "De definitieve afbakening is aangeleverd op \(day) (\(delivery.id), kaart \(map)), voor de audit van \(auditDate); \(terreinWoord) straten of postcodes en een kaartverwijzing."))
    }

    /// The verdict when the application date is recorded: the map must be delivered by then.
    static func judge(_ deliveries: [(day: Day, record: DeliveryRecord)], _ mapIDs: Set<String>, applied: Day, audit: String, on auditDate: Day,
                      ids: [String], _ parks: (en: String, nl: String)) -> Finding {
        guard let (day, delivery) = deliveries.first(where: { $0.day <= applied }) else {
            let late = deliveries.first.map { " (it was delivered only on \($0.day), \($0.record.id))" } ?? ""
            let laat = deliveries.first.map { " (hij is pas op \($0.day) aangeleverd, \($0.record.id))" } ?? ""
            return .notMet(Message(en: "The current map of the delineation (\(ids.joined(separator: ", "))) is in no delivery to the certification body on or before the application of \(audit) on \(applied)\(late).",
                                   nl: "De actuele kaart van de afbakening (\(ids.joined(separator: ", "))) zit in geen aanlevering aan de certificatie-instelling op of voor de aanvraag van \(audit) op \(applied)\(laat)."),
                           short: Message(en: "the final delineation belongs with the application: deliver the map with it (add delivery date=YYYY-MM-DD documents=\(ids[0])), or correct the application date (set \(audit) applied=YYYY-MM-DD).",
                                          nl: "de definitieve afbakening hoort bij de aanvraag: lever de kaart daarbij aan (voegtoe delivery date=JJJJ-MM-DD documents=\(ids[0])), of corrigeer de aanvraagdatum (wijzig \(audit) applied=JJJJ-MM-DD)."))
        }
        let map = delivery.documents.first { mapIDs.contains($0) }!
        return .met(Message(en: "The final delineation was delivered on \(day) (\(delivery.id), map \(map)), by the application on \(applied) for the audit on \(auditDate); \(parks.en) streets or postcodes and a map reference.",
                            nl: "De definitieve afbakening is aangeleverd op \(day) (\(delivery.id), kaart \(map)), uiterlijk bij de aanvraag op \(applied) voor de audit van \(auditDate); \(parks.nl) straten of postcodes en een kaartverwijzing."))
    }
}
