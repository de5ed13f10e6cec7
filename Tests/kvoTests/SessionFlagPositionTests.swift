import XCTest
import Foundation

/// Session flags in any position of `kvo run` and `kvo check` (issue 13): `kvo --safe run FILE`
/// is `kvo run --safe FILE`.
final class SessionFlagPositionTests: XCTestCase {
    func testFlagsBeforeRunApplyToTheRun() throws {
        let folder = NSTemporaryDirectory() + "kvo-flags-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "echo greeting\necho \"x\" > out.txt\n".write(toFile: folder + "/s.kvo", atomically: true, encoding: .utf8)
        for arguments in [["--safe", "--var", "greeting=hi", "run", "s.kvo"], ["run", "--safe", "s.kvo", "--var", "greeting=hi"],
                          ["--var", "greeting=hi", "--safe", "run", "s.kvo"]] {
            let result = try KVOBinary.run(arguments, directory: folder)
            XCTAssertEqual(result.stdout, "hi\n", "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("safe mode: '> out.txt'"), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.code, 2, "\(arguments)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/out.txt"))
        }
        let check = try KVOBinary.run(["--lang", "nl", "check", "--help"], directory: folder)
        XCTAssertEqual(check.code, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains("check"), check.stdout)
    }
}
