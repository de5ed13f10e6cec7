import XCTest
@testable import kvo

/// The fast path must read `kvo -c ...` exactly as ArgumentParser does, and leave everything
/// else to ArgumentParser.
final class FastInvocationTests: XCTestCase {
    func testAgreesWithArgumentParser() throws {
        for arguments in [["-c", "echo 1"], ["-c", "echo 1", "-c", "let x = 2"], ["-c", ""], ["-c", "echo -1"]] {
            let fast = try XCTUnwrap(FastInvocation.commands(arguments), "\(arguments)")
            let parsed = try XCTUnwrap(KVOCommand.parseAsRoot(arguments) as? KVOCommand)
            XCTAssertEqual(fast, parsed.commands, "\(arguments)")
            XCTAssertNil(parsed.dossier)
            XCTAssertEqual(parsed.flags.settings, SessionSettings(), "\(arguments)")
        }
    }

    func testLeavesEverythingElseToArgumentParser() {
        for arguments in [[], ["-c"], ["--safe", "-c", "echo 1"], ["-c", "echo 1", "--no-bail"], ["d.json", "-c", "x"],
                          ["--help"], ["run", "x.kvo"], ["-c", "a", "x"], ["-c", "--var"], ["-c", "-1"]] {
            XCTAssertNil(FastInvocation.commands(arguments), "\(arguments)")
        }
    }
}
