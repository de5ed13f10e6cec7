import KVOModel

/// A mapping file for incident exports whose headers kvo does not recognise: the same small
/// table as for surveys (tab-, `;`- or `,`-separated), a header row `column  role` and one row per
/// column of the export to say what it holds:
///
///     column              role
///     Datum feit          date
///     Omschrijving feit   category
///     Straat pleeglocatie street
///     Kenmerk             drop
///
/// Roles: date, category, street, address (a street with its number), housenumber, postcode,
/// handled, count, period, buurt, drop (Dutch: datum, categorie, straat, adres, huisnummer,
/// postcode, afgehandeld, aantal, periode, buurt, weglaten). A mapped column takes its role from any column the
/// convention chose; columns the mapping does not name follow the convention.
public struct IncidentMapping: Sendable {
    public struct Entry: Sendable {
        public let column: String
        /// nil: drop.
        let role: IncidentColumns.Role?
        let row: CSVTable.Row
    }

    public let table: CSVTable
    public let entries: [Entry]

    static let roleWords: [String: IncidentColumns.Role?] = [
        IncidentRecord.Field.date: .date, "datum": .date, IncidentRecord.Field.category: .category, "categorie": .category,
        IncidentRecord.Field.street: .street, "straat": .street, "address": .address, "adres": .address,
        "housenumber": .houseNumber, "house number": .houseNumber, "huisnummer": .houseNumber, "postcode": .postcode,
        IncidentRecord.Field.handled: .handled, "afgehandeld": .handled, "status": .handled, IncidentRecord.Field.count: .count, "aantal": .count,
        "period": .period, "periode": .period, "buurt": .buurt, "neighbourhood": .buurt,
        "drop": nil, "weglaten": nil, "skip": nil, "negeren": nil,
    ]

    public init(table: CSVTable) throws(Diagnostic) {
        self.table = table
        let header = table.header.map(\.folded)
        guard let columnAt = header.firstIndex(where: { $0 == "column" || $0 == "kolom" }),
              let roleAt = header.firstIndex(where: { $0 == "role" || $0 == "rol" }) else {
            throw table.error(Message(en: "a mapping needs the columns 'column' and 'role' (or 'kolom' and 'rol')",
                                      nl: "een koppeltabel heeft de kolommen 'kolom' en 'rol' (of 'column' en 'role') nodig"), header: 0,
                              hint: Message(en: "the header row is: column, role (tab-separated)", nl: "de kopregel is: kolom, rol (gescheiden door tabs)"))
        }
        var entries: [Entry] = []
        for row in table.rows {
            let name = row[columnAt], word = row[roleAt]
            guard !name.isEmpty else { throw table.error(Message(en: "no column named on this row", nl: "deze regel noemt geen kolom"), field: columnAt, in: row) }
            guard let role = Self.roleWords[word.folded] else {
                throw table.error(word.isEmpty ? Message(en: "no role given for '\(name)'", nl: "geen rol opgegeven voor '\(name)'")
                                               : Message(en: "unknown role '\(word)'", nl: "onbekende rol '\(word)'"), field: roleAt, in: row,
                                  hint: Message(en: "a role is one of: date, category, street, address, housenumber, postcode, handled, count, drop",
                                                nl: "een rol is een van: datum, categorie, straat, adres, huisnummer, postcode, afgehandeld, aantal, weglaten"),
                                  unknown: word.isEmpty ? nil : word, candidates: Self.roleWords.keys.sorted())
            }
            entries.append(Entry(column: name, role: role, row: row))
        }
        self.entries = entries
    }

    /// The columns of an export with the mapping applied over the convention.
    func columns(_ export: CSVTable) throws(Diagnostic) -> IncidentColumns {
        var columns = IncidentColumns(header: export.header)
        for e in entries {
            guard let i = export.header.firstIndex(where: { $0.folded == e.column.folded }) else {
                throw table.error(Message(en: "\(export.name) has no column '\(e.column)'", nl: "\(export.name) heeft geen kolom '\(e.column)'"),
                                  field: 0, in: e.row, unknown: e.column, candidates: export.header)
            }
            columns.clear(i)
            if let role = e.role { columns.set(role, i) }
        }
        return columns
    }
}
