import KVOModel
import KVOPlanning

/// The measures matrix of §4.2.4 as report blocks, in the handbook's layout: per goal its
/// measures with WHO, a mark in each quarter of the plan years, and PROGRESS. The matrix itself
/// (columns, marks, progress, overdue) is KVOPlanning's `MeasuresMatrix`, the same one the
/// `matrix` command shows; this only writes it, with the dossier's texts scrubbed.
struct MeasuresMatrixSection {
    let c: ReportContext

    var matrix: MeasuresMatrix { MeasuresMatrix.build(c.dossier, asOf: c.asOf, language: c.language) }

    /// A quarter as a narrow column header: 2025Q1 is "25Q1".
    func label(_ q: Quarter) -> String {
        let year = String(q.year)
        return String(year.suffix(2)) + "Q\(q.number)"
    }

    func legend(_ m: MeasuresMatrix) -> String {
        let asOf = c.language.date(m.asOf)
        var legend = Message(en: "x planned · ✓ done · ! behind schedule (as of \(asOf)) · - dropped. Columns are the quarters of the plan years",
                             nl: "x gepland · ✓ gereed · ! achter op schema (per \(asOf)) · - vervallen. De kolommen zijn de kwartalen van de planjaren")
        if let cal = m.calendar {
            legend += Message.verbatim(": ") + cal.years.map { y in
                let qs = cal.quarters(inYear: y.number)
                let range = qs.isEmpty ? "" : " = " + label(qs.first!) + "–" + label(qs.last!)
                return Message(en: "plan year \(y.number)", nl: "planjaar \(y.number)") + range
            }.joined(separator: ", ")
        }
        return c.text(legend) + "."
    }

    func blocks() -> [Block] {
        let m = matrix
        guard !m.rows.isEmpty else {
            return [.note(c.text(Message(en: "No measures are recorded.",
                                         nl: "Er zijn geen maatregelen vastgelegd.")))]
        }
        // Twelve quarter columns beside the texts do not fit a page: one table per plan year,
        // so that the matrix prints whole on A4 and is never cut (issue 14).
        var blocks: [Block] = [.paragraph(legend(m))]
        let spans = yearSpans(m)
        for (title, columns) in spans {
            if spans.count > 1 { blocks.append(.heading(4, title)) }
            blocks.append(.table(table(m, columns: columns)))
        }
        return blocks
    }

    /// The columns of each plan year, titled "Planjaar 1 (25Q1–25Q4)"; all columns in one span
    /// when the plan has no calendar or few quarters.
    func yearSpans(_ m: MeasuresMatrix) -> [(String, [Int])] {
        let all = Array(m.columns.indices)
        guard let cal = m.calendar, m.columns.count > 6 else { return [("", all)] }
        var spans: [(String, [Int])] = []
        var placed = Set<Int>()
        for y in cal.years {
            let columns = all.filter { m.planYear(ofColumn: $0) == y.number }
            guard !columns.isEmpty else { continue }
            placed.formUnion(columns)
            let range = label(m.columns[columns.first!]) + "–" + label(m.columns[columns.last!])
            spans.append((c.text(Message(en: "Plan year \(y.number) (\(range))", nl: "Planjaar \(y.number) (\(range))")), columns))
        }
        let rest = all.filter { !placed.contains($0) }
        if !rest.isEmpty { spans.append((c.text(Message(en: "Outside the plan years", nl: "Buiten de planjaren")), rest)) }
        return spans
    }

    /// The matrix with the quarter columns `columns`: the measures under their goals.
    func table(_ m: MeasuresMatrix, columns: [Int]) -> Table {
        let headers = ["#", c.text(Message(en: "measure", nl: "maatregel")), c.text(Message(en: "WHO", nl: "WIE"))]
            + columns.map { label(m.columns[$0]) } + [c.text(Message(en: "PROGRESS", nl: "VOORTGANG"))]
        var rows: [[String]] = []
        var groups: Set<Int> = []
        for g in m.groups {
            groups.insert(rows.count)
            let theme = g.theme.map { c.themeName($0) + " — " } ?? ""
            let goal = g.goal.map { $0 + ": " } ?? ""
            rows.append([theme + goal + c.text(g.title)])
            for r in g.rows {
                let progress = r.progress.text(c.language) + (r.indicator.map { " — " + c.text($0) } ?? "")
                rows.append([r.id, c.text(r.title), c.text(r.who)] + columns.map { r.marks[$0]?.rawValue ?? "" } + [progress])
            }
        }
        return Table(headers: headers, rows: rows, spanning: groups, compact: Set(3..<(3 + columns.count)))
    }

    /// The measures per party, for the balance of §4.2.4.
    func balance() -> [Block] {
        let measures = c.measures.filter { $0.status != .dropped }
        guard !measures.isEmpty else { return [] }
        var ids = c.parties.map(\.id)
        if measures.contains(where: { $0.party == nil }) { ids.append("") }
        let counts = ids.map { id in measures.filter { ($0.party ?? "") == id } }
        let names = ids.map { $0.isEmpty ? c.text(Message(en: "no party", nl: "geen partij")) : c.partyName($0) }
        let rows = zip(names, counts).map { name, list in
            [name, "\(list.count)", c.language.percent(list.count, of: measures.count), "\(list.filter { $0.status == .done }.count)"]
        }
        let headers = [Message(en: "party", nl: "partij"), Message(en: "measures", nl: "maatregelen"), Message(en: "share", nl: "aandeel"),
                       Message(en: "done", nl: "gereed")]
        let done = counts.map { $0.filter { $0.status == .done }.count }
        return [.table(Table(headers: headers.map(c.text), rows: rows, numeric: [1, 2, 3])),
                .chart(BarChart(title: c.text(Message(en: "Measures per party (not dropped)", nl: "Maatregelen per partij (niet vervallen)")),
                                categories: names,
                                series: [BarChart.Series(name: c.text(Message(en: "measures", nl: "maatregelen")),
                                                         values: counts.map { Double($0.count) }, labels: counts.map { "\($0.count)" }),
                                         BarChart.Series(name: c.text(Message(en: "done", nl: "gereed")),
                                                         values: done.map(Double.init), labels: done.map { "\($0)" })]))]
    }
}
