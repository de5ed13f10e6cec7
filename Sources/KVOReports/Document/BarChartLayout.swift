/// Where everything of a bar chart goes, in SVG user units (pixels at 100 %). Kept apart from
/// writing the SVG so that the geometry can be tested: bars proportional to their values,
/// inside the picture, not overlapping, labels beside them.
///
/// Text is measured by an estimate (SVG has no text metrics before it is drawn): 0.56 of the
/// font size per character. Category labels wrap over at most two lines and are cut with "…"
/// after that; the chart's title wraps over as many lines as it needs.
package struct BarChartLayout: Sendable {
    package struct TextLine: Sendable, Equatable {
        package let text: String
        package let x: Double
        package let y: Double
    }

    package struct CategoryLabel: Sendable, Equatable {
        /// The right edge (the text is anchored at its end).
        package let x: Double
        package let lines: [TextLine]
    }

    package struct Bar: Sendable, Equatable {
        package let category: Int
        package let series: Int
        package let x: Double
        package let y: Double
        package let width: Double
        package let height: Double
        package let colour: String
        package let label: String
        package let labelX: Double
        package let labelY: Double
    }

    package struct LegendItem: Sendable, Equatable {
        package let text: String
        package let colour: String
        package let x: Double
        package let y: Double
    }

    static let width = 720.0
    static let padding = 12.0
    static let titleSize = 15.0
    static let labelSize = 12.0
    static let charWidth = 0.56
    static let barHeight = 18.0
    static let barGap = 3.0
    static let groupGap = 10.0
    static let swatch = 11.0
    static let valueSpace = 120.0
    static let maxLabelWidth = 250.0

    package let width: Double
    package let height: Double
    package let titleLines: [TextLine]
    package let legend: [LegendItem]
    package let categoryLabels: [CategoryLabel]
    package let bars: [Bar]
    /// The caption's lines (none without a caption).
    package let caption: [TextLine]
    /// The left edge of the bars, and the length of a full bar.
    package let plotX: Double
    package let plotWidth: Double
    package let plotTop: Double
    package let plotBottom: Double

    package init(_ chart: BarChart) {
        let p = BarChartLayout.padding
        width = BarChartLayout.width
        var y = p
        titleLines = BarChartLayout.title(chart, y: &y)
        legend = BarChartLayout.legend(chart, y: &y)

        // The label column: as wide as the longest label needs, within limits.
        let longestChars = chart.categories.map(\.count).max() ?? 0
        let charPixels = BarChartLayout.labelSize * BarChartLayout.charWidth
        let labelWidth = min(BarChartLayout.maxLabelWidth, max(40, Double(longestChars) * charPixels))
        // Labels that fit stay on one line; longer ones wrap at the column's width.
        let labelChars = Double(longestChars) * charPixels <= BarChartLayout.maxLabelWidth
            ? max(1, longestChars) : Int(BarChartLayout.maxLabelWidth / charPixels)
        plotX = p + labelWidth + 8
        plotWidth = max(60, width - plotX - p - BarChartLayout.valueSpace)

        plotTop = y
        (categoryLabels, bars) = BarChartLayout.rows(chart, labelChars: labelChars, plotX: plotX, plotWidth: plotWidth, y: &y)
        plotBottom = y - BarChartLayout.groupGap
        caption = BarChartLayout.caption(chart, y: &y)
        height = y + p
    }

    /// The title, wrapped to the width, from y down.
    static func title(_ chart: BarChart, y: inout Double) -> [TextLine] {
        let p = padding
        let titleChars = max(20, Int((width - 2 * p) / (titleSize * charWidth)))
        var titleLines: [TextLine] = []
        for line in wrap(chart.title, width: titleChars, maxLines: nil) {
            y += titleSize + 3
            titleLines.append(TextLine(text: line, x: p, y: y))
        }
        y += 8
        return titleLines
    }

    /// The legend: series names, or what the highlight colour means; as many rows as it needs.
    static func legend(_ chart: BarChart, y: inout Double) -> [LegendItem] {
        let p = padding
        var legendEntries: [(String, String)] = []
        if chart.series.count > 1 {
            legendEntries = chart.series.enumerated().map { ($0.element.name, BarChart.palette[$0.offset % BarChart.palette.count]) }
            if let words = chart.highlightLegend, !chart.highlighted.isEmpty {
                legendEntries.append((words.highlighted, BarChart.highlightColour))
            }
        } else if let words = chart.highlightLegend, !chart.highlighted.isEmpty {
            legendEntries = [(words.plain, BarChart.palette[0]), (words.highlighted, BarChart.highlightColour)]
        }
        var legend: [LegendItem] = []
        var x = p
        if !legendEntries.isEmpty {
            for (text, colour) in legendEntries {
                let itemWidth = swatch + 4 + textWidth(text) + 16
                if x + itemWidth > width - p, x > p {
                    x = p
                    y += labelSize + 6
                }
                legend.append(LegendItem(text: text, colour: colour, x: x, y: y))
                x += itemWidth
            }
            y += labelSize + 10
        }
        return legend
    }

    /// One row per category: its label, wrapped over at most two lines, and a bar per series.
    static func rows(_ chart: BarChart, labelChars: Int, plotX: Double, plotWidth: Double, y: inout Double) -> ([CategoryLabel], [Bar]) {
        let values = chart.series.flatMap(\.values)
        let maximum = max(chart.scaleMaximum ?? 0, values.max() ?? 0, 0)
        let seriesCount = max(1, chart.series.count)
        let lineHeight = labelSize + 2
        var labels: [CategoryLabel] = []
        var bars: [Bar] = []
        for (c, category) in chart.categories.enumerated() {
            let lines = wrap(category, width: labelChars, maxLines: 2)
            let barsHeight = Double(seriesCount) * barHeight + Double(seriesCount - 1) * barGap
            let rowHeight = max(barsHeight, Double(lines.count) * lineHeight)
            let barsTop = y + (rowHeight - barsHeight) / 2
            let textTop = y + (rowHeight - Double(lines.count) * lineHeight) / 2
            let labelX = plotX - 6
            labels.append(CategoryLabel(x: labelX, lines: lines.enumerated().map { i, text in
                TextLine(text: text, x: labelX, y: textTop + Double(i + 1) * lineHeight - 3)
            }))
            for (s, series) in chart.series.enumerated() {
                let value = c < series.values.count ? max(0, series.values[c]) : 0
                let length = maximum > 0 ? plotWidth * value / maximum : 0
                let barY = barsTop + Double(s) * (barHeight + barGap)
                let label = c < series.labels.count ? series.labels[c] : ""
                bars.append(Bar(category: c, series: s, x: plotX, y: barY, width: length, height: barHeight,
                                colour: chart.colour(series: s, category: c), label: label,
                                labelX: plotX + length + 5, labelY: barY + barHeight - 5))
            }
            y += rowHeight + groupGap
        }
        return (labels, bars)
    }

    /// The caption, wrapped to the width (none without a caption).
    static func caption(_ chart: BarChart, y: inout Double) -> [TextLine] {
        guard let text = chart.caption else { return [] }
        let p = padding
        let lineHeight = labelSize + 2
        var captionLines: [TextLine] = []
        y += 4
        for line in wrap(text, width: Int((width - 2 * p) / (labelSize * charWidth)), maxLines: nil) {
            y += lineHeight
            captionLines.append(TextLine(text: line, x: p, y: y - 3))
        }
        return captionLines
    }

    /// The estimated width of a text at the label size.
    static func textWidth(_ text: String) -> Double { Double(text.count) * labelSize * charWidth }

    /// Words wrapped to lines of at most `width` characters; a word longer than a line is cut.
    /// With `maxLines`, the last line ends in "…" when text is left over.
    static func wrap(_ text: String, width: Int, maxLines: Int?) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var w = String(word)
            while w.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(w.prefix(width)))
                w = String(w.dropFirst(width))
            }
            if line.isEmpty {
                line = w
            } else if line.count + 1 + w.count <= width {
                line += " " + w
            } else {
                lines.append(line)
                line = w
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        if let maxLines, lines.count > maxLines {
            var last = lines[maxLines - 1]
            if last.count >= width { last = String(last.prefix(width - 1)) }
            lines = Array(lines.prefix(maxLines - 1)) + [last + "…"]
        }
        return lines
    }
}
