import XCTest
import Foundation
import KVOCSV
@testable import KVOImport

/// `import` splits CSV in the helper program kvo-csv (SwiftCSV, kept out of kvo for its start-up):
/// the program's answer must be the package's own reading, on every messy fixture.
final class CSVHelperProcessTests: XCTestCase {
    func testTheHelperReadsEveryFixtureAsThePackageDoes() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.folder).sorted()
        XCTAssertGreaterThan(names.count, 5)
        for name in names {
            let text = String(decoding: try Fixture.bytes(name), as: UTF8.self)
            for separator in [";", ",", "\t"] as [Character] {
                let viaProcess = try CSVHelperProcess.split(text, separator: separator)
                let inProcess = SwiftCSVSplitter.split(text, separator: separator)
                XCTAssertEqual(viaProcess, inProcess, "\(name) with \(separator)")
            }
        }
    }

    func testAFailureComesBackWithTheRowsBeforeIt() throws {
        // SwiftCSV stops at a quote inside an unquoted field.
        let text = "a;b\n1;2\n3;x\"y\n"
        let viaProcess = try CSVHelperProcess.split(text, separator: ";")
        XCTAssertEqual(viaProcess, SwiftCSVSplitter.split(text, separator: ";"))
    }

    func testTheHelperSitsBesideTheRunningProgram() {
        let path = CSVHelperProcess.helperPath()
        XCTAssertNotNil(path)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: path ?? ""), "\(path ?? "") is built with the tests")
    }
}
