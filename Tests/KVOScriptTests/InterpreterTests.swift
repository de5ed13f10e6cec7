import XCTest
import KVOModel
@testable import KVOScript

final class InterpreterTests: XCTestCase {
    private func value(_ expression: String) -> String {
        let r = runScript("echo " + expression)
        XCTAssertEqual(r.err, "", expression)
        return r.out.hasSuffix("\n") ? String(r.out.dropLast()) : r.out
    }

    func testArithmeticAndFormatting() {
        XCTAssertEqual(value("1 + 2 * 3"), "7")
        XCTAssertEqual(value("(1 + 2) * 3"), "9")
        XCTAssertEqual(value("7 / 2"), "3.5")
        XCTAssertEqual(value("-3 + 1"), "-2")
        XCTAssertEqual(value("0.1 + 0.2"), "0.3")
        XCTAssertEqual(value("1 / 3"), "0.3333333333")
    }

    func testPercentages() {
        XCTAssertEqual(value("30% * 52"), "15.6")
        XCTAssertEqual(value("18 / 52 >= 30%"), "true")
        XCTAssertEqual(value("10% + 5%"), "15%")
        XCTAssertEqual(value("30% == 0.3"), "true")
        XCTAssertEqual(value("percent(18, 52)"), "34.6153846154%")
        XCTAssertEqual(value("round(percent(18, 52), 1)"), "34.6%")
    }

    func testDatesAndQuarters() {
        XCTAssertEqual(value("2025-03-01 + 14"), "2025-03-15")
        XCTAssertEqual(value("2025-03-15 - 2025-03-01"), "14")
        XCTAssertEqual(value("2024-12-31 + 1"), "2025-01-01")
        XCTAssertEqual(value("2025Q4 + 1"), "2026Q1")
        XCTAssertEqual(value("2026Q1 - 2025Q2"), "3")
        XCTAssertEqual(value("2025-05-14.quarter"), "2025Q2")
        XCTAssertEqual(value("today()"), "2025-03-01")
        XCTAssertEqual(value("add_years(2024-02-29, 1)"), "2025-02-28")
        XCTAssertEqual(value("2025-01-01 < 2025-06-30"), "true")
    }

    func testLogicAndMembership() {
        XCTAssertEqual(value("not (1 > 2) and (true or false)"), "true")
        XCTAssertEqual(value("\"Noord\" in [\"Noord\", \"Zuid\"]"), "true")
        XCTAssertEqual(value("3 not in [1, 2]"), "true")
        XCTAssertEqual(value("\"weg\" in \"Industrieweg\""), "true")
        XCTAssertEqual(value("null == null"), "true")
    }

    func testShortCircuitSkipsTheRightSide() {
        XCTAssertEqual(value("false and undefined_name"), "false")
        XCTAssertEqual(value("true or undefined_name"), "true")
    }

    func testStringsAndLists() {
        XCTAssertEqual(value("\"a\" + 1 + \"b\""), "a1b")
        XCTAssertEqual(value("[1, 2] + [3]"), "[1, 2, 3]")
        XCTAssertEqual(value("[\"x\", \"y\"][-1]"), "y")
        XCTAssertEqual(value("len(\"Zuidoost-é\")"), "10")
        XCTAssertEqual(value("join(sort([3, 1, 2]), \"-\")"), "1-2-3")
    }

    func testControlFlow() {
        let r = runScript("""
            let total = 0
            for i in range(1, 4)
              if i == 2
                echo "two"
              elif i > 3
                echo "big"
              else
                let total = total + i
              end
            end
            echo total
            """)
        XCTAssertEqual(r.out, "two\nbig\n4\n")
        XCTAssertEqual(r.code, 0)
    }

