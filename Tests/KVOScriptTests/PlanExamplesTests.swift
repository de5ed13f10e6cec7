import XCTest
import Foundation
import KVOModel
import KVOChecks
import KVOPlanning
@testable import KVOScript

/// `plan` on the example dossiers: every constraint holds afterwards — checked by the handbook's own
/// rules and by counting hours and dependencies here, not by trusting the planner's report —
/// `--what-if` changes nothing, undo restores the plan, and an impossible limit explains itself.
final class PlanExamplesTests: XCTestCase {
    static let root: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
    static let examples = ["de-hoek", "cluster-kanaalzone"].map { "\(root)/examples/\($0).json" }
    var scratch = ""

    override func setUpWithError() throws {
        scratch = NSTemporaryDirectory() + "kvo-plan-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: scratch)
    }

    /// A copy of the example to amend: opening one writes a journal beside it.
    func copy(_ path: String) throws -> String {
        let target = scratch + "/" + (path.split(separator: "/").last.map(String.init) ?? "d.json")
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: path, toPath: target)
        for leftover in [target + ".journal", target + ".lock"] { try? FileManager.default.removeItem(atPath: leftover) }
        return target
    }
    static let asOf = Day("2026-11-29")!

    func session(_ script: String) -> (interpreter: Interpreter, output: BufferedOutput, code: Int32) {
        let output = BufferedOutput()
        let options = SessionOptions(today: Self.asOf, safeRoot: scratch, language: .en)
        let interpreter = Interpreter(options: options, output: output)
        let code = ScriptRunner.run([SourceFile(name: "t.kvo", text: script, directory: scratch)], with: interpreter)
        return (interpreter, output, code)
    }

    func original(_ path: String) throws -> Dossier {
        try Dossier.load(try FileSystem.read(path))
    }

    func assertConstraintsHold(_ d: Dossier, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        // The handbook's rules on the result.
        let context = CheckContext(dossier: d, asOf: Self.asOf)
        for id in ["KVO-4.2.2-MANDATORY-THEMES", "KVO-4.2.2-CHOSEN-THEMES", "KVO-4.2.5-FIXED", "KVO-4.2.4-BALANCE", "KVO-5.2.2-FOUR-MEASURES"] {
            let rules = RuleCatalogue.handbook.select(id)
            XCTAssertEqual(rules.count, 1, id)
            let result = Checker.run(context, rules: rules)[0]
            XCTAssertEqual(result.status, .pass, "\(name) \(id): \(result.message.text(.en))", file: file, line: line)
        }
        // Hours per party per quarter, counted here.
        let capacity = Dictionary(uniqueKeysWithValues: d.records(d.schema.kind(named: "parties")!).map {
            ($0.id, $0["hoursPerQuarter"]?.numberValue ?? Handbook.Plan.defaultHoursPerQuarter)
        })
        var load: [String: [Quarter: Double]] = [:]
        let measures = d.records(d.schema.kind(named: "measures")!).filter { $0["status"]?.stringValue != "dropped" }
        func quarters(_ m: Record) -> [Quarter] { (m["quarters"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap { Quarter($0) } }.sorted() }
        for m in measures {
            guard let p = m["party"]?.stringValue, let h = m["hours"]?.numberValue else { continue }
            let qs = quarters(m)
            for q in qs { load[p, default: [:]][q, default: 0] += h / Double(qs.count) }
        }
        for (p, byQuarter) in load {
            for (q, h) in byQuarter {
                XCTAssertLessThanOrEqual(h, capacity[p]! + 1e-9, "\(name): \(p) has \(h) h in \(q)", file: file, line: line)
            }
        }
        // Dependencies: a measure starts after the ones it comes after have ended.
        let byID = Dictionary(uniqueKeysWithValues: measures.map { ($0.id, $0) })
        for m in measures {
            for before in (m["after"]?.arrayValue ?? []).compactMap(\.stringValue) {
                guard let b = byID[before], let end = quarters(b).last, let start = quarters(m).first else { continue }
                XCTAssertLessThan(end, start, "\(name): \(m.id) comes after \(before)", file: file, line: line)
            }
        }
        // Every theme with a goal has a plan year.
        let years = Dictionary(d.records(d.schema.kind(named: "priorities")!).compactMap { p in
            p["theme"]?.stringValue.map { ($0, p["year"]?.numberValue) } }, uniquingKeysWith: { a, _ in a })
        for g in d.records(d.schema.kind(named: "goals")!) {
            let t = g["theme"]!.stringValue!
            XCTAssertNotNil(years[t] ?? nil, "\(name): theme \(t) has no plan year", file: file, line: line)
        }
    }

    func testConstraintsHoldOnBothExamples() throws {
        for path in Self.examples {
            for command in ["plan", "plan --replan"] {
                let s = session("open \"\(try copy(path))\"\n\(command)\n")
                XCTAssertEqual(s.code, 0, "\(command) on \(path): \(s.output.errors)")
                assertConstraintsHold(s.interpreter.workspace!.dossier, "\(command) on \(path)")
            }
        }
    }

    func testWhatIfLeavesTheDossierUnchanged() throws {
        for path in Self.examples {
            let s = session("open \"\(try copy(path))\"\nplan --what-if --replan\n")
            XCTAssertEqual(s.code, 0, s.output.errors)
            XCTAssertTrue(s.output.output.contains("Changes (not applied)"), s.output.output)
            let w = s.interpreter.workspace!
            XCTAssertFalse(w.isDirty)
            XCTAssertEqual(w.dossier, try original(path))
        }
    }

    func testUndoRestoresThePlan() throws {
        for path in Self.examples {
            let s = session("open \"\(try copy(path))\"\nplan --replan\nassert count(\"priorities\") > 0\nundo\n")
            XCTAssertEqual(s.code, 0, s.output.errors)
            XCTAssertTrue(s.output.output.contains("One change: undo takes it back."), s.output.output)
            XCTAssertEqual(s.interpreter.workspace!.dossier, try original(path), path)
        }
    }

    func testAnImpossibleLimitExplainsItselfAndChangesNothing() throws {
        let path = Self.examples[0]
        let s = session("open \"\(try copy(path))\"\nplan --replan --hours 5\n")
        XCTAssertNotEqual(s.code, 0)
        XCTAssertTrue(s.output.output.contains("NOT MET  §4.2.4 hours per party per quarter"), s.output.output)
        XCTAssertTrue(s.output.output.contains("does not fit PA-"), s.output.output)
        XCTAssertTrue(s.output.errors.contains("the plan cannot meet every constraint (§4.2.5 fixed measures per year; §4.2.4 hours per party per quarter); nothing was changed"), s.output.errors)
        XCTAssertEqual(s.interpreter.workspace!.dossier, try original(path))
    }
}

