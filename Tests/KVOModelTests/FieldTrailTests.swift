import XCTest
import Foundation
@testable import KVOModel

/// The trail of `check RULE --trail`: every field read while recording, on this thread only.
final class FieldTrailTests: XCTestCase {
    func testReadsWhileRecordingAreNotedOnceInOrder() {
        let record = Record(fields: ["id": .string("M-1"), "status": .string("done"), "hours": .number(8)])
        _ = record.string("status")  // before: not noted
        let trail = FieldTrail()
        trail.recording {
            _ = record.string("status")
            _ = record.int("hours")
            _ = record.string("status")
            _ = record.string("reason")  // absent: noted with no value
            _ = record.id  // the ID names the record; it is no read of its own
        }
        _ = record.string("title")  // after: not noted
        XCTAssertEqual(trail.reads, [FieldTrail.Read(id: "M-1", field: "status", value: .string("done")),
                                     FieldTrail.Read(id: "M-1", field: "hours", value: .number(8)),
                                     FieldTrail.Read(id: "M-1", field: "reason", value: nil)])
        XCTAssertEqual(FieldTrail.active, 0)
    }

    func testAnotherThreadsReadsAreNotNoted() {
        let record = Record(fields: ["id": .string("M-2"), "status": .string("planned")])
        let trail = FieldTrail()
        trail.recording {
            let done = DispatchSemaphore(value: 0)
            let thread = Thread { _ = record.string("status"); done.signal() }
            thread.start()
            done.wait()
        }
        XCTAssertEqual(trail.reads, [])
    }
}