    func testFailedAssertExitsOneAndPointsAtTheCondition() {
        let r = runScript("let x = 2\nassert x * 3 == 7, \"math\"\necho \"not reached\"")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.out, "")
        XCTAssertEqual(r.err, "t.kvo:2:8: error: assertion failed: math\nassert x * 3 == 7, \"math\"\n       ^~~~~~~~~~\n")
    }

    func testAssertWithoutMessageQuotesTheCondition() {
        XCTAssertTrue(runScript("assert 1 > 2").err.contains("assertion failed: 1 > 2"))
    }

    func testRuntimeErrorsSuggestAndPoint() {
        var r = runScript("let rate = 1\necho rat + 1")
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.hasPrefix("t.kvo:2:6: error: unknown variable 'rat'; did you mean 'rate'?"), r.err)
        r = runScript("echo 2025-01-01.yeer")
        XCTAssertTrue(r.err.hasPrefix("t.kvo:1:17: error: a date has no field 'yeer'; did you mean 'year'?"), r.err)
        r = runScript("echo roud(1.5)")
        XCTAssertTrue(r.err.hasPrefix("t.kvo:1:6: error: unknown function 'roud'; did you mean 'round'?"), r.err)
        r = runScript("echo 1 / (2 - 2)")
        XCTAssertTrue(r.err.hasPrefix("t.kvo:1:10: error: division by zero"), r.err)
        r = runScript("echo 2025-01-01 + \"x\" * 2")
        XCTAssertTrue(r.err.hasPrefix("t.kvo:1:19: error: cannot multiply a string and a number"), r.err)
        r = runScript("if 1\nend")
        XCTAssertTrue(r.err.hasPrefix("t.kvo:1:4: error: a condition must be true or false, got a number (1)"), r.err)
    }

    func testBailStopsAndNoBailGoesOn() {
        let text = "echo 1\necho nope\nassert false, \"x\"\necho 2"
        let bail = runScript(text)
        XCTAssertEqual(bail.out, "1\n")
        XCTAssertEqual(bail.code, 2)
        let goOn = runScript(text, bail: false)
        XCTAssertEqual(goOn.out, "1\n2\n")
        XCTAssertEqual(goOn.code, 2, "the worst code wins")
    }

    func testParseErrorRunsNothing() {
        let r = runScript("echo 1\necho (")
        XCTAssertEqual(r.out, "")
        XCTAssertEqual(r.code, 2)
    }

    func testParametersAreVariables() {
        let r = runScript("echo park, year + 1", parameters: ["park": .string("Noord"), "year": .number(2025)])
        XCTAssertEqual(r.out, "Noord 2026\n")
    }

    func testExitCode() {
        XCTAssertEqual(runScript("echo 1\nexit 4\necho 2").code, 4)
        XCTAssertEqual(runScript("exit 300").code, 2)
    }

    func testHelpComesFromTheTable() {
        let r = runScript("help echo")
        XCTAssertTrue(r.out.contains("usage:   echo [VALUE [, VALUE ...]]"), r.out)
        XCTAssertTrue(r.out.contains("example: "))
        let overview = runScript("help").out.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        XCTAssertTrue(overview.contains("assert stop with exit code 1 unless a condition holds"), "the overview lists assert with its summary")
        XCTAssertTrue(runScript("help round").out.contains("round(X [, DIGITS])"))
        XCTAssertTrue(runScript("help asert").err.contains("did you mean 'assert'?"))
        for spec in CommandTable.standard.commands {
            XCTAssertFalse(spec.summary.isEmpty)
            XCTAssertFalse(spec.example.isEmpty, spec.name)
        }
    }

    func testRules() {
        let r = runScript("rules §3.1.1")
        XCTAssertTrue(r.out.contains("KVO-3.1.1-CLUSTER-SIZE"))
        XCTAssertTrue(r.out.hasSuffix("5 rules\n"), r.out)
        XCTAssertTrue(runScript("rules KVO-3.2-POLIC").err.contains("did you mean 'KVO-3.2-POLICE'?"))
    }
}
