import XCTest
import Foundation

/// Bad input through `-c`, `--var` and scripts gets an error with its place and exit code 2,
/// never a trap (132) or a stack overflow (139) (issue 12).
final class HostileInputTests: XCTestCase {
    private func assertRefused(_ arguments: [String], input: String = "", mentions: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try KVOBinary.run(arguments, input: input, directory: NSTemporaryDirectory())
        XCTAssertEqual(r.code, 2, "exit \(r.code); stderr: \(r.stderr.prefix(300))", file: file, line: line)
        XCTAssertTrue(r.stderr.contains(mentions), "stderr: \(r.stderr.prefix(300))", file: file, line: line)
        XCTAssertLessThan(r.stderr.utf8.count, 4000, "the diagnostic quotes too much", file: file, line: line)
    }

    func testHugeAndInfiniteListIndexes() throws {
        try assertRefused(["--lang", "en", "-c", "echo [1, 2][9223372036854775807]"], mentions: "outside the list")
        try assertRefused(["--lang", "en", "-c", "echo [1, 2][num(\"1e300\")]"], mentions: "outside the list")
        try assertRefused(["--lang", "en", "-c", "echo [1, 2][num(\"inf\")]"], mentions: "whole number")
        try assertRefused(["--lang", "en", "-c", "echo [1, 2][num(\"nan\")]"], mentions: "whole number")
        try assertRefused(["--lang", "en", "-c", "echo [1, 2][-9223372036854775808]"], mentions: "outside the list")
    }

    func testDeepBracketsParensAndCalls() throws {
        for (open, close) in [("(", ")"), ("[", "]"), ("abs(", ")")] {
            let text = "echo " + String(repeating: open, count: 600) + "1" + String(repeating: close, count: 600)
            try assertRefused(["--lang", "en", "-c", text], mentions: "nested too deeply")
        }
    }

    func testLongOperatorChainsAndPrefixes() throws {
        try assertRefused(["--lang", "en", "-c", "echo " + String(repeating: "-", count: 6000) + "1"], mentions: "nested too deeply")
        try assertRefused(["--lang", "en", "-c", "echo " + String(repeating: "not ", count: 6000) + "true"], mentions: "nested too deeply")
        try assertRefused(["--lang", "en", "-c", "echo 1" + String(repeating: "+1", count: 6000)], mentions: "nested too deeply")
        // A --var that is no literal is text: deep nesting there is read as text, not parsed to the end.
        let deep = String(repeating: "(", count: 600) + "1" + String(repeating: ")", count: 600)
        let r = try KVOBinary.run(["--var", "x=" + deep, "-c", "echo len(x)"], directory: NSTemporaryDirectory())
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertEqual(r.stdout, "1201\n")
    }

    func testDeepBlocks() throws {
        let ifs = String(repeating: "if true\n", count: 1200) + "echo 1\n" + String(repeating: "end\n", count: 1200)
        try assertRefused(["--lang", "en"], input: ifs, mentions: "nested too deeply")
        let fors = String(repeating: "for i in [1]\n", count: 1200) + "echo 1\n" + String(repeating: "end\n", count: 1200)
        try assertRefused(["--lang", "en"], input: fors, mentions: "nested too deeply")
    }

    /// What is allowed stays allowed: 60 levels of parentheses and 250 terms.
    func testReasonableNestingStillWorks() throws {
        let parens = "echo " + String(repeating: "(", count: 60) + "1" + String(repeating: ")", count: 60)
        var r = try KVOBinary.run(["-c", parens], directory: NSTemporaryDirectory())
        XCTAssertEqual(r.code, 0, r.stderr)
        r = try KVOBinary.run(["-c", "echo 0" + String(repeating: "+1", count: 250)], directory: NSTemporaryDirectory())
        XCTAssertEqual(r.stdout, "250\n", r.stderr)
    }

    /// A dossier of 20 MB of blanks or of line feeds (issue 12): refused with its place, and the
    /// diagnostic quotes a window of the line, not the file (it wrote 419 MB to stderr for 200 MB).
    func testHugeBlankDossiersAreRefusedWithAShortQuote() throws {
        let folder = NSTemporaryDirectory() + "kvo-blank-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, byte) in [("spaces.json", " "), ("linefeeds.json", "\n")] {
            try String(repeating: byte, count: 20_000_000).write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
            let r = try KVOBinary.run([name, "--lang", "en", "-c", "echo 1"], directory: folder)
            XCTAssertEqual(r.code, 2, name)
            XCTAssertTrue(r.stderr.hasPrefix(name + ":"), "\(name): \(r.stderr.prefix(200))")
            XCTAssertLessThan(r.stderr.utf8.count, 2000, "\(name): the diagnostic quotes too much")
        }
    }
}
