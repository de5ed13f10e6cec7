/// What each kind of party is called, once for every layer (the composition report, the
/// workgroup rules): the handbook's words (§3.2), "ondernemersvereniging", "gemeente", "politie",
/// the fire brigade "vanuit de Veiligheidsregio" or a municipal specialist in fire prevention.
extension PartyRecord.Kind {
    public var label: Message {
        switch self {
        case .association: Message(en: "entrepreneurs' association", nl: "ondernemersvereniging")
        case .representative: Message(en: "representing organisation", nl: "belangenorganisatie ondernemers")
        case .municipality: Message(en: "municipality", nl: "gemeente")
        case .police: Message(en: "police", nl: "politie")
        // No parentheses: a label often stands in parentheses itself ("Jan de Vries (politie)").
        case .fireRegion: Message(en: "fire brigade of the safety region", nl: "brandweer van de veiligheidsregio")
        case .fireMunicipal: Message(en: "municipal fire-prevention specialist", nl: "gemeentelijk specialist brandpreventie")
        case .security: Message(en: "private security", nl: "particuliere beveiliging")
        case .owner: Message(en: "property owner", nl: "vastgoedeigenaar")
        case .other: Message(en: "other", nl: "overig")
        }
    }
}
