import XCTest
import Foundation
import KVOModel
@testable import KVOScript

/// `COMMAND > FILE` and `COMMAND >> FILE` (docs/language.md, Output to a file): what the parser
/// reads as a redirection and what as a comparison, and what the interpreter writes.
final class RedirectionTests: XCTestCase {
    private func statement(_ text: String) throws -> Statement {
        let program = try Parser.parse(SourceFile(name: "t.kvo", text: text, directory: "."))
        return try XCTUnwrap(program.statements.first)
    }

    func testWhereARedirectionStarts() throws {
        XCTAssertEqual(try statement("help > h.txt").redirection?.path.text, "h.txt")
        XCTAssertEqual(try statement("help >> h.txt").redirection?.appends, true)
        XCTAssertEqual(try statement("help > h.txt").redirection?.appends, false)
        XCTAssertEqual(try statement("matrix as html > out/matrix.html").redirection?.path.text, "out/matrix.html")
        XCTAssertEqual(try statement("check KVO-4.* > \"my checks.txt\"").redirection?.path.text, "my checks.txt")
        // The first '>' of a condition compares; a second one redirects.
        XCTAssertNil(try statement("list measures where hours > 3").redirection)
        XCTAssertEqual(try statement("list measures where hours > 3 > top.csv").redirection?.path.text, "top.csv")
        XCTAssertEqual(try statement("list measures where hours > 3 as csv >> top.csv").redirection?.path.text, "top.csv")
        XCTAssertNil(try statement("assert 2 > 1").redirection)
        // In echo's values '>' redirects; a comparison goes in parentheses.
        XCTAssertEqual(try statement("echo 1 > one.txt").redirection?.path.text, "one.txt")
        XCTAssertNil(try statement("echo (2 > 1)").redirection)
        // Not a command: a bare expression compares.
        XCTAssertNil(try statement("2 > 1").redirection)
    }

    func testMalformedRedirections() {
        XCTAssertTrue(parseError("help >")?.message.en.contains("expected a file name after '>'") ?? false)
        XCTAssertTrue(parseError("help >>")?.message.en.contains("expected a file name after '>>'") ?? false)
        XCTAssertTrue(parseError("help > a b")?.message.en.contains("the end of the line after '> a'") ?? false)
        XCTAssertEqual(parseError("help > a b")?.exitCode, 2)
    }

    func testWritesReplacesAndAppends() throws {
        let folder = NSTemporaryDirectory() + "kvo-redirect-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = runScript("echo \"a\" > out.txt\necho \"b\", 2 >> out.txt\necho \"seen\"", directory: folder)
        XCTAssertEqual(run.code, 0, run.err)
        XCTAssertEqual(run.out, "seen\n")
        XCTAssertEqual(try String(contentsOfFile: folder + "/out.txt", encoding: .utf8), "a\nb 2\n")
        _ = runScript("echo \"c\" > out.txt", directory: folder)
        XCTAssertEqual(try String(contentsOfFile: folder + "/out.txt", encoding: .utf8), "c\n")
    }

    func testAFailingCommandLeavesTheFileAsItWas() throws {
        let folder = NSTemporaryDirectory() + "kvo-redirect-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = runScript("echo \"kept\" > out.txt", directory: folder)
        let run = runScript("run missing.kvo > out.txt", directory: folder)
        XCTAssertEqual(run.code, 2)
        XCTAssertTrue(run.err.contains("missing.kvo"), run.err)
        XCTAssertEqual(try String(contentsOfFile: folder + "/out.txt", encoding: .utf8), "kept\n")
    }

    func testSafeModeRefusesAndWritesNothing() throws {
        let folder = NSTemporaryDirectory() + "kvo-redirect-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = runScript("echo \"x\" > out.txt", directory: folder, safe: true)
        XCTAssertEqual(run.code, 2)
        XCTAssertTrue(run.err.contains("safe mode: '> out.txt' would write a file, and --safe writes none"), run.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/out.txt"))
    }
}
