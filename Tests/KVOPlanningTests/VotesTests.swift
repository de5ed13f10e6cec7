import XCTest
@testable import KVOPlanning

final class VotesTests: XCTestCase {
    func testScoresRankByUrgencyThenMeansKeepingTies() {
        var votes = Votes()
        votes.record(party: "police", theme: "T01", .init(urgency: 5, means: 3))
        votes.record(party: "police", theme: "T02", .init(urgency: 5, means: 4))
        votes.record(party: "police", theme: "T03", .init(urgency: 3, means: 5))
        votes.record(party: "police", theme: "T04", .init(urgency: 3, means: 5))
        votes.record(party: "police", theme: "T05", .init(urgency: 4))  // no means: left out
        XCTAssertEqual(votes.rankings()["police"], Ranking(groups: [["T02"], ["T01"], ["T03", "T04"]]))
        XCTAssertEqual(votes.incomplete(), ["police": ["T05"]])
    }

    func testFullRankWins() {
        let own: [String: Votes.Score] = ["T01": .init(urgency: 5, means: 5, rank: 2), "T02": .init(urgency: 1, means: 1, rank: 1)]
        XCTAssertEqual(Votes.ranking(of: own), Ranking(["T02", "T01"]))
        // A rank on only some themes is not a full ranking: fall back to the scores.
        let partial: [String: Votes.Score] = ["T01": .init(urgency: 5, means: 5), "T02": .init(urgency: 1, means: 1, rank: 1)]
        XCTAssertEqual(Votes.ranking(of: partial), Ranking(["T01", "T02"]))
    }

    func testLastVoteCountsAndEmptyPartiesAreLeftOut() {
        var votes = Votes()
        votes.record(party: "fire", theme: "T01", .init(urgency: 1, means: 1))
        votes.record(party: "fire", theme: "T01", .init(urgency: 2, means: 1))
        votes.record(party: "council", theme: "T01", .init(urgency: 2))
        XCTAssertEqual(votes.scores["fire"]?["T01"]?.urgency, 2)
        XCTAssertEqual(Set(votes.rankings().keys), ["fire"])
        XCTAssertEqual(votes.incomplete(), ["council": ["T01"]])
    }

    func testScoreVotesIntoTheIssueCase() throws {
        // Three parties score A > B > C, two score B > C > A: the consensus and Borda differ as in the issue.
        var votes = Votes()
        for p in ["p1", "p2", "p3"] {
            votes.record(party: p, theme: "A", .init(urgency: 5, means: 1))
            votes.record(party: p, theme: "B", .init(urgency: 4, means: 5))
            votes.record(party: p, theme: "C", .init(urgency: 4, means: 2))
        }
        for p in ["p4", "p5"] {
            votes.record(party: p, theme: "A", .init(urgency: 1, means: 5))
            votes.record(party: p, theme: "B", .init(urgency: 3, means: 3))
            votes.record(party: p, theme: "C", .init(urgency: 3, means: 2))
        }
        let rankings = votes.rankings().sorted { $0.key < $1.key }.map(\.value)
        XCTAssertEqual(try KemenyYoung.consensus(rankings).order, ["A", "B", "C"])
        XCTAssertEqual(BordaCount.rank(rankings).order, ["B", "A", "C"])
    }
}
