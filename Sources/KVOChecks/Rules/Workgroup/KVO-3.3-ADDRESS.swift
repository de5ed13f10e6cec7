import KVOModel

/// §3.3: the collaboration has a correspondence address: name, address and place (organisation.name/address/place).
struct CorrespondenceAddress: RuleEvaluator {
    let id = "KVO-3.3-ADDRESS"

    // The rule asks for name, address and place; the postcode is shown when recorded but not required.
    func evaluate(_ c: CheckContext) -> Finding {
        let o = c.section("organisation")
        let parts: [(field: String, en: String, nl: String)] = [("name", "name", "naam"), ("address", "street and number", "straat en huisnummer"),
                                                               ("place", "place", "plaats")]
        let lacking = parts.filter { o.string($0.field) == nil }
        if lacking.isEmpty {
            let place = [o.string("postcode"), o.string("place")].compactMap { $0 }.joined(separator: " ")
            let address = "\(o.string("name")!), \(o.string("address")!), \(place)"
            return .met(Message(en: "The collaboration's correspondence address is \(address).",
                                nl: "Het correspondentieadres van het samenwerkingsverband is \(address)."))
        }
        let set = lacking.map { "\($0.field)=\"\($0.field.uppercased())\"" }.joined(separator: " ")
        return .notMet(Message(en: "The collaboration's correspondence address lacks the \(Language.en.list(lacking.map(\.en))).",
                               nl: "Het correspondentieadres van het samenwerkingsverband mist \(Language.nl.list(lacking.map(\.nl)))."),
                       short: Message(en: "Fill it in: set organisation \(set).", nl: "Vul het in: wijzig organisation \(set)."))
    }
}
