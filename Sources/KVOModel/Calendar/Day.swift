/// A calendar date without a time of day (the handbook counts in days: deadlines, "14 days before
/// the audit", "valid for 3 years"). Stored as days since 1970-01-01 in the proleptic Gregorian
/// calendar, so that arithmetic and comparison are plain integer operations.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Returns nil for dates that do not exist (2025-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD` exactly. Reads the UTF-8 bytes in place: checks parse dates of up to
    /// 20,000 incidents, so this must not allocate.
    public init?(_ text: some StringProtocol) {
        let parsed: (Int, Int, Int)?? = text.utf8.withContiguousStorageIfAvailable { Day.parse($0) }
        guard let result = parsed ?? Array(text.utf8).withUnsafeBufferPointer({ Day.parse($0) }) else { return nil }
        self.init(year: result.0, month: result.1, day: result.2)
    }

    /// The same for a String, not generic: callers in other modules would otherwise run the
    /// unspecialised generic one (type metadata looked up at each call).
    public init?(_ text: String) {
        let parsed: (Int, Int, Int)?? = text.utf8.withContiguousStorageIfAvailable { Day.parse($0) }
        guard let result = parsed ?? Array(text.utf8).withUnsafeBufferPointer({ Day.parse($0) }) else { return nil }
        self.init(year: result.0, month: result.1, day: result.2)
    }

    /// Year, month and day of exactly ten bytes `DDDD-DD-DD` (D an ASCII digit). Straight off the
    /// buffer: the generic reading it replaces cost about 320 instructions a date, bounds checks
    /// and index arithmetic for each byte (issue 15, callgrind on 20,000 incident dates).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count == 10, let p = bytes.baseAddress, p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-") else { return nil }
        // Each byte minus "0": a digit is 0...9, anything else (wrapping below "0") is larger.
        let y0 = p[0] &- 48, y1 = p[1] &- 48, y2 = p[2] &- 48, y3 = p[3] &- 48
        let m0 = p[5] &- 48, m1 = p[6] &- 48, d0 = p[8] &- 48, d1 = p[9] &- 48
        guard y0 < 10, y1 < 10, y2 < 10, y3 < 10, m0 < 10, m1 < 10, d0 < 10, d1 < 10 else { return nil }
        let year = Int(y0) * 1000 + Int(y1) * 100 + Int(y2) * 10 + Int(y3)
        return (year, Int(m0) * 10 + Int(m1), Int(d0) * 10 + Int(d1))
    }

    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7 // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public var quarter: Quarter { Quarter(year: year, number: (month - 1) / 3 + 1)! }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Adds calendar months, clamping the day to the month's length (2025-01-31 + 1 month = 2025-02-28).
    public func adding(months: Int) -> Day {
        let (y, m, d) = components
        let total = y * 12 + (m - 1) + months
        let ny = total >= 0 ? total / 12 : (total - 11) / 12
        let nm = total - ny * 12 + 1
        return Day(year: ny, month: nm, day: min(d, Day.daysIn(month: nm, year: ny)))!
    }

    public func adding(years: Int) -> Day { adding(months: years * 12) }

    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public var description: String {
        let (y, m, d) = components
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
}
