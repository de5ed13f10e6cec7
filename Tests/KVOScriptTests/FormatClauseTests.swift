import XCTest
import KVOModel
@testable import KVOScript

/// `as FORMAT` is checked for every command that has it (issue 13): a format the command does
/// not write is an error that lists the ones it does, never a table printed instead.
final class FormatClauseTests: XCTestCase {
    /// How to write each command with the clause: what comes between its name and `as`.
    static let invocations: [String: String] = [
        "list": "list measures", "show": "show M-1", "changes": "changes", "status": "status", "check": "check",
        "evidence": "evidence", "prioritise": "prioritise", "plan": "plan", "matrix": "matrix", "calendar": "calendar",
        "find": "find brandgang",
    ]

    func testEveryCommandWithTheClauseIsCovered() {
        let withClause = CommandTable.standard.commands.filter { $0.formats != nil }.map(\.name)
        XCTAssertEqual(Set(withClause), Set(Self.invocations.keys), "a command with 'as FORMAT' is missing here")
    }

    /// The check runs before the command: without a dossier open, a known format gets as far
    /// as "no dossier is open" (or the command's own error), an unknown one stops at the format.
    func testAnUnsupportedFormatFailsWithTheSupportedList() throws {
        for spec in CommandTable.standard.commands {
            guard let formats = spec.formats, let start = Self.invocations[spec.name] else { continue }
            let refused = runScript(start + " as bogus")
            XCTAssertEqual(refused.code, 2, spec.name)
            XCTAssertTrue(refused.err.hasPrefix("t.kvo:1:\(start.count + 5): error: '\(spec.name)' cannot write 'bogus'"), refused.err)
            XCTAssertTrue(refused.err.contains("hint: '\(spec.name)' writes: " + formats.joined(separator: ", ") + "\n"), refused.err)
            for format in formats {
                for written in [format, format.uppercased()] {
                    let run = runScript(start + " as " + written)
                    XCTAssertFalse(run.err.contains("cannot write"), "\(spec.name) as \(written): \(run.err)")
                }
            }
        }
    }

    /// The formats the issue found printed as a table are now written, or refused.
    func testTheFormatsThatWereIgnored() {
        for line in ["evidence as csv", "status as csv", "check as csv", "matrix as xlsx", "status as md", "evidence as excel-csv"] {
            XCTAssertFalse(runScript(line).err.contains("cannot write"), line)
        }
        XCTAssertTrue(runScript("status as xlsx").err.contains("hint: 'status' writes: table, json, csv, excel-csv, md\n"))
        XCTAssertTrue(runScript("prioritise as cvs").err.contains("'prioritise' cannot write 'cvs'; did you mean 'csv'?"))
        XCTAssertTrue(runScript("plan as csv").err.contains("hint: 'plan' writes: table, json\n"))
        XCTAssertFalse(runScript("toon M-1 als tabel").err.contains("cannot write"))
    }

    /// Under --no-bail a refused format is one failing command; the script goes on.
    func testARefusedFormatIsOneFailingCommand() {
        let run = runScript("status as pdf\necho \"after\"", bail: false)
        XCTAssertEqual(run.out, "after\n")
        XCTAssertEqual(run.code, 2)
    }

    func testEveryTableCommandWritesTheSameTableFormats() {
        for name in ["list", "show", "changes", "status", "check", "evidence", "prioritise", "find"] {
            let formats = CommandTable.standard.command(named: name)?.formats ?? []
            XCTAssertTrue(Set(Slot.tableFormats).isSubset(of: Set(formats)), "\(name) writes \(formats)")
        }
    }
}
