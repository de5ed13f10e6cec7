import XCTest
@testable import KVOModel

final class LanguageNumberTests: XCTestCase {
    func testPercentOfWholeRoundsHalfUpOnTheExactFraction() {
        XCTAssertEqual(Language.nl.percent(16, of: 51), "31,4 %")
        XCTAssertEqual(Language.en.percent(16, of: 51), "31.4%")
        XCTAssertEqual(Language.nl.percent(2, of: 3), "66,7 %")
        XCTAssertEqual(Language.en.percent(2, of: 3), "66.7%")
        XCTAssertEqual(Language.nl.percent(8, of: 31), "25,8 %")
        XCTAssertEqual(Language.en.percent(1, of: 8), "12.5%")   // exactly 12.5: no rounding
        XCTAssertEqual(Language.en.percent(1, of: 16), "6.3%")   // 6.25 rounds half up
        XCTAssertEqual(Language.en.percent(0, of: 7), "0.0%")
        XCTAssertEqual(Language.en.percent(7, of: 7), "100.0%")
        XCTAssertEqual(Language.en.percent(3, of: 0), "–")
        XCTAssertEqual(Language.nl.percent(-1, of: 3), "-33,3 %")
        XCTAssertEqual(Language.en.percent(2, of: 3, decimals: 0), "67%")
    }

    func testPercentOfHugeNumbersDoesNotTrap() {
        XCTAssertEqual(Language.en.percent(Int.max / 2, of: Int.max), "50.0%")
        XCTAssertEqual(Language.en.percent(Int.max, of: Int.max), "100.0%")
    }

    func testSharesAndDecimalsRoundHalfUpAsWritten() {
        // 0.15 and 31.35 are not exact in binary; rounding what is written gives the expected digit.
        XCTAssertEqual(Language.en.fixed(0.15, decimals: 1), "0.2")
        XCTAssertEqual(Language.nl.fixed(31.35, decimals: 1), "31,4")
        XCTAssertEqual(Language.en.fixed(2.675, decimals: 2), "2.68")
        XCTAssertEqual(Language.en.fixed(0.96, decimals: 1), "1.0")
        XCTAssertEqual(Language.en.fixed(9.96, decimals: 1), "10.0")
        XCTAssertEqual(Language.en.fixed(0.04, decimals: 1), "0.0")
        XCTAssertEqual(Language.en.fixed(-0.04, decimals: 1), "0.0")
        XCTAssertEqual(Language.en.fixed(-2.25, decimals: 1), "-2.3")
        XCTAssertEqual(Language.en.fixed(1e-7, decimals: 2), "0.00")
        XCTAssertEqual(Language.en.fixed(1e20, decimals: 0), "100000000000000000000")
        XCTAssertEqual(Language.en.fixed(.infinity, decimals: 1), "–")
        XCTAssertEqual(Language.en.fixed(.nan, decimals: 1), "–")
        XCTAssertEqual(Language.nl.percent(0.258), "25,8 %")
        XCTAssertEqual(Language.en.percent(0.3137), "31.4%")
        XCTAssertEqual(Language.nl.fixed(0.514, decimals: 2), "0,51")
    }

    func testNumberDropsTrailingZeros() {
        XCTAssertEqual(Language.nl.number(16), "16")
        XCTAssertEqual(Language.nl.number(2.5), "2,5")
        XCTAssertEqual(Language.en.number(2.5), "2.5")
        XCTAssertEqual(Language.en.number(2.04), "2")
        XCTAssertEqual(Language.en.number(-0.04), "0")
        XCTAssertEqual(Language.en.number(1.25, decimals: 2), "1.25")
    }

    func testGrouping() {
        XCTAssertEqual(Language.nl.grouped(20000), "20.000")
        XCTAssertEqual(Language.en.grouped(20000), "20,000")
        XCTAssertEqual(Language.en.grouped(999), "999")
        XCTAssertEqual(Language.nl.grouped(-1234567), "-1.234.567")
    }

    /// The rule of the issue: a threshold is decided on the exact value, the text only shows it.
    /// 2,999 of 10,000 is shown as 30.0% but is below 30%.
    func testThresholdIsDecidedOnTheExactValue() {
        let (part, whole) = (2999, 10000)
        XCTAssertEqual(Language.en.percent(part, of: whole), "30.0%")
        XCTAssertFalse(part * 100 >= 30 * whole, "the exact share is below 30%")
    }
}

final class LanguageWordTests: XCTestCase {
    let responses = Noun(en: "response", "responses", nl: "reactie", "reacties")

    func testPlurals() {
        XCTAssertEqual(Language.nl.count(1, responses), "1 reactie")
        XCTAssertEqual(Language.nl.count(2, responses), "2 reacties")
        XCTAssertEqual(Language.en.count(0, responses), "0 responses")
        XCTAssertEqual(responses.counted(1), Message(en: "1 response", nl: "1 reactie"))
    }

    func testLists() {
        XCTAssertEqual(Language.nl.list(["a", "b", "c"]), "a, b en c")
        XCTAssertEqual(Language.en.list(["a", "b", "c"]), "a, b and c")
        XCTAssertEqual(Language.en.list(["a", "b"]), "a and b")
        XCTAssertEqual(Language.nl.list(["a"]), "a")
        XCTAssertEqual(Language.nl.list([]), "")
        XCTAssertEqual(Language.nl.alternatives(["a", "b"]), "a of b")
    }

