import XCTest
@testable import KVOChecks

final class RegistryTests: XCTestCase {
    /// Every rule of requirements.md has exactly one evaluator, and no evaluator invents a rule.
    func testEveryRuleHasOneEvaluator() {
        let ids = RuleRegistry.all.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "an ID has two evaluators")
        for rule in RuleCatalogue.handbook.rules {
            XCTAssertNotNil(RuleRegistry.evaluator(rule.id), "\(rule.id) has no evaluator")
        }
        for id in ids { XCTAssertNotNil(RuleCatalogue.handbook.rule(id), "\(id) is not a rule of the catalogue") }
        XCTAssertEqual(ids.count, 80)
    }

    /// Each evaluator lives in a file named after its rule ID.
    func testEachRuleHasItsFile() throws {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/KVOChecks/Rules").standardized
        let files = try FileManager.default.subpathsOfDirectory(atPath: rules.path).map { ($0 as NSString).lastPathComponent }
        for rule in RuleCatalogue.handbook.rules {
            XCTAssertTrue(files.contains(rule.id + ".swift"), "no file \(rule.id).swift")
        }
    }
}
