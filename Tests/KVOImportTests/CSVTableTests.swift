import XCTest
@testable import KVOImport

/// The CSV dialects exports come in, and the places errors point at.
final class CSVTableTests: XCTestCase {
    private func table(_ text: String) throws -> CSVTable { try CSVTable(name: "t.csv", bytes: Array(text.utf8)) }

    func testMessySurveyExport() throws {
        // BOM, CRLF, ';', quoted ';', quoted line breaks with doubled quotes, two empty rows.
        let t = try Fixture.table("survey-de-hoek.csv")
        XCTAssertEqual(t.separator, ";")
        XCTAssertEqual(t.header.count, 13)
        XCTAssertEqual(t.header.first, "Respondent ID", "the byte-order mark is not part of the first header")
        XCTAssertEqual(t.headerLine, 1)
        XCTAssertEqual(t.rows.count, 6)
        XCTAssertEqual(t.emptyRows, 2)
        XCTAssertEqual(t.rows.map(\.line), [2, 3, 7, 9, 10, 11], "a row after quoted line breaks starts on its own line")
        XCTAssertEqual(t.rows[0][9], "Na zessen is het donker; ook in de Kuiperstraat.")
        XCTAssertEqual(t.rows[1][2], "Café De Brug; eigenaar")
        XCTAssertEqual(t.rows[1][9], "Twee keer ingebroken.\nPolitie kwam pas de volgende ochtend.")
        XCTAssertEqual(t.rows[1][11], "Containers aan de Hoogstraat\nworden te laat geleegd, \"altijd\" vol.")
        XCTAssertEqual(t.rows[3][9], "Graag camera’s bij de ingang aan de ’s-Hertogenbosch-zijde.")
        XCTAssertEqual(t.rows[5][2], "Ana \"Annie\" López")
        XCTAssertTrue(t.rows.allSatisfy { $0.fields.count == 13 })
    }

    func testCommaFileWithoutFinalLineBreak() throws {
        let t = try Fixture.table("incidents-politie.csv")
        XCTAssertEqual(t.separator, ",")
        XCTAssertEqual(t.header, ["Pleegdatum", "Maatschappelijke klasse", "Pleegadres", "Postcode", "Registratienummer"])
        XCTAssertEqual(t.rows.count, 4)
        XCTAssertEqual(t.rows.map(\.line), [2, 3, 4, 5])
        XCTAssertEqual(t.rows[1][2], "Brugweg 3, Dommelrode")
        XCTAssertEqual(t.rows[1][3], "")
        XCTAssertEqual(t.rows[3][4], "PL-0004", "the last field of a file without a final line break is kept")
    }

    func testLastEmptyFieldWithoutFinalLineBreakIsKept() throws {
        let t = try table("a;b;c\n1;2;")
        XCTAssertEqual(t.rows.count, 1)
        XCTAssertEqual(t.rows[0].fields, ["1", "2", ""])
    }

    func testSeparatorIsDetectedFromTheHeaderLine() throws {
        // A comma inside a question does not make a ';' file a comma file; quoted separators do not count.
        XCTAssertEqual(try table("park;12 Hoe vaak, en waar?;13 Camera's\nP-1;soms;nee\n").separator, ";")
        XCTAssertEqual(try table("\"a;b\",c,d\n1,2,3\n").separator, ",")
        XCTAssertEqual(try table("a\tb\tc\n1\t2\t3\n").separator, "\t")
        XCTAssertEqual(try table("\n\nonly\nx\n").separator, ",")
        // Commas in a question of a ';' file outnumber its separators on the header line alone;
        // the rows under it decide: ';' is the character every line has equally often.
        XCTAssertEqual(try table("12 Hoe vaak, waar, wanneer?;park\nsoms;P-1\nnooit;P-1\n").separator, ";")
        XCTAssertEqual(try table("a,b;c,d\n1,2;3,4\n5,6;7,8\n").separator, ",")
        let tabs = try table("column\trole\nNaam\tdrop\n")
        XCTAssertEqual(tabs.rows[0].fields, ["Naam", "drop"])
    }

    func testOldMacLineEndsAndBlankLinesCount() throws {
        let t = try table("a;b\r1;2\r\r3;4\r")
        XCTAssertEqual(t.rows.map(\.line), [2, 4])
        XCTAssertEqual(t.emptyRows, 1)
        let leading = try table("\n\na;b\n1;2\n")
        XCTAssertEqual(leading.headerLine, 3)
        XCTAssertEqual(leading.rows.map(\.line), [4])
    }

    func testTrailingEmptyFieldsAreTolerated() throws {
        let t = try table("a;b\n1;2;;\n")
        XCTAssertEqual(t.rows[0].fields, ["1", "2"])
    }

