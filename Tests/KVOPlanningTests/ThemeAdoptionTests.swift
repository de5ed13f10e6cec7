import XCTest
import KVOModel
@testable import KVOPlanning

/// `prioritise --adopt`: the consensus becomes the priorities in one valid change set.
final class ThemeAdoptionTests: XCTestCase {
    private func dossier(conclusion: String? = nil, adopted: Bool = false) throws -> Dossier {
        var analysis: [String] = []
        if let conclusion { analysis.append("\"conclusion\": \"\(conclusion)\"") }
        if adopted { analysis.append("\"adopted\": \"2025-01-01\"") }
        let text = """
            {"format": "\(Schema.format)",
             \(analysis.isEmpty ? "" : "\"analysis\": {\(analysis.joined(separator: ", "))},")
             "parties": [{"id": "PA-1", "name": "Politie", "type": "police"}, {"id": "PA-2", "name": "Gemeente", "type": "municipality"}],
             "priorities": [{"id": "PR-1", "theme": "T07", "rank": 1, "year": 2}, {"id": "PR-2", "theme": "T02", "rank": 2, "year": 1}],
             "votes": [{"id": "V-1", "party": "PA-1", "theme": "T05", "urgency": 5, "means": 3},
                       {"id": "V-2", "party": "PA-1", "theme": "T02", "urgency": 3, "means": 3},
                       {"id": "V-3", "party": "PA-2", "theme": "T05", "urgency": 4, "means": 4},
                       {"id": "V-4", "party": "PA-2", "theme": "T02", "urgency": 2, "means": 2}]}
            """
        return try Dossier.load(Array(text.utf8))
    }

    func testTheConsensusBecomesTheRanksInOneValidChange() throws {
        let d = try dossier()
        let priority = try ThemePriority.compute(d, evidenceWeight: 0)
        XCTAssertEqual(priority.order, ["T05", "T02"])
        let adoption = ThemeAdoption.make(d, priority: priority, date: Day("2026-01-15")!, present: ["PA-1", "PA-2"], conclusion: "Vastgesteld.")
        let (_, after) = try adoption.changes.applied(to: d, command: "prioritise --adopt", at: "t", by: "u")
        let byTheme = Dictionary(uniqueKeysWithValues: after.priorities.map { ($0.theme!, $0) })
        XCTAssertEqual(byTheme["T05"]?.rank, 1)
        XCTAssertEqual(byTheme["T02"]?.rank, 2)
        // A theme outside the consensus keeps its order, after it; a plan year stays.
        XCTAssertEqual(byTheme["T07"]?.rank, 3)
        XCTAssertEqual(byTheme["T07"]?.year, 2)
        XCTAssertEqual(byTheme["T02"]?.year, 1)
        // The median of the parties' scores, halfway rounded up: urgency 5 and 4 give 5.
        XCTAssertEqual(byTheme["T05"]?.urgency, 5)
        XCTAssertEqual(byTheme["T05"]?.means, 4)
        XCTAssertEqual(byTheme["T02"]?.urgency, 3)
        XCTAssertEqual(after.analysis.adopted, Day("2026-01-15"))
        XCTAssertEqual(after.analysis.adoptedBy, ["PA-1", "PA-2"])
        XCTAssertEqual(after.analysis.conclusion, "Vastgesteld.")
        XCTAssertEqual(after.analysis.concluded, Day("2026-01-15"))
        XCTAssertTrue(adoption.wroteConclusion)
        XCTAssertEqual(ThemePriority.recorded(after), ["T05", "T02", "T07"])
    }

    func testTheWorkgroupsOwnConclusionIsKept() throws {
        let d = try dossier(conclusion: "Onze eigen conclusie.")
        let adoption = ThemeAdoption.make(d, priority: try ThemePriority.compute(d), date: Day("2026-01-15")!, present: [], conclusion: "Nieuw.")
        XCTAssertFalse(adoption.wroteConclusion)
        let (_, after) = try adoption.changes.applied(to: d, command: "c", at: "t", by: "u")
        XCTAssertEqual(after.analysis.conclusion, "Onze eigen conclusie.")
        XCTAssertNil(after.analysis.concluded)
        XCTAssertEqual(after.analysis.adopted, Day("2026-01-15"))
    }

    func testAConclusionOfAnEarlierAdoptionIsReplaced() throws {
        let d = try dossier(conclusion: "Eerder vastgesteld.", adopted: true)
        let adoption = ThemeAdoption.make(d, priority: try ThemePriority.compute(d), date: Day("2026-01-15")!, present: [], conclusion: "Nieuw.")
        XCTAssertTrue(adoption.wroteConclusion)
    }

    func testMedian() {
        XCTAssertNil(ThemeAdoption.median([]))
        XCTAssertEqual(ThemeAdoption.median([3]), 3)
        XCTAssertEqual(ThemeAdoption.median([2, 3]), 3)
        XCTAssertEqual(ThemeAdoption.median([5, 1, 3]), 3)
    }
}
