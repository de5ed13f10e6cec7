import XCTest
import KVOModel

/// One answer, for rules and reports alike, to "was this person a member on that day?".
final class MembershipTests: XCTestCase {
    func testJoinedAndLeftAreDaysOfMembership() {
        var m = MemberRecord()
        XCTAssertTrue(m.isMember(on: Day("2020-01-01")!), "no dates: always a member")
        m.joined = Day("2024-03-01")
        m.left = Day("2025-06-30")
        XCTAssertFalse(m.isMember(on: Day("2024-02-29")!))
        XCTAssertTrue(m.isMember(on: Day("2024-03-01")!), "the day they join")
        XCTAssertTrue(m.isMember(on: Day("2025-06-30")!), "the day they leave")
        XCTAssertFalse(m.isMember(on: Day("2025-07-01")!))
    }
}
