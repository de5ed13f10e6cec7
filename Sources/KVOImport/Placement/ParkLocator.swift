import KVOModel

/// Places an address in a park by the park's delineation (§3.1): its street list, matched
/// without regard to case, accents, blanks and hyphens, else its postcode ranges. An address in
/// no park lies elsewhere in the selected area: "overig" in the §4.1.2 split. An aggregated figure
/// (a count per CBS buurt) lies in the park whose `buurten` list names its buurt or BU code.
public struct ParkLocator: Sendable {
    public struct Park: Sendable {
        public let id: String
        public let name: String
        let streets: Set<String>
        let ranges: [Postcode.Range]
        /// Buurt names and BU codes, folded.
        let buurten: Set<String>
    }

    public enum Placement: Equatable, Sendable {
        case street(String)
        case postcode(String)
        /// In no park: its street matched none and its postcode (if any) lies in no range.
        case overig
    }

    public let parks: [Park]

    public init(dossier: Dossier) {
        parks = dossier.parks.map { r in
            Park(id: r.id, name: r.name ?? r.id,
                 streets: Set(r.streets.map { Self.streetKey($0) }.filter { !$0.isEmpty }),
                 ranges: r.postcodes.compactMap(Postcode.Range.init),
                 buurten: Set(r.buurten.map(\.folded).filter { !$0.isEmpty }))
        }
    }

    /// The park of an address; the street decides when it names a park's street, the postcode otherwise.
    public func place(street: String, postcode: Postcode?) -> Placement {
        let key = Self.streetKey(street)
        if !key.isEmpty, let park = parks.first(where: { $0.streets.contains(key) }) { return .street(park.id) }
        if let postcode, let park = parks.first(where: { $0.ranges.contains { $0.contains(postcode) } }) { return .postcode(park.id) }
        return .overig
    }

    /// The park whose `buurten` name a buurt (by name or BU code); nil: in no park, overig.
    public func park(buurt: String) -> String? {
        let key = buurt.trimmedBlanks.folded
        return key.isEmpty ? nil : parks.first { $0.buurten.contains(key) }?.id
    }

    /// Whether any park lists streets, postcodes or buurten at all (else every row would be overig).
    public var hasDelineation: Bool { parks.contains { !$0.streets.isEmpty || !$0.ranges.isEmpty || !$0.buurten.isEmpty } }

    /// A street name as compared: folded, house number and anything after a comma taken off.
    public static func streetKey(_ text: String) -> String { streetName(text).folded }

    /// The street of an address as written, without its house number: "Industrieweg 12a" is
    /// "Industrieweg", "Hoogstraat 3, Dommelrode" is "Hoogstraat"; "2e Kruisstraat 4" keeps its "2e".
    public static func streetName(_ text: String) -> String {
        let beforeComma = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let words = beforeComma.split(whereSeparator: { $0 == " " || $0 == "\t" })
        var kept: [Substring] = []
        for (i, w) in words.enumerated() {
            if i > 0, w.first?.isNumber == true { break }
            kept.append(w)
        }
        return kept.joined(separator: " ")
    }
}
