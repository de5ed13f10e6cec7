import XCTest
import KVOModel
import KVOChecks
@testable import KVOScript

/// `check --as-of DAY` judges the dossier as it stood that day, with a check cache of its own. It
/// is kept while the dossier does not change, so that the next `check --as-of DAY` does not read
/// 20,000 incidents again (issue 15), and forgotten on any amendment, undo or reload.
final class AsOfCacheTests: XCTestCase {
    let day = Day("2024-06-30")!

    func session(_ script: String) throws -> (Interpreter, BufferedOutput) {
        let output = BufferedOutput()
        let interpreter = Interpreter(options: SessionOptions(today: Day("2025-03-01")!, safeRoot: "."), output: output)
        let code = ScriptRunner.run([SourceFile(name: "t.kvo", text: script, directory: ".")], with: interpreter)
        XCTAssertEqual(code, 0, output.errors)
        return (interpreter, output)
    }

    func run(_ interpreter: Interpreter, _ script: String) {
        XCTAssertEqual(ScriptRunner.run([SourceFile(name: "t.kvo", text: script, directory: ".")], with: interpreter), 0, script)
    }

    let opening = """
        new "As of"
        add incident source=municipality category="Zwerfvuil" date=2024-01-01 handled=false
        add incident source=municipality category="Zwerfvuil" date=2024-12-31 handled=true
        """

    func testADayIsKeptUntilTheDossierChanges() throws {
        let (interpreter, _) = try session(opening)
        let w = try XCTUnwrap(interpreter.workspace)
        let first = w.judged(asOf: day)
        XCTAssertEqual(first.dossier.count(.incidents), 1, "the incident of 2024-12-31 does not exist yet")
        XCTAssertTrue(w.judged(asOf: day).cache === first.cache, "kept")
        XCTAssertFalse(w.judged(asOf: day).cache === w.judged(asOf: nil).cache, "a cache of its own")
        let other = w.judged(asOf: Day("2024-07-01")!)
        XCTAssertFalse(other.cache === first.cache, "another day, another cache")
        XCTAssertTrue(w.judged(asOf: day).cache === first.cache, "both days kept")

        run(interpreter, "add party \"Gemeente\" type=municipality")
        let amended = w.judged(asOf: day)
        XCTAssertFalse(amended.cache === first.cache, "forgotten on an amendment")
        XCTAssertEqual(amended.dossier.count(.parties), 1)
        run(interpreter, "undo")
        let undone = w.judged(asOf: day)
        XCTAssertFalse(undone.cache === amended.cache, "forgotten on undo")
        XCTAssertEqual(undone.dossier.count(.parties), 0)
    }

    func testNothingDatedLaterIsTheDossierItself() throws {
        let (interpreter, _) = try session(opening)
        let w = try XCTUnwrap(interpreter.workspace)
        let later = Day("2025-06-30")!
        XCTAssertTrue(w.judged(asOf: later).cache === w.judged(asOf: nil).cache)
        XCTAssertTrue(w.judged(asOf: later).cache === w.judged(asOf: nil).cache, "and again, kept")
    }

    /// What `check --as-of` says follows the amendments, as a fresh session would say it.
    func testCheckAsOfFollowsAmendments() throws {
        let rule = "check KVO-4.1.2-MUNICIPAL-FIGURES --as-of 2024-06-30 as json"
        func said(_ interpreter: Interpreter, _ output: BufferedOutput, _ script: String) -> String {
            let start = output.output.count
            run(interpreter, script)
            return String(output.output.dropFirst(start))
        }
        let (a, aOutput) = try session(opening)
        let before = said(a, aOutput, rule)
        XCTAssertEqual(said(a, aOutput, rule), before, "the kept day says the same")
        run(a, "add incident source=municipality category=\"Zwerfvuil\" from=2023-01-01 to=2023-12-31 count=5 handled=true")
        let after = said(a, aOutput, rule)
        let (b, bOutput) = try session(opening + "\nadd incident source=municipality category=\"Zwerfvuil\" from=2023-01-01 to=2023-12-31 count=5 handled=true")
        XCTAssertEqual(after, said(b, bOutput, rule), "as a fresh session")
        XCTAssertNotEqual(after, before, "the verdict follows the amendment")
    }
}
