import KVOModel

/// §3.3: the collaboration has a correspondence address: name, address and place (organisation.name/address/place).
struct CorrespondenceAddress: RuleEvaluator {
    let id = "KVO-3.3-ADDRESS"

    // The rule asks for name, address and place; the postcode is shown when recorded but not required.
    func evaluate(_ c: CheckContext) -> Finding {
        let o = c.organisation
        typealias Field = OrganisationRecord.Field
        let parts: [(field: String, value: String?, en: String, nl: String)] = [
            (Field.name, o.name, "name", "naam"), (Field.address, o.address, "street and number", "straat en huisnummer"),
            (Field.place, o.place, "place", "plaats"),
        ]
        let lacking = parts.filter { $0.value == nil }
        if let name = o.name, let street = o.address, lacking.isEmpty {
            let place = [o.postcode, o.place].compactMap { $0 }.joined(separator: " ")
            let address = "\(name), \(street), \(place)"
            return .met(Message(en: "The collaboration's correspondence address is \(address).",
                                nl: "Het correspondentieadres van het samenwerkingsverband is \(address)."))
        }
        let set = lacking.map { "\($0.field)=\"\($0.field.uppercased())\"" }.joined(separator: " ")
        return .notMet(Message(en: "The collaboration's correspondence address lacks the \(Language.en.list(lacking.map(\.en))).",
                               nl: "Het correspondentieadres van het samenwerkingsverband mist \(Language.nl.list(lacking.map(\.nl)))."),
                       short: Message(en: "Fill it in: set organisation \(set).", nl: "Vul het in: wijzig organisation \(set)."))
    }
}
