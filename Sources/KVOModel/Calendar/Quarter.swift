/// A calendar quarter such as 2025Q2. The measures matrix of the plan of action (§4.2.4) has one
/// column per quarter over the three plan years.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1...4
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses `YYYYQn` (also lower-case `q`).
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 6, bytes[4] == UInt8(ascii: "Q") || bytes[4] == UInt8(ascii: "q") else { return nil }
        var year = 0
        for b in bytes[0..<4] {
            guard b >= 48, b <= 57 else { return nil }
            year = year * 10 + Int(b - 48)
        }
        guard bytes[5] >= 49, bytes[5] <= 52 else { return nil }
        self.init(year: year, number: Int(bytes[5] - 48))
    }

    /// Quarters since year 0, Q1; used for arithmetic and ordering.
    public var index: Int { year * 4 + number - 1 }

    public init(index: Int) {
        let y = index >= 0 ? index / 4 : (index - 3) / 4
        self.year = y
        self.number = index - y * 4 + 1
    }

    public func adding(_ quarters: Int) -> Quarter { Quarter(index: index + quarters) }

    public var firstDay: Day { Day(year: year, month: (number - 1) * 3 + 1, day: 1)! }
    public var lastDay: Day { adding(1).firstDay.adding(days: -1) }

    public static func < (a: Quarter, b: Quarter) -> Bool { a.index < b.index }

    public var description: String { pad(year, 4) + "Q" + String(number) }
}
