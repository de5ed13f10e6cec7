import XCTest
import Foundation
@testable import KVOShell
import KVOScript
import KVOModel

final class CompleterTests: XCTestCase {
    private func complete(_ line: String, variables: [String] = [], cwd: String = ".") -> Completion {
        let completer = Completer(vocabulary: .init(variables: variables, recordKinds: ["measures", "members"],
                                                    recordIDs: ["M-1", "M-12"], currentDirectory: cwd))
        return completer.complete(line: line, cursor: line.utf8.count)
    }

    func testCommandNames() {
        XCTAssertEqual(complete("ech").replacement, "echo ")
        let r = complete("e")
        XCTAssertTrue(r.candidates.contains("echo") && r.candidates.contains("exit") && r.candidates.contains("elif"))
    }

    func testAmbiguousPrefixCompletesTheCommonPart() {
        let r = complete("rules KVO-4.1.1-R")
        XCTAssertEqual(r.replacement, "KVO-4.1.1-RES")
        XCTAssertEqual(r.candidates, ["KVO-4.1.1-RESPONSE", "KVO-4.1.1-RESULTS-UNSUMMARISED"])
        XCTAssertEqual(r.wordLength, "KVO-4.1.1-R".count)
    }

    func testRuleIDsCaseInsensitively() {
        XCTAssertEqual(complete("rules kvo-5.2.2").replacement, "KVO-5.2.2-FOUR-MEASURES ")
    }

    func testVariablesAndFunctionsInExpressions() {
        XCTAssertEqual(complete("echo response_", variables: ["response_noord"]).replacement, "response_noord ")
        XCTAssertEqual(complete("let x = roun").replacement, "round(")
        XCTAssertEqual(complete("assert 1 > 0 an").replacement, "and ")
    }

    func testHelpCompletesCommandsAndFunctions() {
        XCTAssertEqual(complete("help asse").replacement, "assert ")
        XCTAssertEqual(complete("help days_b").replacement, "days_between ")
        XCTAssertEqual(complete("help days").candidates, ["days_between", "days_until"])
    }

    func testOptions() {
        // `help` has no options; nothing to offer.
        XCTAssertEqual(complete("help --").candidates, [])
    }

    func testPaths() throws {
        let folder = NSTemporaryDirectory() + "kvo-complete-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/checks", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/checks/audit-ready.kvo", contents: Data())
        _ = FileManager.default.createFile(atPath: folder + "/checks/audit-first.kvo", contents: Data())
        XCTAssertEqual(complete("run ch", cwd: folder).replacement, "checks/")
        let r = complete("run checks/a", cwd: folder)
        XCTAssertEqual(r.replacement, "checks/audit-")
        XCTAssertEqual(r.candidates, ["checks/audit-first.kvo", "checks/audit-ready.kvo"])
        XCTAssertEqual(complete("source checks/audit-r", cwd: folder).replacement, "checks/audit-ready.kvo ")
    }

    func testUTF8BeforeTheCursor() {
        let line = "echo \"é\", ro"
        let r = Completer(vocabulary: .init()).complete(line: line, cursor: line.utf8.count)
        XCTAssertEqual(r.replacement, "round(")
        XCTAssertEqual(r.wordLength, 2)
    }

    func testColumns() {
        XCTAssertEqual(Completer.columns(["a", "bb", "c"], width: 80), "a   bb  c\n")
        XCTAssertEqual(Completer.columns(["aaaa", "bbbb", "cccc"], width: 12), "aaaa  cccc\nbbbb\n")
    }

    func testHistoryPolicy() {
        XCTAssertTrue(HistoryPolicy.shouldRecord("echo 1", previous: nil))
        XCTAssertFalse(HistoryPolicy.shouldRecord("echo 1", previous: "echo 1"))
        XCTAssertFalse(HistoryPolicy.shouldRecord(" echo secret", previous: nil))
        XCTAssertFalse(HistoryPolicy.shouldRecord("", previous: nil))
        XCTAssertEqual(HistoryPolicy.path(environment: { ["XDG_STATE_HOME": "/s", "HOME": "/h"][$0] }), "/s/kvo/history")
        XCTAssertEqual(HistoryPolicy.path(environment: { ["HOME": "/h"][$0] }), "/h/.kvo_history")
    }

