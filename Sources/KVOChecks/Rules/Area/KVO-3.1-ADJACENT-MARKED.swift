import KVOModel

/// §3.1: adjacent locations of influence are recorded apart from the area, marked separately on the map, and not counted as part of it.
struct AdjacentMarked: RuleEvaluator {
    let id = "KVO-3.1-ADJACENT-MARKED"

    private static func typeNL(_ type: AdjacentRecord.Kind) -> String {
        switch type {
        case .sports: "sport"
        case .station: "station"
        case .school: "school"
        case .recreation: "recreatie"
        case .housing: "wonen"
        case .other: "overig"
        }
    }

    // §3.1: "Deze aangrenzende locaties doen niet mee binnen het KVO-gebied maar worden apart
    // gemarkeerd op de kaart." adjacent.onMap says whether one is; a location marked onMap=false
    // fails. Where onMap is not recorded (every /1 dossier, which had no such field) the rule falls
    // back to what it judged before the field existed: recorded apart and not counted as a park.
    func evaluate(_ c: CheckContext) -> Finding {
        let adjacent = c.adjacent
        guard !adjacent.isEmpty else {
            // None recorded may mean none of influence exist; the dossier cannot tell, so this is not a pass.
            return .missing(Message(en: "No adjacent locations of influence (sports parks, stations, schools, recreation) are recorded; add them with: add adjacent \"NAME\" type=sports note=\"WHY\" (or waive KVO-3.1-ADJACENT-MARKED if there are none).",
                                    nl: "Er zijn geen aangrenzende locaties van invloed (sportparken, stations, scholen, recreatie) vastgelegd; voeg ze toe met: voegtoe adjacent \"NAAM\" type=sports note=\"WAAROM\" (of verleen ontheffing voor KVO-3.1-ADJACENT-MARKED als die er niet zijn)."))
        }
        if let counted = Self.countedAsParks(adjacent, c.parks) { return counted }
        let unmarked = adjacent.filter { $0.onMap == false }
        if !unmarked.isEmpty {
            let names = unmarked.map { "\(AreaFacts.name($0)) (\($0.id))" }
            return .notMet(Message(en: "\(unmarked.count) of \(adjacent.count) adjacent locations \(unmarked.count == 1 ? "is" : "are") not marked separately on the area's map: \(Language.en.list(names)).",
                                   nl: "\(unmarked.count) van \(adjacent.count) aangrenzende locaties \(unmarked.count == 1 ? "is" : "zijn") niet apart gemarkeerd op de kaart van het gebied: \(Language.nl.list(names))."),
                           short: Message(en: "Mark \(Language.en.list(unmarked.map(AreaFacts.name))) separately on the map, then: set \(unmarked[0].id) onMap=true.",
                                          nl: "Markeer \(Language.nl.list(unmarked.map(AreaFacts.name))) apart op de kaart, daarna: wijzig \(unmarked[0].id) onMap=true."))
        }
        let en = adjacent.map { "\(AreaFacts.name($0)) (\($0.type?.rawValue ?? "type not given"))" }
        let nl = adjacent.map { a in "\(AreaFacts.name(a)) (\(a.type.map(Self.typeNL) ?? "soort niet opgegeven"))" }
        let marked = adjacent.filter { $0.onMap == true }, unknown = adjacent.filter { $0.onMap == nil }
        if marked.isEmpty {
            return .met(Message(en: "\(adjacent.count) adjacent locations of influence are recorded apart from the area and not counted in it: \(en.joined(separator: ", ")).",
                                nl: "\(adjacent.count) aangrenzende locaties van invloed zijn apart van het gebied vastgelegd en tellen niet mee: \(nl.joined(separator: ", "))."))
        }
        let mapEN = unknown.isEmpty ? "all marked separately on the map"
            : "marked separately on the map: \(Language.en.list(marked.map(AreaFacts.name))); not recorded for \(Language.en.list(unknown.map(AreaFacts.name))) (set \(unknown[0].id) onMap=true)"
        let mapNL = unknown.isEmpty ? "alle apart gemarkeerd op de kaart"
            : "apart gemarkeerd op de kaart: \(Language.nl.list(marked.map(AreaFacts.name))); niet vastgelegd voor \(Language.nl.list(unknown.map(AreaFacts.name))) (wijzig \(unknown[0].id) onMap=true)"
        return .met(Message(en: "\(adjacent.count) adjacent locations of influence are recorded apart from the area and not counted in it: \(en.joined(separator: ", ")); \(mapEN).",
                            nl: "\(adjacent.count) aangrenzende locaties van invloed zijn apart van het gebied vastgelegd en tellen niet mee: \(nl.joined(separator: ", ")); \(mapNL)."))
    }

    /// Not met when an adjacent location is counted as part of the area: the same place is also
    /// recorded as a park (by name or formal name).
    static func countedAsParks(_ adjacent: [AdjacentRecord], _ parks: [ParkRecord]) -> Finding? {
        var counted: [(place: String, park: String)] = []
        guard !adjacent.isEmpty else { return nil }
        // Each park's names normalised once, not once per adjacent location.
        let parkNames = parks.map { p in (park: p, names: [p.name, p.formalName].compactMap { $0 }.map(AreaFacts.normalised)) }
        for place in adjacent {
            let n = AreaFacts.normalised(AreaFacts.name(place))
            if let park = parkNames.first(where: { $0.names.contains(n) })?.park {
                counted.append((AreaFacts.name(place), "\(AreaFacts.name(park)) (\(park.id))"))
            }
        }
        guard !counted.isEmpty else { return nil }
        let en = counted.map { "\($0.place) is also recorded as park \($0.park)" }
        let nl = counted.map { "\($0.place) staat ook als terrein \($0.park) vastgelegd" }
        return .notMet(Message(en: "Adjacent locations are counted as part of the area: \(en.joined(separator: "; ")).",
                               nl: "Aangrenzende locaties worden tot het gebied gerekend: \(nl.joined(separator: "; "))."),
                       short: Message(en: "Adjacent locations are not part of the area: remove \(Language.en.list(counted.map(\.park))) from the parks, or the location from the adjacent list.",
                                      nl: "Aangrenzende locaties horen niet bij het gebied: verwijder \(Language.nl.list(counted.map(\.park))) uit de terreinen, of de locatie uit de aangrenzende locaties."))
    }
}
