import XCTest
@testable import KVOScript

/// CSV output is opened in spreadsheets: a cell that would start a formula is neutralised with a
/// leading apostrophe, as OWASP advises against CSV injection (issue 12, defect 7). A plain
/// number such as -3 or -2.5 stays a number.
final class TableCSVTests: XCTestCase {
    private func csv(_ cells: [String]) -> [String] {
        let text = Table(headers: ["h"], rows: cells.map { [$0] }).csv
        return Array(text.components(separatedBy: "\r\n").dropFirst().dropLast())
    }

    func testFormulaCellsAreNeutralised() {
        XCTAssertEqual(csv(["=1+2", "+31 6 1234", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")", "\tx", "\rx", "-", "=", "-cmd|' /C calc'!A0"]),
                       ["'=1+2", "'+31 6 1234", "'-2+3", "'@SUM(A1)", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "'\tx", "\"'\rx\"", "'-", "'=",
                        "'-cmd|' /C calc'!A0"])
    }

    func testPlainNumbersAndOtherTextStay() {
        XCTAssertEqual(csv(["-3", "-2.5", "-0,5", "12", "2025-03-01", "a=b", "x-y", "M-1", "", " - spaced"]),
                       ["-3", "-2.5", "\"-0,5\"", "12", "2025-03-01", "a=b", "x-y", "M-1", "", "\" - spaced\""])
    }

    func testHeadersAreNeutralisedToo() {
        XCTAssertEqual(Table(headers: ["=x", "b"], rows: []).csv, "'=x,b\r\n")
    }
}

/// The Excel-friendly CSV (issue 14): what Excel in a Dutch locale opens as columns.
final class ExcelCSVTests: XCTestCase {
    func testDutchExcelCSV() {
        let t = Table(headers: ["id", "titel", "uren", "aandeel"],
                      rows: [["M-1", "Borden; twee stuks", "2.5", "25.8%"], ["M-2", "\"Quote\"", "-1.25", "=1+2"], ["M-3", "1.2.3", "2025-03-01", ""]])
        let text = t.excelCSV
        XCTAssertTrue(text.hasPrefix("\u{FEFF}id;titel;uren;aandeel\r\n"), text)
        let lines = text.dropFirst().components(separatedBy: "\r\n")
        XCTAssertEqual(lines[1], "M-1;\"Borden; twee stuks\";2,5;25,8%")
        XCTAssertEqual(lines[2], "M-2;\"\"\"Quote\"\"\";-1,25;'=1+2")
        XCTAssertEqual(lines[3], "M-3;1.2.3;2025-03-01;")
        XCTAssertEqual(lines.last, "")
    }

    func testRFC4180StaysAsItWas() {
        XCTAssertEqual(Table(headers: ["a", "b"], rows: [["2.5", "x,y"]]).csv, "a,b\r\n2.5,\"x,y\"\r\n")
    }
}
