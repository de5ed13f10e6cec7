import KVOModel

/// §3.1: every park has a name and a street-level delineation (streets and/or postcode ranges) with a map reference.
struct AreaDelineated: RuleEvaluator {
    let id = "KVO-3.1-AREA-DELINEATED"

    func evaluate(_ c: CheckContext) -> Finding {
        let parks = c.parks
        guard !parks.isEmpty else {
            return .missing(Message(en: "No parks are recorded; add them with: add park \"NAME\" streets=STREET,STREET mapReference=\"MAP\".",
                                    nl: "Er zijn geen terreinen vastgelegd; voeg ze toe met: voegtoe park \"NAAM\" streets=STRAAT,STRAAT mapReference=\"KAART\"."))
        }
        var evidenceEN: [String] = [], evidenceNL: [String] = []
        var gapsEN: [String] = [], gapsNL: [String] = [], commandsEN: [String] = [], commandsNL: [String] = []
        for park in parks {
            let name = AreaFacts.name(park)
            let streets = park.streets.count, postcodes = park.postcodes.count
            var lackEN: [String] = [], lackNL: [String] = [], setEN: [String] = [], setNL: [String] = []
            if park.name == nil {
                lackEN.append("a name"); lackNL.append("een naam"); setEN.append("name=\"NAME\""); setNL.append("name=\"NAAM\"")
            }
            if streets == 0 && postcodes == 0 {
                lackEN.append("a street list or postcode ranges"); lackNL.append("een stratenlijst of postcodereeksen")
                setEN.append("streets=STREET,STREET"); setNL.append("streets=STRAAT,STRAAT")
            }
            if park.mapReference == nil {
                lackEN.append("a map reference"); lackNL.append("een kaartverwijzing"); setEN.append("mapReference=\"MAP\""); setNL.append("mapReference=\"KAART\"")
            }
            if lackEN.isEmpty {
                evidenceEN.append("\(name) (\(Language.en.count(streets, Noun(en: "street", "streets", nl: "straat", "straten"))), \(Language.en.count(postcodes, Noun(en: "postcode range", "postcode ranges", nl: "postcodereeks", "postcodereeksen"))))")
                evidenceNL.append("\(name) (\(Language.nl.count(streets, Noun(en: "street", "streets", nl: "straat", "straten"))), \(Language.nl.count(postcodes, Noun(en: "postcode range", "postcode ranges", nl: "postcodereeks", "postcodereeksen"))))")
            } else {
                gapsEN.append("\(name) lacks \(Language.en.list(lackEN))")
                gapsNL.append("\(name) mist \(Language.nl.list(lackNL))")
                commandsEN.append("set \(park.id) " + setEN.joined(separator: " "))
                commandsNL.append("wijzig \(park.id) " + setNL.joined(separator: " "))
            }
        }
        if gapsEN.isEmpty {
            return .met(Message(en: "Every park is delineated at street level with a map reference: \(evidenceEN.joined(separator: ", ")).",
                                nl: "Elk terrein is op straatniveau afgebakend met een kaartverwijzing: \(evidenceNL.joined(separator: ", "))."))
        }
        return .notMet(Message(en: "\(gapsEN.count) of \(parks.count) parks \(gapsEN.count == 1 ? "is" : "are") not delineated at street level with a map reference: \(gapsEN.joined(separator: "; ")).",
                               nl: "\(gapsNL.count) van \(parks.count) terreinen \(gapsNL.count == 1 ? "is" : "zijn") niet op straatniveau afgebakend met een kaartverwijzing: \(gapsNL.joined(separator: "; "))."),
                       short: Message(en: "Record the missing delineation: \(commandsEN.joined(separator: "; ")).",
                                      nl: "Leg de ontbrekende afbakening vast: \(commandsNL.joined(separator: "; "))."))
    }
}
