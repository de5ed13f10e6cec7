import XCTest
import KVOModel
@testable import KVOScript

/// Commands amend through the workspace's `ChangeSet`: what the schema refuses is never stored.
final class AmendPathTests: XCTestCase {
    private let setup = """
        new "T"
        add party "Gemeente" type=municipality
        add member "Anna" party=PA-1

        """

    /// `remove PA-1 --force` cleared Anna's required party and stored a member `open` refuses.
    func testRemoveForceDoesNotLeaveARequiredFieldEmpty() {
        let r = runScript(setup + "remove PA-1 --force\n", bail: false)
        XCTAssertTrue(r.err.contains("MB-1: this member has no \"party\""), r.err)
        let after = runScript(setup + "remove PA-1 --force\necho exists(\"PA-1\"), field(\"MB-1\", \"party\")\n", bail: false)
        XCTAssertTrue(after.out.hasSuffix("true PA-1\n"), after.out)
    }

    func testAddNamesTheMissingFieldAndTheBrokenReferenceAsBefore() {
        let missing = runScript(setup + "add member party=PA-1\n", bail: false)
        XCTAssertTrue(missing.err.contains("a member needs name (text)"), missing.err)
        XCTAssertTrue(missing.err.contains("add it as name=VALUE"), missing.err)
        let broken = runScript(setup + "add member \"Bert\" party=PA-9\n", bail: false)
        XCTAssertTrue(broken.err.contains("party: there is no party PA-9"), broken.err)
        XCTAssertTrue(broken.err.contains("list parties shows the IDs"), broken.err)
        XCTAssertTrue(broken.err.contains("^"), "the value is pointed at: \(broken.err)")
    }

    func testIDsContinueFromTheHighest() {
        let r = runScript(setup + "add member \"Bert\" party=PA-1\nwaive KVO-3.7-UPDATES \"later\" until 2026-01-01 by PA-1\n"
                          + "waive KVO-3.7-SPOKESPERSON \"later\" until 2026-01-01\nvote PA-1 T05 urgency=4\n", bail: false)
        XCTAssertEqual(r.err, "")
        XCTAssertTrue(r.out.contains("added MB-2\n"), r.out)
        XCTAssertTrue(r.out.contains("added WV-1: KVO-3.7-UPDATES waived"), r.out)
        XCTAssertTrue(r.out.contains("added WV-2: KVO-3.7-SPOKESPERSON waived"), r.out)
        XCTAssertTrue(r.out.contains("V-1: Gemeente scores T05"), r.out)
    }
}
