import KVOModel

/// §3.1: adjacent locations of influence are recorded apart from the area and not counted as part of it.
struct AdjacentMarked: RuleEvaluator {
    let id = "KVO-3.1-ADJACENT-MARKED"

    private static let typeNL = ["sports": "sport", "station": "station", "school": "school", "recreation": "recreatie",
                                 "housing": "wonen", "other": "overig"]

    // Whether they are also marked on the map cannot be seen in the dossier (no field says so).
    func evaluate(_ c: CheckContext) -> Finding {
        let adjacent = c.records("adjacent")
        guard !adjacent.isEmpty else {
            // None recorded may mean none of influence exist; the dossier cannot tell, so this is not a pass.
            return .missing(Message(en: "No adjacent locations of influence (sports parks, stations, schools, recreation) are recorded; add them with: add adjacent \"NAME\" type=sports note=\"WHY\" (or waive KVO-3.1-ADJACENT-MARKED if there are none).",
                                    nl: "Er zijn geen aangrenzende locaties van invloed (sportparken, stations, scholen, recreatie) vastgelegd; voeg ze toe met: voegtoe adjacent \"NAAM\" type=sports note=\"WAAROM\" (of verleen ontheffing voor KVO-3.1-ADJACENT-MARKED als die er niet zijn)."))
        }
        // Counted as part of the area: the same place is also recorded as a park.
        let parks = c.records("parks")
        var counted: [(place: String, park: String)] = []
        for place in adjacent {
            let n = AreaFacts.normalised(AreaFacts.name(place))
            if let park = parks.first(where: { p in
                [p.string("name"), p.string("formalName")].compactMap { $0 }.contains { AreaFacts.normalised($0) == n }
            }) {
                counted.append((AreaFacts.name(place), "\(AreaFacts.name(park)) (\(park.id))"))
            }
        }
        if !counted.isEmpty {
            let en = counted.map { "\($0.place) is also recorded as park \($0.park)" }
            let nl = counted.map { "\($0.place) staat ook als terrein \($0.park) vastgelegd" }
            return .notMet(Message(en: "Adjacent locations are counted as part of the area: \(en.joined(separator: "; ")).",
                                   nl: "Aangrenzende locaties worden tot het gebied gerekend: \(nl.joined(separator: "; "))."),
                           short: Message(en: "Adjacent locations are not part of the area: remove \(Language.en.list(counted.map(\.park))) from the parks, or the location from the adjacent list.",
                                          nl: "Aangrenzende locaties horen niet bij het gebied: verwijder \(Language.nl.list(counted.map(\.park))) uit de terreinen, of de locatie uit de aangrenzende locaties."))
        }
        let en = adjacent.map { "\(AreaFacts.name($0)) (\($0.string("type") ?? "type not given"))" }
        let nl = adjacent.map { a in "\(AreaFacts.name(a)) (\(a.string("type").map { Self.typeNL[$0] ?? $0 } ?? "soort niet opgegeven"))" }
        return .met(Message(en: "\(adjacent.count) adjacent locations of influence are recorded apart from the area and not counted in it: \(en.joined(separator: ", ")).",
                            nl: "\(adjacent.count) aangrenzende locaties van invloed zijn apart van het gebied vastgelegd en tellen niet mee: \(nl.joined(separator: ", "))."))
    }
}
