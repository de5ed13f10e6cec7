import KVOModel

/// Reads the dates that exports write: `2024-03-05`, `2024/03/05`, `20240305`, Dutch
/// `5-3-2024`, `05/03/2024`, `5.3.2024`, `5 maart 2024`, `5-mrt-2024`, each optionally followed
/// by a time (`2024-03-05T14:32:00`, `05-03-2024 14:32`). Day before month, as in the
/// Netherlands. Two-digit years are refused: 03-05-24 could be either century's.
///
/// `excelForms` (incident exports, which Excel has often saved on the way) also reads what Excel
/// makes of a date: a two-digit year (`20-09-17 17:30`, `20-sep-17`), read by the POSIX rule
/// (00 to 68 are 2000 to 2068, 69 to 99 are 1969 to 1999), and a date serial (`42998` or
/// `42998,72917`: days since 1899-12-30, the time as a fraction).
public enum DateText {
    public static func day(_ text: String, excelForms: Bool = false) -> Day? {
        if excelForms, let serial = serialDay(text) { return serial }
        let t = Array(text.unicodeScalars)
        var parts: [(text: String, digits: Bool)] = []
        var i = 0
        while i < t.count, parts.count < 3 {
            let c = t[i]
            if c.properties.numericType != nil && c.isASCII {
                var run = ""
                while i < t.count, t[i].isASCII, t[i].properties.numericType != nil { run.unicodeScalars.append(t[i]); i += 1 }
                parts.append((run, true))
            } else if c.properties.isAlphabetic {
                var run = ""
                while i < t.count, t[i].properties.isAlphabetic { run.unicodeScalars.append(t[i]); i += 1 }
                parts.append((run, false))
            } else if "-/. ".unicodeScalars.contains(c) {
                i += 1
            } else {
                return nil
            }
            // 20240305: one run of eight digits.
            if parts.count == 1, parts[0].digits, parts[0].text.count == 8 {
                let s = Array(parts[0].text)
                parts = [(String(s[0..<4]), true), (String(s[4..<6]), true), (String(s[6..<8]), true)]
            }
        }
        guard parts.count == 3, timeOnly(t[i...]) else { return nil }
        let (a, b, c) = (parts[0], parts[1], parts[2])
        if a.digits, a.text.count == 4, b.digits, c.digits, b.text.count <= 2, c.text.count <= 2 {
            return Day(year: Int(a.text)!, month: Int(b.text)!, day: Int(c.text)!)
        }
        guard a.digits, a.text.count <= 2, c.digits, c.text.count == 4 || (excelForms && c.text.count == 2) else { return nil }
        let month: Int?
        if b.digits { month = b.text.count <= 2 ? Int(b.text) : nil } else { month = monthNumber(b.text) }
        guard let month else { return nil }
        var year = Int(c.text)!
        if c.text.count == 2 { year += year <= 68 ? 2000 : 1900 }
        return Day(year: year, month: month, day: Int(a.text)!)
    }

    /// An Excel date serial from 1990 to 2100 (five digits, a fraction after `.` or `,`): the day.
    static func serialDay(_ text: String) -> Day? {
        let whole = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(whole.count)
        guard whole.count == 5, let n = Int(whole), (32874...73050).contains(n),
              rest.isEmpty || ((rest.first == "." || rest.first == ",") && rest.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }) else { return nil }
        return Day(year: 1899, month: 12, day: 30)?.adding(days: n)
    }

    /// What may follow the date: nothing, or a time such as `T14:32:00Z` or ` 14:32`.
    private static func timeOnly(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        var rest = rest.drop { $0 == " " }
        if rest.first == "T" || rest.first == "t" { rest = rest.dropFirst() }
        guard let first = rest.first else { return true }
        return first.properties.numericType != nil && rest.allSatisfy { $0.properties.numericType != nil || ":.+-Z ".unicodeScalars.contains($0) }
    }

    static func monthNumber(_ word: String) -> Int? {
        let w = word.lowercased()
        let names: [(Int, [String])] = [
            (1, ["jan", "januari", "january"]), (2, ["feb", "februari", "february"]), (3, ["mrt", "maart", "mar", "march"]),
            (4, ["apr", "april"]), (5, ["mei", "may"]), (6, ["jun", "juni", "june"]), (7, ["jul", "juli", "july"]),
            (8, ["aug", "augustus", "august"]), (9, ["sep", "sept", "september"]), (10, ["okt", "oktober", "oct", "october"]),
            (11, ["nov", "november"]), (12, ["dec", "december"]),
        ]
        return names.first { $0.1.contains(w) }?.0
    }
}
