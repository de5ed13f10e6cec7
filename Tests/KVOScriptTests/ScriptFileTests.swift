import XCTest
import Foundation
@testable import KVOScript

/// `run` and `source`: relative paths, scopes, nesting, safe mode.
final class ScriptFileTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-scripts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/lib", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func write(_ path: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
    }

    func testRunIsolatesAndSourceShares() throws {
        try write("lib/set.kvo", "let shared = 42\n")
        try write("lib/show.kvo", "echo greeting, park\nlet leaked = 1\n")
        let r = runScript("""
            let greeting = "hoi"
            run lib/show.kvo park="Noord" greeting="dag"
            source lib/set.kvo
            echo shared
            echo leaked
            """, directory: folder)
        XCTAssertEqual(r.out, "dag Noord\n42\n")
        XCTAssertTrue(r.err.contains("unknown variable 'leaked'"), r.err)
    }

    func testPathsAreRelativeToTheCallingScript() throws {
        try write("lib/a.kvo", "run b.kvo\n")
        try write("lib/b.kvo", "echo \"b ran\"\n")
        XCTAssertEqual(runScript("run lib/a.kvo", directory: folder).out, "b ran\n")
    }

    func testNestingIsBounded() throws {
        try write("loop.kvo", "run loop.kvo\n")
        let r = runScript("run loop.kvo", directory: folder)
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.contains("scripts are nested more than 16 deep"), r.err)
    }

    func testErrorsInsideAScriptNameThatScript() throws {
        try write("lib/bad.kvo", "echo 1\nassert 1 == 2, \"inner\"\n")
        let r = runScript("run lib/bad.kvo", directory: folder)
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.hasPrefix(folder + "/lib/bad.kvo:2:8: error: assertion failed: inner"), r.err)
    }

    func testMissingScript() {
        let r = runScript("run nope.kvo", directory: folder)
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.contains("t.kvo:1:5: error: cannot read script"), r.err)
    }

    func testSafeModeKeepsRunInsideTheFolder() throws {
        try write("lib/ok.kvo", "echo \"inside\"\n")
        XCTAssertEqual(runScript("run lib/ok.kvo", directory: folder, safe: true).out, "inside\n")
        let r = runScript("run ../outside.kvo", directory: folder, safe: true)
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.contains("safe mode"), r.err)
    }
}
