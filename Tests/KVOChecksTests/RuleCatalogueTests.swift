import XCTest
import Foundation
@testable import KVOChecks

final class RuleCatalogueTests: XCTestCase {
    func testEightyUniqueRules() {
        let ids = RuleCatalogue.handbook.ids
        XCTAssertEqual(ids.count, 80)
        XCTAssertEqual(Set(ids).count, 80)
    }

    func testSelection() {
        let c = RuleCatalogue.handbook
        XCTAssertEqual(c.select("KVO-3.1.1-*").count, 5)
        XCTAssertEqual(c.select("§3.1").map(\.id), c.select("KVO-3.1*").map(\.id))
        XCTAssertEqual(c.select("kvo-5.2.2-four-measures").first?.level, .must)
        XCTAssertEqual(c.rule("KVO-6.3.1-AUDIT-HOURS")?.level, .info)
        XCTAssertEqual(c.rule("KVO-3.6-DOCSET-FIRST")?.when, .first)
        XCTAssertTrue(c.select("KVO-9.*").isEmpty)
    }

    func testGlob() {
        XCTAssertTrue(Glob.matches("KVO-4.1.?-*", "KVO-4.1.3-POSITIVES"))
        XCTAssertFalse(Glob.matches("KVO-4.1.?-*", "KVO-4.1-VA-WRITTEN"))
        XCTAssertTrue(Glob.matches("*", ""))
        XCTAssertFalse(Glob.matches("a*b", "ac"))
    }

    /// Every rule ID of shared/spec/requirements.md is in the catalogue with its § and level.
    func testMatchesTheSpecFile() throws {
        let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/spec/requirements.md").standardized
        guard let text = try? String(contentsOf: spec, encoding: .utf8) else { throw XCTSkip("shared/spec not beside the project") }
        var count = 0
        for line in text.split(separator: "\n") where line.hasPrefix("| KVO-") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let rule = RuleCatalogue.handbook.rule(cells[0])
            XCTAssertEqual(rule?.paragraph, cells[1], cells[0])
            XCTAssertEqual(rule?.level.rawValue, cells[2], cells[0])
            XCTAssertEqual(rule?.when.rawValue, cells[3], cells[0])
            count += 1
        }
        XCTAssertEqual(count, 80)
    }
}
