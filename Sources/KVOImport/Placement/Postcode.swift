/// A Dutch postcode, `5651 AB` (PC6) or its four digits alone (PC4), and the ranges a park's
/// delineation lists (`5651AA-5651ZZ`, `5651`, `5651-5652`).
public struct Postcode: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// 1000 ... 9999.
    public let digits: Int
    /// "AB", or nil for a PC4.
    public let letters: String?

    /// Reads `5651AB`, `5651 ab`, `5651`; nil for anything else.
    public init?(_ text: String) {
        let s = text.unicodeScalars.filter { $0 != " " && $0 != "\u{A0}" }.map(Character.init)
        guard s.count == 4 || s.count == 6, s.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }), s.first != "0",
              let digits = Int(String(s.prefix(4))) else { return nil }
        if s.count == 6 {
            guard s.suffix(2).allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
            letters = String(s.suffix(2)).uppercased()
        } else {
            letters = nil
        }
        self.digits = digits
    }

    public var description: String { "\(digits)" + (letters ?? "") }

    /// The first and last PC6 of this postcode (a PC4 spans AA ... ZZ).
    var first: (Int, String) { (digits, letters ?? "AA") }
    var last: (Int, String) { (digits, letters ?? "ZZ") }

    public static func < (a: Postcode, b: Postcode) -> Bool { a.first < b.first }

    /// A range of postcodes, both ends included.
    public struct Range: Sendable, CustomStringConvertible {
        public let from: Postcode
        public let to: Postcode

        /// Reads `5651AA-5651ZZ`, `5651 AA - 5651 ZZ`, `5651-5652`, or one postcode.
        public init?(_ text: String) {
            let ends = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            switch ends.count {
            case 1:
                guard let p = Postcode(ends[0]) else { return nil }
                (from, to) = (p, p)
            case 2:
                guard let a = Postcode(ends[0]), let b = Postcode(ends[1]), a.first <= b.last else { return nil }
                (from, to) = (a, b)
            default:
                return nil
            }
        }

        /// Whether a postcode lies inside: a PC4 only when the range holds all of it.
        public func contains(_ p: Postcode) -> Bool { from.first <= p.first && p.last <= to.last }

        public var description: String { from.description == to.description ? from.description : "\(from)-\(to)" }
    }
}
