import KVOModel
import KVOPlanning

/// The measures matrix as one HTML page in the handbook's layout (§4.2.4): a year row over the
/// quarter columns, then a title row per goal and a numbered row per measure (`matrix as html`,
/// `matrix as pdf`). KVOPlanning makes the matrix as a value; it is rendered here, with the
/// other formats. (The reports show it as plain tables per plan year, MeasuresMatrixSection.)
extension MeasuresMatrix {
    /// The matrix as an HTML `<table>` (no page around it).
    package func htmlTable(language: Language) -> String {
        var h = "<table class=\"kvo-matrix\">\n<thead>\n<tr><th rowspan=\"2\">#</th><th rowspan=\"2\">\(Message(en: "Measure", nl: "Maatregel").text(language))</th><th rowspan=\"2\">\(Message(en: "WHO", nl: "WIE").text(language))</th>"
        var i = 0
        while i < columns.count {
            let year = columns[i].year
            var n = 0
            while i + n < columns.count && columns[i + n].year == year { n += 1 }
            h += "<th colspan=\"\(n)\">\(year)</th>"
            i += n
        }
        h += "<th rowspan=\"2\">\(Message(en: "PROGRESS", nl: "VOORTGANG").text(language))</th></tr>\n<tr>"
        for (i, q) in columns.enumerated() {
            let year = planYear(ofColumn: i)
            let title = (year.map { Message(en: "plan year \($0)", nl: "planjaar \($0)") } ?? Message(en: "outside the plan", nl: "buiten het plan")).text(language)
            h += "<th title=\"\(title)\" class=\"\(year.map { "y\($0)" } ?? "outside")\">\(Message(en: "Q\(q.number)", nl: "\(q.number)e").text(language))</th>"
        }
        h += "</tr>\n</thead>\n<tbody>\n"
        let span = columns.count + 4
        for g in groups {
            let label = [g.goal, g.theme].compactMap { $0 }.joined(separator: " ")
            h += "<tr class=\"goal\"><th colspan=\"\(span)\">\(label.isEmpty ? "" : HTML.escape(label) + ": ")\(HTML.escape(g.title))</th></tr>\n"
            for r in g.rows {
                h += "<tr><td>\(HTML.escape(r.id))</td><td>\(HTML.escape(r.title))</td><td>\(HTML.escape(r.who))</td>"
                for m in r.marks {
                    h += m.map { "<td class=\"\(Self.cssClass($0))\">\($0.rawValue)</td>" } ?? "<td></td>"
                }
                let progress = r.progress.text(language) + (r.indicator.map { " — " + $0 } ?? "")
                h += "<td>\(HTML.escape(progress))</td></tr>\n"
            }
        }
        return h + "</tbody>\n</table>\n"
    }

    /// A whole page around the table, with the legend.
    package func htmlPage(language: Language, title: String) -> String {
        let legend = Message(en: "x planned · ✓ done · ! overdue (as of \(asOf)) · - dropped",
                             nl: "x gepland · ✓ gereed · ! achter op schema (per \(asOf)) · - vervallen").text(language)
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(HTML.escape(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; }
            table.kvo-matrix { border-collapse: collapse; font-size: 0.9em; }
            .kvo-matrix th, .kvo-matrix td { border: 1px solid #999; padding: 0.2em 0.4em; }
            .kvo-matrix td.planned, .kvo-matrix td.done, .kvo-matrix td.overdue, .kvo-matrix td.dropped { text-align: center; }
            .kvo-matrix tr.goal th { text-align: left; background: #eef; }
            .kvo-matrix td.done { background: #dfd; }
            .kvo-matrix td.overdue { background: #fdd; font-weight: bold; }
            .kvo-matrix td.dropped { color: #888; }
            .kvo-matrix th.outside { color: #888; }
            .kvo-matrix td:first-child { white-space: nowrap; }
            @page { size: A4 landscape; margin: 10mm; }
            @media print {
              body { margin: 0; font-size: 8pt; }
              table.kvo-matrix { width: 100%; font-size: 7pt; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
            }
            </style>
            </head>
            <body>
            <h1>\(HTML.escape(title))</h1>
            \(htmlTable(language: language))<p>\(HTML.escape(legend))</p>
            </body>
            </html>

            """
    }

    private static func cssClass(_ m: Mark) -> String {
        switch m {
        case .planned: "planned"
        case .done: "done"
        case .overdue: "overdue"
        case .dropped: "dropped"
        }
    }
}
