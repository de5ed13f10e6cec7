import XCTest
@testable import KVOModel
@testable import KVOScript

/// The one place that catches and renders (`ScriptRunner.catching`): every thrown error becomes
/// one Diagnostic, reported once.
final class ScriptRunnerCatchTests: XCTestCase {
    struct Unexpected: Error {}

    func testAnyErrorMapsToOneDiagnostic() {
        let io = ScriptRunner.diagnostic(for: IOError(.write, "out.txt", .notRegular(.folder)))
        XCTAssertEqual(io.kind, .runtime)
        XCTAssertEqual(io.message.en, "cannot write out.txt: it is a folder")
        let bug = ScriptRunner.diagnostic(for: Unexpected())
        XCTAssertEqual(bug.kind, .internal)
        XCTAssertEqual(bug.exitCode, 3)
        let d = Diagnostic(.failure, .verbatim("x"))
        XCTAssertEqual(ScriptRunner.diagnostic(for: d).exitCode, 1)
    }

    func testCatchingReportsOnceAndHandsBackAnExit() {
        let output = BufferedOutput()
        let interpreter = Interpreter(options: SessionOptions(today: Day("2025-03-01")!, safeRoot: "."), output: output)
        XCTAssertNil(ScriptRunner.catching(interpreter) {})
        guard case .exit(4)? = ScriptRunner.catching(interpreter, { throw ExitRequest(code: 4) }) else { return XCTFail("no exit") }
        guard case .reported(let d)? = ScriptRunner.catching(interpreter, { throw Unexpected() }) else { return XCTFail("not reported") }
        XCTAssertEqual(d.exitCode, 3)
        XCTAssertEqual(output.errors.split(separator: "\n").filter { $0.contains("internal error") }.count, 1, output.errors)
        XCTAssertEqual(interpreter.worstStatus, 3)
    }
}
