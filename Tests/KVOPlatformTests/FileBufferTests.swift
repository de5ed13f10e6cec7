#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
@testable import KVOPlatform

/// A file read into pages that are given back as they are passed (FileBuffer, issue 15).
final class FileBufferTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = try FileSystem.makeTemporaryFolder("kvo-buffer-test")
    }

    override func tearDown() {
        _ = Subprocess.run("/bin/rm", ["-rf", folder], seconds: 30)
    }

    func testHoldsTheFileAndGivesBackWholePagesBelowAnOffset() throws {
        let path = folder + "/f"
        let bytes = (0..<50_000).map { UInt8(truncatingIfNeeded: $0 % 251 + 1) }
        try FileSystem.writeAtomically(bytes, to: path)
        let buffer = try XCTUnwrap(FileBuffer.read(path))
        XCTAssertEqual(buffer.count, bytes.count)
        XCTAssertEqual(buffer.withBytes { Array($0) }, bytes)
        let page = FileBuffer.pageSize
        buffer.release(below: 2 * page + 10)
        XCTAssertEqual(buffer.released, 2 * page)
        buffer.withBytes { b in
            XCTAssertTrue(b[0..<(2 * page)].allSatisfy { $0 == 0 }, "the pages given back read as zeros")
            XCTAssertEqual(Array(b[(2 * page)...]), Array(bytes[(2 * page)...]), "the rest is untouched")
        }
        buffer.release(below: page) // never backwards
        XCTAssertEqual(buffer.released, 2 * page)
        buffer.release(below: 10 * page) // never past the end
        XCTAssertLessThanOrEqual(buffer.released, bytes.count)
    }

    /// Anything that is not a plain, non-empty regular file is left to FileSystem.read, which says what is wrong.
    func testLeavesEverythingButARegularFileToFileSystemRead() throws {
        XCTAssertNil(FileBuffer.read(folder + "/none"))
        XCTAssertNil(FileBuffer.read(folder))
        let fifo = folder + "/pipe"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertNil(FileBuffer.read(fifo), "a FIFO without a writer must not hang")
        let empty = folder + "/empty"
        try FileSystem.writeAtomically([], to: empty)
        XCTAssertNil(FileBuffer.read(empty))
        let big = folder + "/big"
        try FileSystem.writeAtomically([UInt8](repeating: 65, count: 2048), to: big)
        XCTAssertNil(FileBuffer.read(big, limit: 1024))
    }
}
