import KVOModel

/// The matrix as rows of text cells (terminal, csv, md): a title row per goal and a numbered row
/// per measure. Its HTML page is rendered in KVOReports/Rendering (`MeasuresMatrix+HTML`).
extension MeasuresMatrix {
    /// "25" over "Q1" in the terminal, where 13 columns must fit; "2025Q1" elsewhere.
    package func columnLabel(_ i: Int, compact: Bool) -> String {
        let q = columns[i]
        return compact ? String(String(q.year).suffix(2)) + "\nQ\(q.number)" : "\(q)"
    }

    /// Headers and rows: a group's title row (its index in `titles`), then its measures. `compact`
    /// shortens quarter headers.
    package func cells(language: Language, compact: Bool) -> (headers: [String], rows: [[String]], titles: Set<Int>) {
        let headers = ["#", Message(en: "measure", nl: "maatregel").text(language), Message(en: "who", nl: "wie").text(language)]
            + columns.indices.map { columnLabel($0, compact: compact) } + [Message(en: "progress", nl: "voortgang").text(language)]
        var rows: [[String]] = []
        var titles: Set<Int> = []
        for g in groups {
            titles.insert(rows.count)
            let title = [g.goal, g.theme].compactMap { $0 }.joined(separator: " ")
            rows.append([title.isEmpty ? g.title : "\(title): \(g.title)", "", ""] + columns.map { _ in "" } + [""])
            for r in g.rows {
                rows.append([r.id, r.title, r.who] + r.marks.map { $0?.rawValue ?? "" } + [r.progress.text(language)])
            }
        }
        return (headers, rows, titles)
    }
}
