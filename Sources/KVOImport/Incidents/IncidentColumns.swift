import KVOModel

/// Which column of an incident export holds what, recognised by its header in Dutch or English
/// (blanks, case and accents do not matter): the date, the category, the street (or a whole
/// address), the house number, the postcode, whether a municipal report was handled, and a count
/// for rows that stand for more than one incident. Other columns are not imported.
public struct IncidentColumns: Sendable, Equatable {
    public var date: Int?
    public var category: Int?
    public var street: Int?
    /// A street with its number ("Industrieweg 12"), used when there is no street column.
    public var address: Int?
    public var houseNumber: Int?
    public var postcode: Int?
    public var handled: Int?
    public var count: Int?
    /// Aggregated open data: the period a count covers, and the buurt (name or BU code) it lies in.
    public var period: Int?
    public var buurt: Int?

    /// Headers by role, most specific first: "categorie" wins over "omschrijving" when a file has both.
    /// The headers are the exports' words; where one is spelt as an `incidents` field, it is
    /// written as that field's name (`IncidentRecord.Field.date`), the field the column fills.
    enum Role: Sendable, CaseIterable { case date, category, street, address, houseNumber, postcode, handled, count, period, buurt }

    /// The police's BVH export (`Begin-pleegdatum/tijd`, `Incidentsoort`, `Pleegstraatnaam`,
    /// `Pleegpostcode`, `Pleeghuisnummer met toev.`), regional police layouts (`gem.datum`,
    /// `MK omschrijving`), municipal Signalen exports (`created_at`, `sub_category`,
    /// `address_street`, `address_postalcode`, `state_display`), MORA and fire-brigade open data,
    /// aggregated open data of CBS StatLine and data.politie.nl (`Perioden`, `Soort misdrijf`,
    /// `Wijken en buurten`, `Geregistreerde misdrijven (aantal)`, or their codes `SoortMisdrijf`,
    /// `WijkenEnBuurten`, `GeregistreerdeMisdrijven_1`), and plain Dutch and English words.
    static let names: [(role: Role, headers: [String])] = [
        (.date, ["datum", IncidentRecord.Field.date, "pleegdatum", "beginpleegdatumtijd", "beginpleegdatum", "pleegdatumtijd", "gemdatum",
                  "meldingsdatum", "meldingdatum", "datummelding", "datumincident", "incidentdatum", "melddatum", "datumtijdmelding",
                  "datumtijd", "datetime", "reportdate", "incidentdate", "datumvanmelding", "datumaangifte", "aangiftedatum",
                  "createdat", "datumaangemaakt", "aangemaakt", "datumtijdincident", "starttijdincident", "begindatum"]),
        (.category, ["categorie", IncidentRecord.Field.category, "incidentsoort", "soort", "soortmelding", "soortincident", "type", "typemelding",
                      "incidenttype", "mkomschrijving", "meldingsklasse", "maatschappelijkeklasse", "classificatie", "subcategory", "subcategorie",
                      "subrubriek", "hoofdcategorie", "maincategory", "hoofdrubriek", "incidentcategorie", "meldingscategorie", "prioriteitmelding",
                      "soortmisdrijf", "misdrijf",
                      "omschrijving", "description", "melding", "incident"]),
        (.street, ["straat", "straatnaam", IncidentRecord.Field.street, "streetname", "pleegstraat", "pleegstraatnaam", "addressstreet",
                    "locatiestraat", "straatnaamincident"]),
        (.address, ["adres", "address", "pleegadres", "locatie", "location", "plaatsdelict", "locatieomschrijving"]),
        (.houseNumber, ["huisnummer", "huisnr", "nummer", "nr", "housenumber", "number", "pleeghuisnummermettoev", "pleeghuisnummer",
                         "addressnumber", "huisnummermettoevoeging"]),
        (.postcode, ["postcode", "pc", "pc6", "pc4", "zip", "zipcode", "postalcode", "pleegpostcode", "addresspostalcode", "addresspostcode"]),
        (.handled, ["afgehandeld", "status", IncidentRecord.Field.handled, "state", "statedisplay", "afhandeling", "afgerond",
                     "statusmelding", "afhandelstatus", "statusomschrijving"]),
        (.count, ["aantal", IncidentRecord.Field.count, "aantalmeldingen", "aantalincidenten", "number of incidents", "geregistreerdemisdrijven",
                  "geregistreerdemisdrijvenaantal", "geregistreerdemisdrijven1", "totaalgeregistreerdemisdrijvenaantal"]),
        (.period, ["perioden", "periode", "period", "periods"]),
        (.buurt, ["wijkenenbuurten", "buurt", "buurtnaam", "buurtcode", "codebuurt"]),
    ]

    /// The key a header is compared by: folded, letters and digits only.
    static func key(_ header: String) -> String { String(header.folded.filter { $0.isLetter || $0.isNumber }) }

    public init(header: [String]) {
        let keys = header.map(Self.key)
        for (role, names) in Self.names {
            for name in names.map(Self.key) {
                if let i = keys.indices.first(where: { keys[$0] == name && !used.contains($0) }) {
                    set(role, i)
                    break
                }
            }
        }
    }

    /// The column no longer fills any role.
    mutating func clear(_ column: Int) {
        for role in Role.allCases where self[role] == column { set(role, nil) }
    }

    subscript(_ role: Role) -> Int? {
        switch role {
        case .date: date
        case .category: category
        case .street: street
        case .address: address
        case .houseNumber: houseNumber
        case .postcode: postcode
        case .handled: handled
        case .count: count
        case .period: period
        case .buurt: buurt
        }
    }

    mutating func set(_ role: Role, _ column: Int?) {
        switch role {
        case .date: date = column
        case .category: category = column
        case .street: street = column
        case .address: address = column
        case .houseNumber: houseNumber = column
        case .postcode: postcode = column
        case .handled: handled = column
        case .count: count = column
        case .period: period = column
        case .buurt: buurt = column
        }
    }

    /// The columns taken for a role.
    public var used: Set<Int> { Set(Role.allCases.compactMap { self[$0] }) }
}
