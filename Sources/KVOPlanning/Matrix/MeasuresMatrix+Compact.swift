import KVOModel

/// The matrix for a terminal of 80 columns (issue 13): one character per quarter in a single
/// column, parties by a short name with a legend below; the full layout stays in the files
/// (`as html|md|csv|xlsx`).
extension MeasuresMatrix {
    /// A party as the compact matrix names it, and in full for the legend.
    package struct ShortName: Sendable, Equatable {
        package let short: String
        package let name: String
    }

    /// The longest short name; a party whose first word is longer is shown by its ID.
    static let shortNameLimit = 12

    /// Headers and rows as `cells`, with the quarters in one column: the years' last two digits
    /// over their first quarter and the quarter's number below, then a mark or `·` per quarter.
    package func compactCells(language: Language) -> (headers: [String], rows: [[String]], titles: Set<Int>, parties: [ShortName]) {
        let names = shortNames()
        let headers = ["#", Message(en: "measure", nl: "maatregel").text(language), Message(en: "who", nl: "wie").text(language),
                       Self.quarterStripHeader(columns), Message(en: "progress", nl: "voortgang").text(language)]
        var rows: [[String]] = []
        var titles: Set<Int> = []
        for g in groups {
            titles.insert(rows.count)
            let title = [g.goal, g.theme].compactMap { $0 }.joined(separator: " ")
            rows.append([title.isEmpty ? g.title : "\(title): \(g.title)", "", "", "", ""])
            for r in g.rows {
                let strip = String(r.marks.map { $0.map { Character($0.rawValue) } ?? "·" })
                rows.append([r.id, r.title, r.party.flatMap { names[$0]?.short } ?? r.who, strip, r.progress.text(language)])
            }
        }
        let legend = Set(rows.map { $0[2] })
        return (headers, rows, titles, names.values.filter { legend.contains($0.short) && $0.short != $0.name }.sorted { $0.short < $1.short })
    }

    /// Two header lines over a quarter strip: "25  26  27  28" over "1234123412341".
    package static func quarterStripHeader(_ columns: [Quarter]) -> String {
        var years = ""
        for (i, q) in columns.enumerated() where i == 0 || q.number == 1 {
            let label = String(String(q.year).suffix(2))
            if years.count < i { years += String(repeating: " ", count: i - years.count) }
            if years.count == i || i == 0 { years += label }
        }
        return years + "\n" + columns.map { "\($0.number)" }.joined()
    }

    /// Each party's first word (without trailing punctuation) when it is short and names no
    /// other party; otherwise its ID.
    func shortNames() -> [String: ShortName] {
        var full: [String: String] = [:]
        for g in groups { for r in g.rows { if let p = r.party { full[p] = r.who } } }
        func first(_ name: String) -> String {
            String(name.split(separator: " ").first ?? "").trimmingSuffix { ",;:.".contains($0) }
        }
        var byShort: [String: Set<String>] = [:]
        for (id, name) in full { byShort[first(name), default: []].insert(id) }
        var result: [String: ShortName] = [:]
        for (id, name) in full {
            let word = first(name)
            let usable = !word.isEmpty && word.count <= Self.shortNameLimit && byShort[word]?.count == 1
            result[id] = ShortName(short: usable ? word : id, name: name)
        }
        return result
    }
}

extension String {
    fileprivate func trimmingSuffix(while drop: (Character) -> Bool) -> String {
        var s = self
        while let last = s.last, drop(last) { s.removeLast() }
        return s
    }
}
