/// A horizontal bar chart: one row per category, one bar per series in each row, each bar with
/// its value written beside it. Written as SVG (`svg(id:)`) that needs no stylesheet, so the
/// same text works inline in an HTML page, inline in Markdown and as a file of its own.
package struct BarChart: Sendable, Equatable {
    package struct Series: Sendable, Equatable {
        package let name: String
        package let values: [Double]
        /// What is written beside each bar ("12 (38,7%)").
        package let labels: [String]

        package init(name: String, values: [Double], labels: [String]) {
            self.name = name
            self.values = values
            self.labels = labels
        }
    }

    package var title: String
    package var categories: [String]
    package var series: [Series]
    /// The value of a full-length bar; the largest value when nil (100 for percentages).
    package var scaleMaximum: Double?
    /// Categories drawn in the highlight colour (single series): answers that report a problem.
    package var highlighted: Set<Int>
    /// The legend's words for the highlight colour and the plain one.
    package var highlightLegend: (plain: String, highlighted: String)?
    /// A line under the chart: "n = 31 respondents".
    package var caption: String?

    package init(title: String, categories: [String], series: [Series], scaleMaximum: Double? = nil,
                highlighted: Set<Int> = [], highlightLegend: (plain: String, highlighted: String)? = nil, caption: String? = nil) {
        self.title = title
        self.categories = categories
        self.series = series
        self.scaleMaximum = scaleMaximum
        self.highlighted = highlighted
        self.highlightLegend = highlightLegend
        self.caption = caption
    }

    package static func == (a: BarChart, b: BarChart) -> Bool {
        a.title == b.title && a.categories == b.categories && a.series == b.series && a.scaleMaximum == b.scaleMaximum
            && a.highlighted == b.highlighted && a.highlightLegend?.plain == b.highlightLegend?.plain
            && a.highlightLegend?.highlighted == b.highlightLegend?.highlighted && a.caption == b.caption
    }

    /// Series colours (the parks of a cluster, in the dossier's order, so a park keeps its
    /// colour in every chart), and the highlight colour. No series colour is orange: in every
    /// chart of a document orange means one thing only, an answer that reports a problem.
    static let palette = ["#2f6b9a", "#4f9a55", "#8a63b3", "#3c9ea0", "#6f6f6f", "#a6863a"]
    static let highlightColour = "#d9622b"

    func colour(series s: Int, category c: Int) -> String {
        if series.count == 1, highlighted.contains(c) { return BarChart.highlightColour }
        return BarChart.palette[s % BarChart.palette.count]
    }

    /// The chart as an SVG element. `id` makes the title's ID unique in a page.
    package func svg(id: String) -> String {
        let l = BarChartLayout(self)
        let e = Markup.escapeXML
        func n(_ x: Double) -> String { SVGNumber.format(x) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(n(l.width))\" height=\"\(n(l.height))\" "
        out += "viewBox=\"0 0 \(n(l.width)) \(n(l.height))\" role=\"img\" aria-labelledby=\"\(e(id))-title\" "
        out += "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"\(n(BarChartLayout.labelSize))\">\n"
        out += "<title id=\"\(e(id))-title\">\(e(title))</title>\n"
        out += "<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(n(l.width))\" height=\"\(n(l.height))\" fill=\"#ffffff\"/>\n"
        for line in l.titleLines {
            out += "<text class=\"chart-title\" x=\"\(n(line.x))\" y=\"\(n(line.y))\" font-size=\"\(n(BarChartLayout.titleSize))\" font-weight=\"bold\" fill=\"#222222\">\(e(line.text))</text>\n"
        }
        for item in l.legend {
            out += "<rect class=\"swatch\" x=\"\(n(item.x))\" y=\"\(n(item.y))\" width=\"\(n(BarChartLayout.swatch))\" height=\"\(n(BarChartLayout.swatch))\" fill=\"\(item.colour)\"/>\n"
            out += "<text x=\"\(n(item.x + BarChartLayout.swatch + 4))\" y=\"\(n(item.y + BarChartLayout.swatch - 1))\" fill=\"#333333\">\(e(item.text))</text>\n"
        }
        for (category, label) in l.categoryLabels.enumerated() {
            // With several series (a cluster's parks) the bars keep their park's colour, so a
            // problem answer is marked by its label, in the problem colour and bold.
            let marked = series.count > 1 && highlighted.contains(category)
            for line in label.lines {
                let style = marked ? "fill=\"\(BarChart.highlightColour)\" font-weight=\"bold\"" : "fill=\"#333333\""
                out += "<text class=\"category\" x=\"\(n(label.x))\" y=\"\(n(line.y))\" text-anchor=\"end\" \(style)>\(e(line.text))</text>\n"
            }
        }
        out += "<line x1=\"\(n(l.plotX))\" y1=\"\(n(l.plotTop))\" x2=\"\(n(l.plotX))\" y2=\"\(n(l.plotBottom))\" stroke=\"#888888\" stroke-width=\"1\"/>\n"
        for bar in l.bars {
            let s = series[bar.series]
            let name = series.count > 1 ? "\(categories[bar.category]), \(s.name)" : categories[bar.category]
            out += "<rect class=\"bar\" x=\"\(n(bar.x))\" y=\"\(n(bar.y))\" width=\"\(n(bar.width))\" height=\"\(n(bar.height))\" fill=\"\(bar.colour)\">"
            out += "<title>\(e(name)): \(e(bar.label))</title></rect>\n"
            out += "<text class=\"value\" x=\"\(n(bar.labelX))\" y=\"\(n(bar.labelY))\" fill=\"#222222\">\(e(bar.label))</text>\n"
        }
        for line in l.caption {
            out += "<text class=\"caption\" x=\"\(n(line.x))\" y=\"\(n(line.y))\" fill=\"#555555\">\(e(line.text))</text>\n"
        }
        out += "</svg>"
        return out
    }
}

/// Numbers in SVG: at most one decimal, a dot, no exponent.
enum SVGNumber {
    static func format(_ x: Double) -> String {
        // A coordinate is finite and small; anything else (a division by a zero total) is drawn
        // at 0 rather than trapping in Int(_:).
        guard x.isFinite, abs(x) < 1e12 else { return "0" }
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let v = abs(tenths)
        return v % 10 == 0 ? "\(sign)\(v / 10)" : "\(sign)\(v / 10).\(v % 10)"
    }
}