    func testWrongNumberOfFieldsGivesLineAndColumn() throws {
        let e = importError { try Fixture.table("incidents-wrong-fields.csv") }
        XCTAssertEqual(e?.line, 3)
        XCTAssertEqual(e?.column, 34, "the caret is at the field too many")
        XCTAssertEqual(e?.message.en, "this row has 4 fields, the header (line 1) has 3")
        XCTAssertEqual(e?.file, "incidents-wrong-fields.csv")
        XCTAssertTrue(e?.hint?.en.contains("double quotes") == true)
        let short = importError { try table("a;b;c\n1;2;3\n4;5\n") }
        XCTAssertEqual(short?.line, 3)
        XCTAssertEqual(short?.column, 3)
        XCTAssertEqual(short?.message.en, "this row has 2 fields, the header (line 1) has 3")
        // A table written by hand may leave off its empty last fields.
        let byHand = try CSVTable(name: "m.tsv", bytes: Array("column\trole\tsubject\nNaam\tdrop\n".utf8), shortRowsAllowed: true)
        XCTAssertEqual(byHand.rows[0].fields, ["Naam", "drop", ""])
    }

    func testQuoteProblemsGiveLineAndColumn() throws {
        let after = importError { try table("a;b\n1;2\n3;\"x\"y\n") }
        XCTAssertEqual(after?.message.en, "text after the closing quote of a field")
        XCTAssertEqual(after?.line, 3)
        XCTAssertEqual(after?.column, 6)
        let inside = importError { try table("a;b\n1;ab\"c\n") }
        XCTAssertEqual(inside?.message.en, "a quote inside a field that does not start with one")
        XCTAssertEqual(inside?.line, 2)
        XCTAssertEqual(inside?.column, 5)
        let unclosed = importError { try table("a;b\n1;2\n3;\"never closed\n4;5\n6;7\n") }
        XCTAssertEqual(unclosed?.message.en, "this quote is never closed, so the rest of the file would be one field")
        XCTAssertEqual(unclosed?.line, 3)
        XCTAssertEqual(unclosed?.column, 3)
    }

    func testWindows1252IsDecodedAndNamed() throws {
        // Excel's plain "CSV" on Windows: "Café" with é as 0xE9, a euro sign as 0x80, a ’ as 0x92.
        let t = try CSVTable(name: "ansi.csv", bytes: Array("a;b\n1;Caf".utf8) + [0xE9, 0x20, 0x80, 0x92] + Array("\n".utf8))
        XCTAssertEqual(t.rows[0][1], "Café €’")
        XCTAssertEqual(t.encoding, .windows1252)
        XCTAssertEqual(t.encoding.name, "Windows-1252")
    }

    func testUTF16WithByteOrderMark() throws {
        let text = "park;12 Hoe vaak?\r\nDe Hoek;soms, één keer\r\n"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (bytes, encoding) in [(le, CSVTable.Encoding.utf16LE), (be, .utf16BE)] {
            let t = try CSVTable(name: "u16.csv", bytes: bytes)
            XCTAssertEqual(t.encoding, encoding)
            XCTAssertEqual(t.header, ["park", "12 Hoe vaak?"], "the byte-order mark is not part of the first header")
            XCTAssertEqual(t.rows[0][1], "soms, één keer")
        }
        XCTAssertEqual(try table("a;b\n1;2\n").encoding, .utf8)
        XCTAssertEqual(try CSVTable(name: "b.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("a;b\n1;2\n".utf8)).encoding, .utf8BOM)
    }

    func testBinaryFilesAreNamedNeverQuoted() {
        // An .xlsx is a ZIP archive holding xl/workbook.xml; an .xls an OLE compound file.
        let xlsx: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0] + Array("xl/workbook.xml".utf8) + [0, 0x1B, 0x5B, 0x32, 0x4A]
        let xls: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0x1B]
        let pdf: [UInt8] = Array("%PDF-1.7\n".utf8) + [0, 1, 2]
        let other: [UInt8] = [0x01, 0x02, 0x00, 0x00, 0x1B, 0x5B, 0x32, 0x4A, 0x00]
        for (bytes, what) in [(xlsx, "an Excel workbook"), (xls, "an old Excel workbook (.xls)"), (pdf, "a PDF document"), (other, "a binary file, not a CSV file")] {
            let e = importError { try CSVTable(name: "f.csv", bytes: bytes) }
            XCTAssertEqual(e?.message.en.hasPrefix("f.csv is \(what)"), true, e?.message.en ?? "")
            XCTAssertNil(e?.text, "the bytes are never echoed")
            XCTAssertNil(e?.line)
        }
    }

    func testEmptyFile() {
        XCTAssertEqual(importError { try self.table("") }?.message.en, "t.csv is empty")
        XCTAssertEqual(importError { try CSVTable(name: "t.csv", bytes: [0xEF, 0xBB, 0xBF, 0x0D, 0x0A]) }?.message.en, "t.csv is empty")
    }

    func testFieldLocations() throws {
        let t = try Fixture.table("survey-de-hoek.csv")
        // Row 1002 starts on line 3; its field 11 starts on line 4, after the quoted line break of field 9.
        let at = t.location(ofField: 11, in: t.rows[1])
        XCTAssertEqual(at.line, 4)
        XCTAssertEqual(at.column, 45)
        XCTAssertEqual(t.location(ofField: 0, in: t.rows[1]).column, 1)
        XCTAssertEqual(t.location(ofHeader: 2).column, 25)
    }
}
