import XCTest
import KVOModel
@testable import KVOScript

/// Numbers the language can make but a field cannot hold, limits beyond Int, and lists too long
/// or slow (issue 12, defects 1, 2, 7 and 8): a clear error, never a trap.
final class ValueLimitsTests: XCTestCase {
    private func run(_ text: String) -> (out: String, err: String, code: Int32) {
        let output = BufferedOutput()
        let options = SessionOptions(bail: false, today: Day("2025-03-01")!, safeRoot: "/", language: .en)
        let interpreter = Interpreter(options: options, output: output)
        let code = ScriptRunner.run([SourceFile(name: "t.kvo", text: text, directory: "/")], with: interpreter)
        return (output.output, output.errors, code)
    }

    private let setup = """
        new "Proef"
        add goal theme=T05 description="Minder overlast"
        add measure "Licht" goal=G-1 hours=8

        """

    func testNonFiniteAndNegativeHoursAreRefused() {
        for (value, shown) in [("(num(\"inf\"))", "inf"), ("(num(\"nan\"))", "nan"), ("(0 - num(\"inf\"))", "-inf"), ("-16", "-16"), ("1e300", "1e+300")] {
            let r = run(setup + "set M-1 hours=\(value)\nlist measures fields id,hours as csv\n")
            XCTAssertTrue(r.err.contains("expected a number from 0 to 100,000, got \(shown)"), "\(value): \(r.err)")
            XCTAssertTrue(r.out.hasSuffix("id,hours\r\nM-1,8\r\n"), "\(value) left hours alone: \(r.out)")
        }
    }

    func testScoresAndCountsKeepTheirRanges() {
        var r = run(setup + "add priority theme=T05 urgency=99\n")
        XCTAssertTrue(r.err.contains("expected a whole number from 1 to 5, got 99"), r.err)
        r = run(setup + "add park \"Noord\" entrepreneurs=-120\n")
        XCTAssertTrue(r.err.contains("expected a whole number from 0 to 100,000, got -120"), r.err)
        r = run(setup + "set M-1 started=0000-01-01\n")
        XCTAssertTrue(r.err.contains("expected a date from 1900-01-01 to 2200-12-31"), r.err)
    }

    func testLimitsBeyondIntGiveAResultOrAnError() {
        var r = run(setup + "list measures limit 9223372036854775807 fields id as csv\n")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertEqual(r.out.components(separatedBy: "\r\n").suffix(2), ["M-1", ""])
        for bad in ["-1", "(num(\"inf\"))", "(num(\"nan\"))", "(0 - num(\"inf\"))", "1.5"] {
            r = run(setup + "list measures limit \(bad)\n")
            XCTAssertTrue(r.err.contains("limit needs a whole number of rows"), "\(bad): \(r.err)")
        }
        r = run(setup + "list measures limit (num(\"1e300\")) fields id as csv\n")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.hasSuffix("M-1\r\n"), r.out)
    }

    func testUniqueIsLinear() {
        // A million distinct numbers: a quadratic unique would take hours; linear takes a second.
        var r = run("echo len(unique(range(1000000)))\n")
        XCTAssertEqual(r.out, "1000000\n", r.err)
        r = run("echo unique([1, 0.1 + 0.2, 0.3, 30%, \"1\", 1, [1, 2], [1, 2], null, null, 2025-01-01, 2025-01-01, -0, 0])\n")
        XCTAssertEqual(r.out, "[1, 0.3, \"1\", [1, 2], null, 2025-01-01, 0]\n", r.err)
    }

    /// The hash set keeps exactly what the old linear scan kept, numbers a hair apart included.
    func testUniqueAgreesWithTheLinearScan() {
        var values: [Value] = []
        var seed: UInt64 = 42
        for _ in 0..<3_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let base = [0.1, 1, 3.3, 1e-300, 7e15, -2.5, 1e300][Int(seed >> 60) % 7]
            let step = Double(Int(seed >> 40 & 0xFF) - 128) * 4e-13
            values.append(seed & 1 == 0 ? .number(base * (1 + step)) : .percent(base * (1 + step)))
        }
        var scanned: [Value] = []
        for v in values where !scanned.contains(v) { scanned.append(v) }
        var set = ValueSet()
        let hashed = values.filter { set.insert($0) }
        XCTAssertEqual(hashed.count, scanned.count)
        XCTAssertTrue(zip(hashed, scanned).allSatisfy { $0.literal == $1.literal })
    }

    func testRangeIsBoundedWithoutOverflow() {
        var r = run("echo len(range(1000001))\n")
        XCTAssertTrue(r.err.contains("more than a million"), r.err)
        r = run("echo len(range(-999999999999999, 999999999999999))\n")
        XCTAssertTrue(r.err.contains("more than a million"), r.err)
        r = run("echo len(range(0 - 999999999999999, 999999999999999))\n")
        XCTAssertTrue(r.err.contains("more than a million"), r.err)
    }
}
