import XCTest
@testable import KVOModel

final class DossierUpgradeTests: XCTestCase {
    func testStepsChainFromEveryOldFormatToTheCurrentOne() {
        for (i, step) in DossierUpgrade.steps.enumerated() {
            let next = i + 1 < DossierUpgrade.steps.count ? DossierUpgrade.steps[i + 1].from : Schema.format
            XCTAssertEqual(step.to, next, "step \(step.from) leads to the next step")
        }
        XCTAssertEqual(DossierUpgrade.readable.last, Schema.format)
    }

    func testV1MarkUsesAreRenamedAndMerged() throws {
        var top: [String: JSONValue] = ["format": .string("kvo-dossier/1"),
                                        "markuses": .array([.object(["id": .string("MU-1"), "date": .string("2025-01-01")])])]
        let steps = try XCTUnwrap(DossierUpgrade.upgrade(&top, from: "kvo-dossier/1"))
        XCTAssertEqual(steps.map(\.from), ["kvo-dossier/1"])
        XCTAssertNil(top["markuses"])
        XCTAssertEqual(top["format"], .string(Schema.format))
        guard case .array(let uses)? = top["markUses"] else { return XCTFail("no markUses") }
        XCTAssertEqual(uses.count, 1)
    }

    func testACurrentFileTakesNoStepAndAnUnknownOneIsRefused() {
        var top: [String: JSONValue] = [:]
        XCTAssertEqual(DossierUpgrade.upgrade(&top, from: Schema.format)?.count, 0)
        XCTAssertNil(DossierUpgrade.upgrade(&top, from: "kvo-dossier/0"))
    }

    func testLoadingAV1FileSaysSoAndHoldsTheCurrentFormat() throws {
        let bytes = Array(#"{"format": "kvo-dossier/1", "markuses": [{"id": "MU-1", "date": "2025-01-01"}]}"#.utf8)
        let dossier = try Dossier.load(bytes)
        XCTAssertEqual(dossier.upgradedFrom, "kvo-dossier/1")
        XCTAssertEqual(dossier.markUses.map(\.id), ["MU-1"])
        XCTAssertEqual(dossier.header["format"], .string(Schema.format))
    }

    func testOldFormatCopyName() {
        XCTAssertEqual(Workspace.oldFormatCopy(of: "/a/de-hoek.json", format: "kvo-dossier/1"), "/a/de-hoek.v1.json")
        XCTAssertEqual(Workspace.oldFormatCopy(of: "dossier", format: "kvo-dossier/1"), "dossier.v1.json")
    }
}

/// docs/language.md's table of deciding dates names every kind PointInTime treats.
final class PointInTimeDocumentTests: XCTestCase {
    func testTheDocumentNamesEveryDatedKind() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        let text = try String(contentsOfFile: root + "/docs/language.md", encoding: .utf8)
        guard let start = text.range(of: "### A point in time: --as-of") else { return XCTFail("no point-in-time section") }
        let section = text[start.upperBound...].prefix { _ in true }.components(separatedBy: "\n## ")[0]
        for entry in PointInTime.decidingDates {
            XCTAssertTrue(section.contains("`\(entry.kind.name)`"), "docs/language.md lacks the kind \(entry.kind.name)")
            for field in entry.fields {
                XCTAssertTrue(section.contains("`\(field)`"), "docs/language.md lacks \(entry.kind.name).\(field)")
            }
        }
    }
}
