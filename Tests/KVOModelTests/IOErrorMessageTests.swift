#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
import KVOModel

/// The platform's IOError in words, in both languages: the texts kvo showed before there was
/// one IOError (golden files hold some of them).
final class IOErrorMessageTests: XCTestCase {
    func testOperationAndErrnoMakeTheSentence() {
        let missing = IOError(.open, "a.json", .errno(ENOENT)).message
        XCTAssertEqual(missing.en, "cannot open a.json: no such file or folder")
        XCTAssertEqual(missing.nl, "kan a.json niet openen: bestand of map bestaat niet")
        let full = IOError(.flush, "b", .errno(ENOSPC)).message
        XCTAssertEqual(full.en, "cannot flush b: the disk is full")
        XCTAssertEqual(full.nl, "kan b niet naar schijf wegschrijven: de schijf is vol")
        XCTAssertEqual(IOError(.create, "c.lock", .errno(EACCES)).message.nl, "kan c.lock niet aanmaken: geen toestemming")
    }

    func testReasonsWithoutErrno() {
        XCTAssertEqual(IOError(.read, "d", .notRegular(.fifo)).message.en, "cannot read d: it is a pipe (FIFO), not a file")
        XCTAssertEqual(IOError(.read, "d", .tooLarge(limit: 256 * 1024 * 1024)).reasonMessage.nl, "het is groter dan 256 MiB")
        XCTAssertEqual(IOError(.makeFolder, "out", .notFolder).message.en, "out exists and is not a folder")
        XCTAssertEqual(IOError(.takeLock, "e.lock", .none).message.nl, "kan de vergrendeling e.lock niet nemen")
    }

    /// An errno kvo has no words for is the C library's own text, the same in both languages.
    func testUnknownErrnoIsTheSystemsText() {
        let m = IOError(.write, "f", .errno(EXDEV)).message
        XCTAssertEqual(m.en, "cannot write f: " + String(cString: strerror(EXDEV)))
        XCTAssertEqual(m.nl, "kan f niet schrijven: " + String(cString: strerror(EXDEV)))
    }
}
