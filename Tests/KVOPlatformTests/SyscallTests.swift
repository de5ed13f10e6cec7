#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
@testable import KVOPlatform

final class SyscallTests: XCTestCase {
    /// A call a signal interrupts twice is made a third time, and its result is the third's.
    func testRetriesWhileInterrupted() {
        var calls = 0
        let result = syscall { () -> Int32 in
            calls += 1
            if calls <= 2 { errno = EINTR; return -1 }
            return 7
        }
        XCTAssertEqual(result, 7)
        XCTAssertEqual(calls, 3)
    }

    /// Any other failure is returned at once, errno kept for the caller.
    func testOtherFailuresAreNotRetried() {
        var calls = 0
        let result = syscall { () -> Int in
            calls += 1
            errno = ENOSPC
            return -1
        }
        XCTAssertEqual(result, -1)
        XCTAssertEqual(calls, 1)
        XCTAssertEqual(errno, ENOSPC)
    }

    /// The throwing form names the operation, the path and errno; interrupted calls are retried.
    func testThrowingFormKeepsOperationPathAndErrno() {
        var calls = 0
        XCTAssertThrowsError(try syscall(.write, "/x/y") { () -> Int in
            calls += 1
            errno = calls <= 2 ? EINTR : EACCES
            return -1
        }) { error in
            XCTAssertEqual(error as? IOError, IOError(.write, "/x/y", .errno(EACCES)))
        }
        XCTAssertEqual(calls, 3)
    }

    func testThrowingFormReturnsTheResult() throws {
        XCTAssertEqual(try syscall(.read, "p") { Int32(3) }, 3)
    }
}
