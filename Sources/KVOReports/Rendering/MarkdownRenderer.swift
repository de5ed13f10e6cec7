/// Writes a document as Markdown (GitHub's dialect: pipe tables). Charts are SVG, either inline
/// in the page (one file, for standard output) or as files beside it, linked as images.
package struct MarkdownRenderer: Sendable {
    package enum Charts: Sendable {
        /// `<svg>` elements in the page.
        case inline
        /// NAME-1.svg, NAME-2.svg, ... beside NAME.md.
        case files
    }

    package let charts: Charts

    package init(charts: Charts) { self.charts = charts }

    /// The page first, then the chart files (if any).
    package func render(_ document: Document) -> [ReportFile] {
        let md = Markup.escapeMarkdown
        var out = "# " + md(document.title, false) + "\n\n"
        if !document.preface.isEmpty {
            out += document.preface.map { md($0, false) }.joined(separator: "  \n") + "\n\n"
        }
        var files: [ReportFile] = []
        var chartNumber = 0
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: min(max(level, 2), 6)) + " " + md(text, false) + "\n\n"
            case .paragraph(let text):
                out += md(text, true) + "\n\n"
            case .facts(let facts):
                out += facts.map { "- **" + md($0.label, false) + ":** " + md($0.value, false) }.joined(separator: "\n") + "\n\n"
            case .table(let table):
                out += table.markdown(.prose) + "\n"
            case .bullets(let items):
                out += items.map { "- " + md($0, false) }.joined(separator: "\n") + "\n\n"
            case .numbered(let items):
                for item in items {
                    out += "- **" + md(item.number, false) + ".** **" + md(item.title, false) + "**\n"
                    for f in item.details { out += "  - " + md(f.label, false) + ": " + md(f.value, false) + "\n" }
                }
                out += "\n"
            case .quotes(let quotes):
                for q in quotes {
                    out += "> " + md(q.text, true).replacingNewlines(with: "\n> ") + "\n"
                    if let source = q.source { out += ">\n> — " + md(source, false) + "\n" }
                    out += "\n"
                }
            case .chart(let chart):
                chartNumber += 1
                let id = "\(document.fileName)-\(chartNumber)"
                switch charts {
                case .inline:
                    out += chart.svg(id: id) + "\n\n"
                case .files:
                    let name = id + ".svg"
                    files.append(ReportFile(name: name, contents: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg(id: id) + "\n"))
                    out += "![" + md(chart.title, false) + "](" + name + ")\n\n"
                }
            case .links(let links):
                out += links.map { l in
                    "- [" + md(l.text, false) + "](" + l.target + ")" + (l.description.map { ": " + md($0, false) } ?? "")
                }.joined(separator: "\n") + "\n\n"
            case .note(let text):
                out += "> *" + md(text, false) + "*\n\n"
            }
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return [ReportFile(name: document.fileName + ".md", contents: out)] + files
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