    func testDossierCommands() {
        XCTAssertEqual(complete("set M-3 stat").replacement, "status=")
        XCTAssertEqual(complete("add measure \"x\" qua").replacement, "quarters=")
        XCTAssertEqual(complete("list measu").replacement, "measures ")
        XCTAssertEqual(complete("show M-1").candidates, ["M-1", "M-12"])
        XCTAssertTrue(complete("list measures ").candidates.contains("where"))
        XCTAssertEqual(complete("list measures where stat").replacement, "status ")
        XCTAssertEqual(complete("list measures sort qua").replacement, "quarters ")
        XCTAssertEqual(complete("list measures sort pa").candidates, ["park", "party"])
        XCTAssertEqual(complete("list measures fields id,ti").replacement, "title ")
        XCTAssertEqual(complete("list measures as cs").replacement, "csv ")
    }
}

/// Completion in a Dutch session offers the Dutch names, and still completes the English ones.
final class DutchCompletionTests: XCTestCase {
    private func complete(_ line: String) -> Completion {
        let completer = Completer(vocabulary: .init(recordKinds: ["measures", "members"], recordIDs: ["M-1", "M-12"], language: .nl))
        return completer.complete(line: line, cursor: line.utf8.count)
    }

    func testCommandNamesInDutch() {
        XCTAssertEqual(complete("lij").replacement, "lijst ")
        XCTAssertEqual(complete("prior").replacement, "prioriteer ")
        XCTAssertTrue(complete("t").candidates.contains("toon"))
        XCTAssertFalse(complete("t").candidates.contains("timer"), "the Dutch name, stopwatch, is offered")
    }

    func testEnglishNamesStillComplete() {
        XCTAssertEqual(complete("sho").replacement, "show ")
    }

    func testDutchCommandsTakeTheirArguments() {
        XCTAssertEqual(complete("toon M-1").candidates, ["M-1", "M-12"])
        XCTAssertEqual(complete("hulp prioriteer").replacement, "prioriteer ")
    }
}

final class YesNoTests: XCTestCase {
    func testYesInEitherLanguage() {
        for answer in ["y", "Y", "yes", " yes "] {
            XCTAssertTrue(Shell.isYes(answer, language: .en), answer)
            XCTAssertTrue(Shell.isYes(answer, language: .nl), answer)
        }
        for answer in ["j", "ja", "JA"] {
            XCTAssertTrue(Shell.isYes(answer, language: .nl), answer)
        }
        for answer in ["", "n", "nee", "no", "jawel", "yess"] {
            XCTAssertFalse(Shell.isYes(answer, language: .nl), answer)
        }
        XCTAssertFalse(Shell.isYes("j", language: .en))
    }
}

/// Completion for the room (issue 13): choice values, themes after a party in `vote`.
final class RoomWordCompletionTests: XCTestCase {
    private func complete(_ line: String, language: Language = .en) -> Completion {
        var vocabulary = Completer.Vocabulary(recordIDs: ["M-1", "M-12"], language: language)
        vocabulary.parties = ["PA-1", "PA-2", "gemeente", "politie"]
        vocabulary.themes = ["T01", "T05", "overlast"]
        return Completer(vocabulary: vocabulary).complete(line: line, cursor: line.utf8.count)
    }

    func testChoiceValuesAfterEquals() {
        XCTAssertEqual(complete("set M-12 status=").candidates, ["done", "dropped", "in-progress", "planned"])
        XCTAssertEqual(complete("set M-12 status=in").replacement, "in-progress ")
        XCTAssertEqual(complete("wijzig M-12 status=ger", language: .nl).replacement, "gereed ")
        XCTAssertEqual(complete("list measures where status = d").candidates, ["\"done\"", "\"dropped\""].filter { $0.hasPrefix("d") })
    }

    func testVoteCompletesPartiesThenThemes() {
        XCTAssertEqual(complete("vote po").replacement, "politie ")
        XCTAssertEqual(complete("vote politie ").candidates, ["T01", "T05", "overlast"])
        XCTAssertEqual(complete("vote politie over").replacement, "overlast ")
        XCTAssertFalse(complete("vote ").candidates.contains("M-1"), "record IDs offered for a party")
    }
}
