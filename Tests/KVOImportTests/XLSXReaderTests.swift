import XCTest
import Foundation
import ZIPFoundation
import KVOModel
@testable import KVOCSV
@testable import KVOImport

/// Excel workbooks read directly (Fixtures/survey-msforms.xlsx, made with openpyxl as Microsoft
/// Forms' download is laid out): the sheet's cells as text, date cells as the date they show.
final class XLSXReaderTests: XCTestCase {
    func testWorkbookCellsAndDates() throws {
        let sheet = try XLSXReader.read(Data(Fixture.bytes("survey-msforms.xlsx")))
        XCTAssertEqual(sheet.name, "Form1")
        XCTAssertEqual(sheet.sheets, ["Form1"])
        XCTAssertEqual(sheet.rows.count, 4)
        XCTAssertEqual(sheet.rows[0][5], "5 Hoe veilig voelt u zich op het terrein?")
        XCTAssertEqual(sheet.rows[1], ["1", "2025-04-03 10:15", "2025-04-03 10:19", "anoniem", "", "Veilig", "App-groep;E-mailnieuwsbrief;"])
    }

    func testDateSerials() {
        XCTAssertEqual(XLSXReader.dateText(serial: 45750, epoch1904: false), "2025-04-03")
        XCTAssertEqual(XLSXReader.dateText(serial: 45750.75, epoch1904: false), "2025-04-03 18:00")
        XCTAssertEqual(XLSXReader.dateText(serial: 61, epoch1904: false), "1900-03-01")
        XCTAssertEqual(XLSXReader.dateText(serial: 0, epoch1904: true), "1904-01-01")
        XCTAssertTrue(XLSXReader.isDateFormat(id: 14, code: nil))
        XCTAssertTrue(XLSXReader.isDateFormat(id: 164, code: "d-m-yy h:mm"))
        XCTAssertFalse(XLSXReader.isDateFormat(id: 164, code: "[Red]0.00"))
        XCTAssertFalse(XLSXReader.isDateFormat(id: 2, code: nil))
    }

    func testAWorkbookImportsThroughTheHelper() throws {
        let bytes = try Fixture.bytes("survey-msforms.xlsx")
        XCTAssertTrue(CSVTable.isWorkbook(bytes))
        let table = try CSVTable(name: "forms.xlsx", workbook: bytes)
        XCTAssertEqual(table.sheet, "Form1")
        XCTAssertEqual(table.rows.count, 3)
        XCTAssertEqual(table.rows[2][6], "Bijeenkomst;")
        XCTAssertEqual(table.rows[0].line, 2, "a row's line is its row in the sheet")
        let missing = importError { try CSVTable(name: "forms.xlsx", workbook: bytes, sheet: "Blad2") }
        XCTAssertEqual(missing?.message.en, "forms.xlsx has no sheet 'Blad2'")
        XCTAssertEqual(missing?.hint?.nl, "de werkbladen zijn: Form1")
    }

    /// The fixture with its sheet's XML cut off halfway (as a download that broke off, repacked):
    /// the reader used to ignore the XML parser's answer and return the rows read up to the cut,
    /// so an import silently lost the rest. It must say the part is damaged instead.
    func testADamagedSheetIsAnErrorNotFewerRows() throws {
        let original = try Archive(data: Data(Fixture.bytes("survey-msforms.xlsx")), accessMode: .read)
        let damaged = try Archive(data: Data(), accessMode: .create)
        for entry in original {
            var data = Data()
            _ = try original.extract(entry, skipCRC32: true) { data.append($0) }
            if entry.path.hasPrefix("xl/worksheets/") { data = data.prefix(data.count * 2 / 3) }
            try damaged.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        let bytes = try XCTUnwrap(damaged.data)
        XCTAssertThrowsError(try XLSXReader.read(bytes)) { error in
            let text = (error as? Diagnostic)?.message.en ?? "\(error)"
            XCTAssertTrue(text.contains("xl/worksheets/sheet1.xml") && text.contains("not well-formed"), text)
        }
    }
}
