import XCTest
import KVOModel
@testable import KVOPlanning

final class ThemePriorityTests: XCTestCase {
    func evidence(_ theme: String, share: Double? = nil, incidents: Int = 0, negative: Int = 0, recurring: Int = 0) -> ThemeEvidence {
        var e = ThemeEvidence(theme: theme)
        if let share { e.surveyProblemShare["all"] = share }
        if incidents > 0 { e.incidentsByYear[2024] = incidents }
        e.negativeFindings = negative
        e.recurringFindings = recurring
        return e
    }

    func testEvidenceScoresAreTheMeanOfScaledParts() {
        let scores = ThemePriority.evidenceScores([
            evidence("T02", share: 0.5, incidents: 10, negative: 1),
            evidence("T05", share: 0.1, incidents: 5, negative: 2, recurring: 2),
            evidence("T07"),
        ])
        // Incidents scale to the highest (10), findings (negative + recurring) to the highest (4).
        XCTAssertEqual(scores["T02"]!, (0.5 + 1.0 + 0.25) / 3, accuracy: 1e-12)
        XCTAssertEqual(scores["T05"]!, (0.1 + 0.5 + 1.0) / 3, accuracy: 1e-12)
        XCTAssertNil(scores["T07"], "no evidence: left out, not scored 0")
    }

    func testEvidenceBreaksADeadlockBetweenParties() throws {
        var votes = Votes()
        votes.record(party: "PA-1", theme: "T02", .init(urgency: 5, means: 3))
        votes.record(party: "PA-1", theme: "T05", .init(urgency: 3, means: 3))
        votes.record(party: "PA-2", theme: "T02", .init(urgency: 3, means: 3))
        votes.record(party: "PA-2", theme: "T05", .init(urgency: 5, means: 3))
        let ev = [evidence("T02", share: 0.1), evidence("T05", share: 0.6)]
        let weighed = try ThemePriority.compute(votes: votes, evidence: ev, evidenceWeight: 1)
        XCTAssertEqual(weighed.order, ["T05", "T02"], "the evidence tips the balance")
        XCTAssertTrue(weighed.kemeny.isUnique)
        XCTAssertEqual(weighed.agreement?.w ?? -1, 0, accuracy: 1e-12, "agreement is over the parties only")
        let votesOnly = try ThemePriority.compute(votes: votes, evidence: ev, evidenceWeight: 0)
        XCTAssertEqual(votesOnly.kemeny.optimalCount, 2, "without evidence the parties are deadlocked")
        XCTAssertEqual(votesOnly.order, ["T02", "T05"], "the first by name")
    }

    func testHeavierEvidenceOutweighsAMajority() throws {
        var votes = Votes()
        for p in ["PA-1", "PA-2"] {
            votes.record(party: p, theme: "T02", .init(rank: 1))
            votes.record(party: p, theme: "T05", .init(rank: 2))
        }
        let ev = [evidence("T02", share: 0.1), evidence("T05", share: 0.9)]
        XCTAssertEqual(try ThemePriority.compute(votes: votes, evidence: ev, evidenceWeight: 1).order, ["T02", "T05"])
        XCTAssertEqual(try ThemePriority.compute(votes: votes, evidence: ev, evidenceWeight: 3).order, ["T05", "T02"])
    }

    func testEvidenceAloneWithoutVotes() throws {
        let p = try ThemePriority.compute(votes: Votes(), evidence: [evidence("T03", share: 0.2), evidence("T04", incidents: 3)], evidenceWeight: 0)
        XCTAssertEqual(p.order, ["T04", "T03"], "with no votes the evidence ranks even at weight 0")
        XCTAssertTrue(p.parties.isEmpty)
        XCTAssertNil(p.agreement)
    }

    func testNothingToRank() {
        XCTAssertThrowsError(try ThemePriority.compute(votes: Votes(), evidence: [evidence("T01")])) { error in
            XCTAssertEqual(error as? ThemePriority.Failure, .nothingToRank)
        }
    }

    func testRecordedPrioritiesWin() throws {
        let d = try Dossier.load(Array("""
            {"format": "kvo-dossier/2", "priorities": [
              {"id": "PR-1", "theme": "T05", "rank": 2}, {"id": "PR-2", "theme": "T02", "rank": 1}, {"id": "PR-3", "theme": "T09"}]}
            """.utf8))
        XCTAssertEqual(ThemePriority.recorded(d), ["T02", "T05"], "unranked priorities are left out")
    }
}
