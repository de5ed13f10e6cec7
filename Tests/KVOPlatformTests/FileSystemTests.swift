#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
@testable import KVOPlatform

final class FileSystemTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = try FileSystem.makeTemporaryFolder("kvo-platform-test")
    }

    override func tearDown() {
        _ = Subprocess.run("/bin/rm", ["-rf", folder], seconds: 30)
    }

    func testMissingFileIsAnOpenErrorWithErrno() {
        let path = folder + "/none.json"
        XCTAssertThrowsError(try FileSystem.read(path)) { error in
            XCTAssertEqual(error as? IOError, IOError(.open, path, .errno(ENOENT)))
        }
    }

    func testFolderFifoAndTooLargeAreRefusedByKind() throws {
        XCTAssertThrowsError(try FileSystem.read(folder)) { error in
            XCTAssertEqual(error as? IOError, IOError(.read, self.folder, .notRegular(.folder)))
        }
        let fifo = folder + "/pipe"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertThrowsError(try FileSystem.read(fifo)) { error in
            XCTAssertEqual((error as? IOError)?.reason, .notRegular(.fifo))
        }
        let big = folder + "/big"
        try FileSystem.writeAtomically([UInt8](repeating: 65, count: 2048), to: big)
        XCTAssertThrowsError(try FileSystem.read(big, limit: 1024)) { error in
            XCTAssertEqual((error as? IOError)?.reason, .tooLarge(limit: 1024))
        }
    }

    /// A file is read straight into an array of its size; more than its size said (a file that
    /// grew, a stream) comes in chunks after it, and the limit still holds.
    func testReadAllGivesEveryByteWhateverTheExpectedSize() throws {
        for length in [0, 1, 65_535, 65_536, 200_001] {
            let path = folder + "/f\(length)"
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            try FileSystem.writeAtomically(bytes, to: path)
            XCTAssertEqual(try FileSystem.read(path), bytes, "length \(length)")
            for expected in [0, 10, length, length + 5] {
                let fd = open(path, O_RDONLY)
                defer { close(fd) }
                XCTAssertEqual(try FileSystem.readAll(fd, path: path, expected: expected), bytes, "length \(length), expected \(expected)")
            }
        }
        let path = folder + "/f200001"
        for expected in [0, 1000] {
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            XCTAssertThrowsError(try FileSystem.readAll(fd, path: path, limit: 1000, expected: expected)) { error in
                XCTAssertEqual((error as? IOError)?.reason, .tooLarge(limit: 1000))
            }
        }
    }

    func testTextMustBeUTF8AndLosesItsByteOrderMark() throws {
        let path = folder + "/t.kvo"
        try FileSystem.writeAtomically([0xEF, 0xBB, 0xBF] + Array("echo 1".utf8), to: path)
        XCTAssertEqual(try FileSystem.readText(path), "echo 1")
        try FileSystem.writeAtomically([0xFF, 0xFE], to: path)
        XCTAssertThrowsError(try FileSystem.readText(path)) { error in
            XCTAssertEqual(error as? IOError, IOError(.read, path, .notUTF8))
        }
    }

    func testAppendAndMakeFolders() throws {
        let nested = folder + "/a/b/c"
        try FileSystem.makeFolders(nested)
        XCTAssertTrue(FileSystem.isDirectory(nested))
        let file = nested + "/log"
        try FileSystem.append(Array("one\n".utf8), to: file)
        try FileSystem.appendDurably("two", to: file)
        XCTAssertEqual(try FileSystem.readText(file), "one\ntwo\n")
        XCTAssertThrowsError(try FileSystem.makeFolders(file)) { error in
            XCTAssertEqual(error as? IOError, IOError(.makeFolder, file, .notFolder))
        }
    }

    func testSubprocessExchangeFeedsInputAndReadsOutput() throws {
        let answer = try Subprocess.exchange("/bin/cat", [], input: Array("hello".utf8))
        XCTAssertEqual(answer.output, Array("hello".utf8))
        XCTAssertEqual(Subprocess.exitCode(answer.status), 0)
        XCTAssertTrue(answer.written)
        XCTAssertThrowsError(try Subprocess.exchange(folder + "/no-such-program", [], input: [])) { error in
            XCTAssertEqual((error as? IOError)?.operation, .start)
        }
    }
}
