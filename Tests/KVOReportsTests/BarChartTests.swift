import XCTest
@testable import KVOReports

final class BarChartTests: XCTestCase {
    func chart(_ values: [Double], series: Int = 1, categories: [String]? = nil) -> BarChart {
        let names = categories ?? values.indices.map { "antwoord \($0 + 1)" }
        return BarChart(title: "Vraag", categories: names,
                        series: (0..<series).map { s in
                            BarChart.Series(name: "reeks \(s)", values: values.map { $0 + Double(s) }, labels: values.map { "\(Int($0) + s)" })
                        })
    }

    func testBarsAreProportionalToTheirValuesFromOneBaseline() {
        let l = BarChartLayout(chart([10, 5, 0, 2.5]))
        XCTAssertEqual(l.bars.count, 4)
        XCTAssertEqual(l.bars[0].width, l.plotWidth, accuracy: 0.001)
        XCTAssertEqual(l.bars[1].width, l.plotWidth / 2, accuracy: 0.001)
        XCTAssertEqual(l.bars[2].width, 0)
        XCTAssertEqual(l.bars[3].width, l.plotWidth / 4, accuracy: 0.001)
        XCTAssertTrue(l.bars.allSatisfy { $0.x == l.plotX })
        // Each value label sits just right of its bar, inside the picture.
        for b in l.bars {
            XCTAssertGreaterThan(b.labelX, b.x + b.width)
            XCTAssertLessThan(b.labelX + 60, l.width)
        }
    }

    func testAScaleMaximumShortensTheBars() {
        var c = chart([25, 50])
        c.scaleMaximum = 100
        let l = BarChartLayout(c)
        XCTAssertEqual(l.bars[1].width, l.plotWidth / 2, accuracy: 0.001)
        XCTAssertEqual(l.bars[0].width, l.plotWidth / 4, accuracy: 0.001)
    }

    func testBarsStayInsideThePictureAndDoNotOverlap() {
        let l = BarChartLayout(chart([3, 9, 4, 1, 7], series: 3))
        XCTAssertEqual(l.bars.count, 15)
        XCTAssertEqual(l.legend.map(\.text), ["reeks 0", "reeks 1", "reeks 2"])
        for b in l.bars {
            XCTAssertGreaterThanOrEqual(b.x, 0)
            XCTAssertLessThanOrEqual(b.x + b.width, l.width)
            XCTAssertGreaterThan(b.y, l.titleLines.last!.y)
            XCTAssertLessThanOrEqual(b.y + b.height, l.height)
        }
        let sorted = l.bars.sorted { $0.y < $1.y }
        for (a, b) in zip(sorted, sorted.dropFirst()) { XCTAssertLessThanOrEqual(a.y + a.height, b.y) }
        // The bars of one category sit together, in series order.
        XCTAssertEqual(l.bars.filter { $0.category == 2 }.map(\.series), [0, 1, 2])
    }

    func testLongLabelsWrapOverTwoLinesAtMostAndLongTitlesWrapFully() {
        let long = String(repeating: "verlichting ", count: 12)
        var c = chart([1, 2], categories: [long, "kort"])
        c.title = String(repeating: "Hoe tevreden bent u over de verlichting op het terrein? ", count: 4)
        let l = BarChartLayout(c)
        XCTAssertEqual(l.categoryLabels[0].lines.count, 2)
        XCTAssertTrue(l.categoryLabels[0].lines[1].text.hasSuffix("…"))
        XCTAssertEqual(l.categoryLabels[1].lines.map(\.text), ["kort"])
        XCTAssertGreaterThan(l.titleLines.count, 2)
        XCTAssertEqual(l.titleLines.map(\.text).joined(separator: " ").split(separator: " ").count,
                       c.title.split(separator: " ").count)
        XCTAssertLessThanOrEqual(l.plotX, 12 + BarChartLayout.maxLabelWidth + 8)
    }

    func testALongCaptionWrapsInsideThePicture() {
        var c = chart([1, 2])
        c.caption = "Onderwerp 10. " + String(repeating: "Verlichting: kwantiteit - kwaliteit - private terreinen - ", count: 3) + "n = 31"
        let l = BarChartLayout(c)
        XCTAssertGreaterThan(l.caption.count, 1)
        for line in l.caption {
            XCTAssertLessThanOrEqual(line.x + BarChartLayout.textWidth(line.text), l.width)
            XCTAssertLessThanOrEqual(line.y, l.height)
            XCTAssertGreaterThan(line.y, l.plotBottom)
        }
        XCTAssertEqual(l.caption.map(\.text).joined(separator: " "), c.caption)
    }

    func testSVGHasOneRectPerBarTextLabelsATitleAndEscapedText() {
        var c = chart([4, 2])
        c.title = "Overlast <\"groot\"> & klein"
        c.categories = ["<b>ja</b>", "nee & dus"]
        let svg = c.svg(id: "t-1")
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertTrue(svg.hasSuffix("</svg>"))
        XCTAssertEqual(svg.components(separatedBy: "<rect class=\"bar\"").count - 1, 2)
        XCTAssertTrue(svg.contains("<title id=\"t-1-title\">Overlast &lt;&quot;groot&quot;&gt; &amp; klein</title>"))
        XCTAssertTrue(svg.contains(">&lt;b&gt;ja&lt;/b&gt;</text>"))
        XCTAssertTrue(svg.contains(">nee &amp; dus</text>"))
        XCTAssertFalse(svg.contains("<b>"))
        XCTAssertTrue(svg.contains("width=\"720\""))
        // No blank line: Markdown would end the HTML block there.
        XCTAssertFalse(svg.contains("\n\n"))
    }

    func testHighlightedAnswersGetTheHighlightColourAndALegend() {
        var c = chart([4, 2, 1])
        c.highlighted = [1, 2]
        c.highlightLegend = ("geen probleem", "probleem")
        let l = BarChartLayout(c)
        XCTAssertEqual(l.bars.map(\.colour), [BarChart.palette[0], BarChart.highlightColour, BarChart.highlightColour])
        XCTAssertEqual(l.legend.map(\.text), ["geen probleem", "probleem"])
    }

    func testSVGNumbers() {
        XCTAssertEqual(SVGNumber.format(12), "12")
        XCTAssertEqual(SVGNumber.format(12.34), "12.3")
        XCTAssertEqual(SVGNumber.format(-0.26), "-0.3")
    }

    /// A coordinate from a division by a zero total is drawn at 0, not trapped (issue 12).
    func testSVGNumbersNeverTrap() {
        for x in [Double.nan, .infinity, -.infinity, 1e300, -9.3e18] { XCTAssertEqual(SVGNumber.format(x), "0", "\(x)") }
    }
}
