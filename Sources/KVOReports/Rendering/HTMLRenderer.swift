/// Writes a document as one self-contained HTML page: the stylesheet in the head, the charts
/// as inline `<svg>`, no scripts, no fonts or pictures to fetch. It reads in a browser, prints
/// on A4 and can be mailed as it is.
package struct HTMLRenderer: Sendable {
    package init() {}

    static let style = """
    body { font-family: Helvetica, Arial, sans-serif; color: #222; background: #fff; margin: 0; line-height: 1.45; }
    main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
    h1 { font-size: 1.8rem; margin: 0 0 0.4rem; color: #1d4f76; }
    h2 { font-size: 1.35rem; margin: 2.2rem 0 0.6rem; border-bottom: 2px solid #1d4f76; padding-bottom: 0.2rem; color: #1d4f76; }
    h3 { font-size: 1.1rem; margin: 1.6rem 0 0.5rem; }
    h4 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
    .preface { color: #555; margin: 0 0 1.5rem; }
    .preface p { margin: 0.1rem 0; }
    table { border-collapse: collapse; margin: 0.6rem 0 1.2rem; font-size: 0.92rem; }
    th, td { border: 1px solid #c9d3dc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
    th { background: #eef3f7; }
    td.num, th.num { text-align: right; }
    td.compact, th.compact { text-align: center; padding: 0.25rem 0.2rem; min-width: 1.4rem; }
    tr.group td { background: #f6f8fa; font-weight: bold; }
    .wide { overflow-x: auto; margin: 0 -1.5rem; padding: 0 1.5rem; }
    table.matrix { font-size: 0.8rem; }
    table.matrix td:first-child { white-space: nowrap; }
    dl { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; margin: 0.6rem 0 1.2rem; }
    dt { font-weight: bold; }
    dd { margin: 0; }
    figure { margin: 1rem 0 1.6rem; }
    figure svg { max-width: 100%; height: auto; }
    blockquote { margin: 0.6rem 0; padding: 0.4rem 0.9rem; border-left: 4px solid #9fb7ca; background: #f7f9fb; }
    blockquote p { margin: 0; }
    blockquote footer { color: #555; font-size: 0.88rem; margin-top: 0.2rem; }
    ol.findings { list-style: none; padding: 0; }
    ol.findings > li { margin: 0 0 1rem; }
    ol.findings .number { display: inline-block; min-width: 2.2rem; font-weight: bold; color: #1d4f76; }
    ol.findings dl { margin: 0.3rem 0 0 2.2rem; }
    .note { color: #7a4b00; background: #fff6e0; border-left: 4px solid #e0a030; padding: 0.4rem 0.8rem; }
    @page { size: A4 portrait; margin: 16mm 14mm 18mm; }
    @page matrix { size: A4 landscape; margin: 12mm 10mm 14mm; }
    @media print {
      body { font-size: 10pt; }
      main { max-width: none; margin: 0; padding: 0; }
      h2 { break-before: page; break-after: avoid; }
      main > h2:first-of-type { break-before: auto; }
      h3, h4 { break-after: avoid; }
      .wide { overflow: visible; margin: 0; padding: 0; page: matrix; }
      table { break-inside: auto; width: 100%; }
      table.matrix { font-size: 7.5pt; table-layout: auto; }
      table.matrix td, table.matrix th { padding: 0.1rem 0.25rem; }
      thead { display: table-header-group; }
      tr, figure, dl, blockquote, .note { break-inside: avoid; }
      figure svg { max-height: 230mm; }
    }
    """

    package func render(_ document: Document) -> String {
        let e = Markup.escapeXML
        var out = "<!DOCTYPE html>\n<html lang=\"\(document.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(e(document.title))</title>\n<style>\n\(HTMLRenderer.style)\n</style>\n</head>\n<body>\n<main>\n"
        out += "<h1>\(e(document.title))</h1>\n"
        if !document.preface.isEmpty {
            out += "<div class=\"preface\">\n" + document.preface.map { "<p>\(e($0))</p>\n" }.joined() + "</div>\n"
        }
        var chartNumber = 0
        var anchors: [String: Int] = [:]
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let l = min(max(level, 2), 6)
                var anchor = Markup.slug(text)
                anchors[anchor, default: 0] += 1
                if anchors[anchor]! > 1 { anchor += "-\(anchors[anchor]!)" }
                out += "<h\(l) id=\"\(anchor)\">\(e(text))</h\(l)>\n"
            case .paragraph(let text):
                out += "<p>" + e(text).replacingNewlines(with: "<br>\n") + "</p>\n"
            case .facts(let facts):
                out += "<dl>\n" + facts.map { "<dt>\(e($0.label))</dt><dd>\(e($0.value))</dd>\n" }.joined() + "</dl>\n"
            case .table(let table):
                out += HTMLRenderer.table(table)
            case .bullets(let items):
                out += "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
            case .numbered(let items):
                out += "<ol class=\"findings\">\n"
                for item in items {
                    out += "<li><span class=\"number\">\(e(item.number))</span><strong>\(e(item.title))</strong>\n"
                    if !item.details.isEmpty {
                        out += "<dl>\n" + item.details.map { "<dt>\(e($0.label))</dt><dd>\(e($0.value))</dd>\n" }.joined() + "</dl>\n"
                    }
                    out += "</li>\n"
                }
                out += "</ol>\n"
            case .quotes(let quotes):
                for q in quotes {
                    out += "<blockquote><p>" + e(q.text).replacingNewlines(with: "<br>\n") + "</p>"
                    if let source = q.source { out += "<footer>— \(e(source))</footer>" }
                    out += "</blockquote>\n"
                }
            case .chart(let chart):
                chartNumber += 1
                out += "<figure>\n" + chart.svg(id: "\(document.fileName)-chart-\(chartNumber)") + "\n"
                out += "</figure>\n"
            case .links(let links):
                out += "<ul class=\"links\">\n" + links.map { l in
                    "<li><a href=\"\(e(l.target))\">\(e(l.text))</a>" + (l.description.map { ": " + e($0) } ?? "") + "</li>\n"
                }.joined() + "</ul>\n"
            case .note(let text):
                out += "<p class=\"note\">\(e(text))</p>\n"
            }
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func table(_ t: Table) -> String {
        let e = Markup.escapeXML
        func cls(_ c: Int) -> String {
            t.numeric.contains(c) ? " class=\"num\"" : (t.compact.contains(c) ? " class=\"compact\"" : "")
        }
        let wide = !t.compact.isEmpty
        var out = (wide ? "<div class=\"wide\">\n<table class=\"matrix\">" : "<table>") + "\n<thead><tr>" + t.headers.enumerated().map { "<th\(cls($0.offset))>\(e($0.element))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (i, row) in t.rows.enumerated() {
            if t.spanning.contains(i) {
                let title = row.first { !$0.isEmpty } ?? ""
                out += "<tr class=\"group\"><td colspan=\"\(t.headers.count)\">\(e(title))</td></tr>\n"
            } else {
                out += "<tr>" + row.enumerated().map { "<td\(cls($0.offset))>\(e($0.element))</td>" }.joined() + "</tr>\n"
            }
        }
        return out + "</tbody>\n</table>\n" + (wide ? "</div>\n" : "")
    }
}