/// The check cache (incident facts) survives amendments to other kinds and is renewed when an
/// incident changes, so `check` stays right after any change.
final class CheckCacheTests: XCTestCase {
    func testCheckSeesAChangedIncidentAndKeepsItsFactsOtherwise() throws {
        let output = BufferedOutput()
        let interpreter = Interpreter(options: SessionOptions(today: Day("2025-03-01")!, safeRoot: "."), output: output)
        let script = """
            new "Cache"
            add incident source=municipality category="Zwerfvuil" date=2024-01-01 handled=false
            add incident source=municipality category="Zwerfvuil" date=2024-12-31 handled=false
            echo passed("KVO-4.1.2-MUNICIPAL-FIGURES")
            add party "Gemeente" type=municipality
            echo passed("KVO-4.1.2-MUNICIPAL-FIGURES")
            set I-2 handled=true
            echo passed("KVO-4.1.2-MUNICIPAL-FIGURES")
            undo
            echo passed("KVO-4.1.2-MUNICIPAL-FIGURES")
            """
        let code = ScriptRunner.run([SourceFile(name: "t.kvo", text: script, directory: ".")], with: interpreter)
        XCTAssertEqual(code, 0, output.errors)
        let answers = output.output.split(separator: "\n").filter { $0 == "true" || $0 == "false" }
        XCTAssertEqual(answers, ["false", "false", "true", "false"], output.output)
    }
}
