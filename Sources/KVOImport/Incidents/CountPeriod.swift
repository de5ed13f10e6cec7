import KVOModel

/// The period of an aggregated figure, as CBS StatLine and data.politie.nl (the same software)
/// write it: their codes `2024JJ00` (the year), `2024KW02` (a quarter), `2024MM03` (a month), or
/// the labels `2024`, `2024 2e kwartaal`, `2024 maart`; a provisional figure's `*` after it is
/// ignored. Stored as an incident's `from` and `to`.
struct CountPeriod: Equatable {
    let from: Day
    let to: Day

    init?(_ text: String) {
        var t = Substring(text.trimmedBlanks)
        while t.last == "*" { t = t.dropLast() }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let year = Int(digits) else { return nil }
        let rest = String(t.dropFirst(4).drop { $0 == " " }).lowercased()
        guard let (first, months) = Self.months(rest), let start = Day(year: year, month: first, day: 1) else { return nil }
        from = start
        to = start.adding(months: months).adding(days: -1)
    }

    /// The first month and the number of months of what follows the year.
    private static func months(_ rest: String) -> (Int, Int)? {
        if rest.isEmpty || rest == "jj00" { return (1, 12) }
        let number = Int(rest.filter { $0.isASCII && $0.isNumber }) ?? 0
        if rest.hasPrefix("mm"), rest.count == 4, (1...12).contains(number) { return (number, 1) }
        if rest.hasPrefix("kw") || rest.contains("kwartaal") || rest.hasPrefix("q") {
            return (1...4).contains(number) ? (3 * number - 2, 3) : nil
        }
        return DateText.monthNumber(rest).map { ($0, 1) }
    }
}
