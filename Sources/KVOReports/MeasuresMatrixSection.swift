import KVOModel
import KVOPlanning

/// The measures matrix of §4.2.4 as report blocks, in the handbook's layout: per goal its
/// measures with WHO, a mark in each quarter of the plan years, and PROGRESS. The matrix itself
/// (columns, marks, progress, overdue) is KVOPlanning's `MeasuresMatrix`, the same one the
/// `matrix` command shows; this only writes it, with the dossier's texts scrubbed.
struct MeasuresMatrixSection {
    let c: ReportContext

    func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }

    var matrix: MeasuresMatrix { MeasuresMatrix.build(c.dossier, asOf: c.asOf, language: c.language) }

    /// A quarter as a narrow column header: 2025Q1 is "25Q1".
    func label(_ q: Quarter) -> String {
        let year = String(q.year)
        return String(year.suffix(2)) + "Q\(q.number)"
    }

    func legend(_ m: MeasuresMatrix) -> String {
        t("x planned · ✓ done · ! behind schedule (as of \(c.words.date(m.asOf))) · - dropped. Columns are the quarters of the plan years",
          "x gepland · ✓ gereed · ! achter op schema (per \(c.words.date(m.asOf))) · - vervallen. De kolommen zijn de kwartalen van de planjaren")
            + (m.calendar.map { cal in
                ": " + cal.years.map { y in
                    let qs = cal.quarters(inYear: y.number)
                    let range = qs.isEmpty ? "" : " = " + label(qs.first!) + "–" + label(qs.last!)
                    return t("plan year \(y.number)", "planjaar \(y.number)") + range
                }.joined(separator: ", ")
            } ?? "") + "."
    }

    func blocks() -> [Block] {
        let m = matrix
        guard !m.rows.isEmpty else {
            return [.note(t("No measures are recorded (add measure \"TITLE\" goal=G-1 party=PA-1 quarters=2025Q2).",
                            "Er zijn geen maatregelen vastgelegd (add measure \"TITEL\" goal=G-1 party=PA-1 quarters=2025Q2)."))]
        }
        let headers = ["#", t("measure", "maatregel"), t("WHO", "WIE")] + m.columns.map(label)
            + [t("PROGRESS", "VOORTGANG")]
        var rows: [[String]] = []
        var groups: Set<Int> = []
        for g in m.groups {
            groups.insert(rows.count)
            let theme = g.theme.map { c.themeName($0) + " — " } ?? ""
            let goal = g.goal.map { $0 + ": " } ?? ""
            rows.append([theme + goal + c.text(g.title)])
            for r in g.rows {
                let progress = r.progress.text(c.language) + (r.indicator.map { " — " + c.text($0) } ?? "")
                rows.append([r.id, c.text(r.title), c.text(r.who)] + r.marks.map { $0?.rawValue ?? "" } + [progress])
            }
        }
        let quarterColumns = Set(3..<(3 + m.columns.count))
        return [.paragraph(legend(m)),
                .table(ReportTable(headers: headers, rows: rows, groupRows: groups, compact: quarterColumns))]
    }

    /// The measures per party, for the balance of §4.2.4.
    func balance() -> [Block] {
        let measures = c.records("measures").filter { $0.string("status") != "dropped" }
        guard !measures.isEmpty else { return [] }
        let parties = c.records("parties")
        var ids = parties.map(\.id)
        if measures.contains(where: { $0.string("party") == nil }) { ids.append("") }
        let counts = ids.map { id in measures.filter { ($0.string("party") ?? "") == id } }
        let names = ids.map { $0.isEmpty ? t("no party", "geen partij") : c.partyName($0) }
        let rows = zip(names, counts).map { name, list in
            [name, "\(list.count)", c.words.percent(list.count, of: measures.count), "\(list.filter { $0.string("status") == "done" }.count)"]
        }
        return [.table(ReportTable(headers: [t("party", "partij"), t("measures", "maatregelen"), t("share", "aandeel"), t("done", "gereed")],
                                   rows: rows, numeric: [1, 2, 3])),
                .chart(BarChart(title: t("Measures per party (not dropped)", "Maatregelen per partij (niet vervallen)"), categories: names,
                                series: [BarChart.Series(name: t("measures", "maatregelen"), values: counts.map { Double($0.count) },
                                                         labels: counts.map { "\($0.count)" }),
                                         BarChart.Series(name: t("done", "gereed"),
                                                         values: counts.map { Double($0.filter { $0.string("status") == "done" }.count) },
                                                         labels: counts.map { "\($0.filter { $0.string("status") == "done" }.count)" })]))]
    }
}