    func testDates() {
        let day = Day("2024-10-08")!
        XCTAssertEqual(Language.nl.date(day), "8 oktober 2024")
        XCTAssertEqual(Language.en.date(day), "8 October 2024")
        XCTAssertEqual(Language.nl.month(3), "maart")
        XCTAssertEqual(Language.nl.yesNo(true), "ja")
    }

    func testMessagesCarryBothLanguages() {
        let m = Message(en: "added ", nl: "toegevoegd: ") + "M-3"
        XCTAssertEqual(m.text(.en), "added M-3")
        XCTAssertEqual(m.text(.nl), "toegevoegd: M-3")
        XCTAssertEqual([Message(en: "a", nl: "x"), .verbatim("b")].joined(separator: "; ").nl, "x; b")
    }

    func testLanguageResolution() {
        let env = ["LANG": "nl_NL.UTF-8"]
        XCTAssertEqual(Language.resolve(flag: .en, dossier: .nl, environment: { env[$0] }), .en)
        XCTAssertEqual(Language.resolve(flag: nil, dossier: .en, environment: { env[$0] }), .en)
        XCTAssertEqual(Language.resolve(flag: nil, dossier: nil, environment: { env[$0] }), .nl)
        XCTAssertEqual(Language.resolve(flag: nil, dossier: nil, environment: { ["LC_ALL": "C", "LANG": "nl_NL"][$0] }), .en)
        XCTAssertEqual(Language.resolve(flag: nil, dossier: nil, environment: { _ in nil }), .en)
        XCTAssertEqual(Language(code: "nl_BE.UTF-8"), .nl)
        XCTAssertNil(Language(code: "de_DE"))
    }
}

final class DutchNamesTests: XCTestCase {
    func testDutchInputResolves() {
        XCTAssertEqual(DutchNames.choice("gereed", among: ["planned", "in-progress", "done", "dropped"]), "done")
        XCTAssertEqual(DutchNames.choice("Gepland", among: ["planned", "done"]), "planned")
        XCTAssertEqual(DutchNames.choice("enqueterapport", among: ["survey-report", "map"]), "survey-report")
        XCTAssertEqual(DutchNames.choice("done", among: ["planned", "done"]), "done")
        XCTAssertNil(DutchNames.choice("klaar", among: ["planned", "done"]))
        XCTAssertEqual(DutchNames.field("uren", among: ["title", "hours"]), "hours")
        XCTAssertEqual(DutchNames.field("Titel", among: ["title", "hours"]), "title")
        XCTAssertEqual(DutchNames.english(for: "lijst", in: DutchNames.commands), "list")
    }

    /// Within one kind, no two fields may share a Dutch name, and no Dutch name may be another
    /// field's English name; within one choice field likewise for the values.
    func testDutchNamesAreUnambiguousPerKindAndField() {
        for kind in Schema.dossier.kinds {
            let english = Set(kind.fields.map(\.name))
            var seen: [String: String] = [:]
            for f in kind.fields {
                guard let dutch = DutchNames.fields[f.name]?.lowercased() else { continue }
                XCTAssertNil(seen[dutch], "\(kind.name): \(f.name) and \(seen[dutch] ?? "") are both '\(dutch)'")
                seen[dutch] = f.name
                if dutch != f.name.lowercased() {
                    XCTAssertFalse(english.contains { $0.lowercased() == dutch }, "\(kind.name).\(f.name): '\(dutch)' is another field")
                }
                if case .choice(let options) = f.type { checkChoices(options, "\(kind.name).\(f.name)") }
                if case .list(.choice(let options)) = f.type { checkChoices(options, "\(kind.name).\(f.name)") }
            }
        }
    }

    private func checkChoices(_ options: [String], _ label: String) {
        var seen: [String: String] = [:]
        for o in options {
            guard let dutch = DutchNames.choices[o] else { continue }
            XCTAssertNil(seen[dutch], "\(label): \(o) and \(seen[dutch] ?? "") are both '\(dutch)'")
            seen[dutch] = o
            if dutch != o { XCTAssertFalse(options.contains(dutch), "\(label): '\(dutch)' is another value") }
        }
    }

    func testEveryCommandNameIsDistinct() {
        let dutch = Array(DutchNames.commands.values)
        XCTAssertEqual(Set(dutch).count, dutch.count, "two commands share a Dutch name")
        XCTAssertTrue(Set(dutch).isDisjoint(with: DutchNames.commands.keys), "a Dutch name is another command's English name")
    }
}

/// docs/language.md lists every Dutch name of the table.
final class LanguageDocumentTests: XCTestCase {
    func testTheDocumentListsEveryDutchName() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/language.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for table in [DutchNames.commands, DutchNames.clauses, DutchNames.fields, DutchNames.choices] {
            for (en, nl) in table {
                XCTAssertTrue(text.contains("| `\(en)` | `\(nl)` |"), "docs/language.md lacks \(en) → \(nl)")
            }
        }
    }
}
