import XCTest
import Foundation
@testable import KVOModel

final class ThemeCatalogueTests: XCTestCase {
    func testHandbookCounts() {
        let c = ThemeCatalogue.handbook
        XCTAssertEqual(c.themes.count, 12)
        XCTAssertEqual(c.subjects.count, 44)
        XCTAssertEqual(c.themes.filter(\.mandatory).count, 10)
        XCTAssertEqual(c.subjects.filter(\.mandatoryOpenQuestion).map(\.number), [16, 23, 33])
        XCTAssertEqual(c.theme(ofSubject: 40)?.id, "T10")
        XCTAssertEqual(c.themes.map(\.minimumBlocks).reduce(0, +), 20)
    }

    /// The generated catalogue must match shared/spec/themes.tsv when it is beside the project.
    func testMatchesTheSpecFile() throws {
        let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/spec/themes.tsv").standardized
        guard let text = try? String(contentsOf: spec, encoding: .utf8) else { throw XCTSkip("shared/spec not beside the project") }
        let themeLines = text.split(separator: "\n").filter { $0.hasPrefix("theme\t") }
        XCTAssertEqual(themeLines.map { String($0.split(separator: "\t")[1]) }, ThemeCatalogue.handbook.themes.map(\.id))
        XCTAssertEqual(text.split(separator: "\n").filter { $0.hasPrefix("subject\t") }.count, 44)
    }
}
