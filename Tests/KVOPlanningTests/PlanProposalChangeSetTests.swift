import XCTest
import KVOModel
@testable import KVOPlanning

/// The planner's changes reach the dossier only through a checked `ChangeSet`.
final class PlanProposalChangeSetTests: XCTestCase {
    /// A plan adopted in 2199 runs to 2202, past the schema's last plausible quarter (2200Q4): the
    /// planner places measures there, and the change set refuses them instead of storing a
    /// dossier `open` would refuse.
    func testAProposalWithAnInvalidRecordIsRefused() throws {
        let text = """
            {"format": "\(Schema.format)",
             "plan": {"adopted": "2199-01-01"},
             "parties": [{"id": "PA-1", "name": "Vereniging", "type": "association"}],
             "goals": [{"id": "G-1", "theme": "T05", "description": "Doel"}, {"id": "G-2", "theme": "T02", "description": "Doel"},
                       {"id": "G-3", "theme": "T03", "description": "Doel"}],
             "measures": [{"id": "M-1", "title": "Licht", "goal": "G-3", "hours": 8}]}
            """
        let dossier = try Dossier.load(Array(text.utf8))
        let proposal = Planner(dossier: dossier, settings: Planner.Settings(asOf: Day("2198-12-01")!, ranking: ["T05", "T02", "T03"])).propose()
        XCTAssertTrue(proposal.changes.contains { ($0.after?["quarters"]?.arrayValue ?? []).contains(.string("2201Q1")) },
                      "the plan reaches 2201: \(proposal.changes.map(\.id))")
        XCTAssertThrowsError(try proposal.changeSet.amendment(command: "plan", at: "t", by: "u")) { error in
            let refusal = error as? ChangeSet.Refusal
            XCTAssertEqual(refusal?.kind, "measures")
            XCTAssertEqual(refusal?.reason, .invalid)
            XCTAssertTrue(refusal?.field?.hasPrefix("quarters") ?? false, "\(String(describing: refusal))")
        }
    }
}
