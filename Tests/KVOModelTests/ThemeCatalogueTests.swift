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

    /// The look-ups built once in `init` answer what walking the themes answers, for every
    /// number and ID (including ones no subject or theme has, and an ID in lower case).
    func testLookUpsMatchAWalkOfTheCatalogue() {
        for c in [ThemeCatalogue.handbook, ThemeCatalogue(themes: []),
                  ThemeCatalogue(themes: [Theme(id: "X1", dutch: "x", english: "x", mandatory: false, minimumBlocks: 0, subjects: [
                      Subject(number: 7, dutch: "a", english: "a", mandatoryOpenQuestion: false),
                      Subject(number: 7, dutch: "b", english: "b", mandatoryOpenQuestion: false)])])] {
            XCTAssertEqual(c.subjects, c.themes.flatMap(\.subjects))
            for n in -2...60 {
                XCTAssertEqual(c.subject(n), c.themes.flatMap(\.subjects).first { $0.number == n }, "subject \(n)")
                XCTAssertEqual(c.theme(ofSubject: n), c.themes.first { $0.subjects.contains { $0.number == n } }, "theme of \(n)")
            }
            for id in c.themes.map(\.id) + c.themes.map { $0.id.lowercased() } + ["T13", "", "T1"] {
                XCTAssertEqual(c.theme(id), c.themes.first { $0.id.caseInsensitiveEquals(id) }, id)
            }
        }
        XCTAssertEqual(ThemeCatalogue.handbook.subject(16)?.mandatoryOpenQuestion, true)
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
