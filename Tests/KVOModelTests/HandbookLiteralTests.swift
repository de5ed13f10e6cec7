import XCTest
import Foundation
import KVOModel

/// Issue 11: every handbook number, table, deadline and predicate is written once, in
/// Sources/KVOModel/Handbook; everyone else asks `Handbook`. This test reads the Sources tree and
/// fails when one of those facts appears as a literal elsewhere. Each pattern is narrow enough to
/// match only the fact (the old copies of it), not every 3 or 14 in the code.
///
/// Not searched: the Handbook folder itself, whole-line comments (they may explain a number), and
/// the files that quote the spec rather than compute with it: the rule catalogue restating
/// shared/spec/requirements.md (RuleCatalogue+Handbook, RuleCatalogue+Dutch) and the handbook's
/// own text (HandbookText+Paragraphs).
final class HandbookLiteralTests: XCTestCase {
    static let sources: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Sources"
    }()

    static let quoting = ["KVOChecks/Engine/RuleCatalogue+Handbook.swift", "KVOChecks/Engine/RuleCatalogue+Dutch.swift",
                          "KVOChecks/Engine/HandbookText+Paragraphs.swift"]

    /// Fact → patterns (regular expressions) that write it as a literal.
    static let facts: [(fact: String, patterns: [String])] = [
        ("§3.1 at most 600 entrepreneurs", [#"(<=|<|>=|>|-)\s*600\b"#, #"(at most|maximaal) 600\b"#]),
        ("§3.1.1 at most 4 parks in a cluster", [#"parks\.count\s*(<=|<|>=|>|-)\s*[45]\b"#, #"(at most|maximaal) 4 (parks|are|allowed|terreinen|toegestaan)"#]),
        ("§4.1.1 response bands", [#"(<=|<)\s*(50|100)\s*\?"#, #"\?\s*40\s*:"#, #"case\s*\.\.\.\s*50\b"#, #"51\s*\.\.\.\s*100"#,
                                   #"40 %, 30 % (or|of) 20 %"#]),
        ("§6.3.1 audit hours table", [#"\b8\s*,\s*10\s*,\s*11\s*,\s*12\b"#, #"1\s*:\s*8\s*,\s*2\s*:\s*10"#,
                                      #"cluster (of|van) 4 (parks|terreinen) \(12"#]),
        ("§7.2 certificate valid 3 years", [#"adding\(years:\s*-?3\)"#, #"\b3 (years|jaar) (after|na) (issue|uitgifte)"#]),
        ("§5.2.1/§6.4 14-day deadlines", [#"adding\(days:\s*-?14\)"#, #"\b14\s*-\s*before\b"#, #"\bafter\s*-\s*14\b"#,
                                         #"\b14 (days|dagen)\b"#, #"(needs|at most|maximaal|minimaal) 14\b"#]),
        ("§6.3 supplement periods", [#"adding\(months:\s*-?[123]\)"#, #"\b2 (months|maanden) (after|na|for|voor)\b"#,
                                     #"(within|binnen) 1 (month|maand)\b"#]),
        ("§4.2/§4.4 three plan years", [#"\(1\s*\.\.\.\s*3\)\s*\.(map|contains|filter)"#, #"\bin\s+1\s*\.\.\.\s*3\b"#, #"years\[2\]"#, #"years\.count\s*==\s*3\b"#,
                                         #"\b(All|Alle) 3 (plan years|planjaren)"#, #"(of the|van de) 3 (plan years|planjaren)"#]),
        ("§4.2.5 fixed measures per plan year", [#"\("(day-inspection|evening-inspection|interim-evaluation|communication|delivery)",\s*\d\)"#,
                                                  #"minimum:\s*\d"#, #"\b2 (communications|communicatie-uitingen) (and|en|to|naar)"#]),
        ("§4.2.2 7 of the mandatory themes", [#"covered\.count\s*(>=|<)\s*7\b"#, #"\b7\s*-\s*covered"#, #"(at least|minimaal|minstens) 7\b"#, #"minimum\s*=\s*7\b"#]),
        ("kvo's 40 hours per party per quarter", [#"(=|\?\?)\s*40(\.0)?\b"#]),
        ("§3.2 start phase: one year", [#""started"\)[^\n]*adding\(years:"#]),
        ("§1.5 version dates", [#"Day\(year:\s*2024,\s*month:\s*3,\s*day:\s*1\)"#, #"Day\(year:\s*2025,\s*month:\s*2,\s*day:\s*28\)"#]),
        ("§5.2.2 four measures executed by the audit", [#"\b3\s*-\s*(fromInspection|findings|items)"#, #"(inspection|findings)\.count\s*(<|>=)\s*3\b"#,
                                                       #"(at least|minimaal) 4 (needed|nodig)"#, #"(at least|minstens) 3 (measures|maatregelen)"#, #"\$0\s*(<|<=)\s*(audit|cutoff)\s*\}"#,
                                                       #"d\s*<\s*audit\b"#]),
        ("§1.2 steps", [#"step\s*=\s*[1-8]\b"#, #"/\s*8:"#, #"\[1:\s*\["3"\]"#, #"after 3 years"#, #"na 3 jaar"#]),
    ]

    /// Every Swift file under Sources outside the Handbook folder, with its lines.
    static func files() throws -> [(path: String, lines: [String])] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: sources) else { return [] }
        var found: [(String, [String])] = []
        for case let relative as String in walker where relative.hasSuffix(".swift") {
            if relative.hasPrefix("KVOModel/Handbook/") || quoting.contains(relative) { continue }
            let text = try String(contentsOfFile: sources + "/" + relative, encoding: .utf8)
            found.append((relative, text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// "FILE:LINE: the line" for each code line that matches one of the patterns.
    static func hits(_ patterns: [String], in files: [(path: String, lines: [String])]) throws -> [String] {
        let expressions = try patterns.map { try NSRegularExpression(pattern: $0) }
        var hits: [String] = []
        for (path, lines) in files {
            for (n, line) in lines.enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                let range = NSRange(code.startIndex..., in: code)
                if expressions.contains(where: { $0.firstMatch(in: code, range: range) != nil }) {
                    hits.append("\(path):\(n + 1): \(code)")
                }
            }
        }
        return hits
    }

    func testNoHandbookFactIsWrittenOutsideTheHandbookLayer() throws {
        let files = try Self.files()
        XCTAssertGreaterThan(files.count, 100, "the Sources tree was not found at \(Self.sources)")
        for (fact, patterns) in Self.facts {
            let hits = try Self.hits(patterns, in: files)
            XCTAssertTrue(hits.isEmpty, "\(fact) is written as a literal outside Sources/KVOModel/Handbook; ask Handbook instead:\n"
                          + hits.joined(separator: "\n"))
        }
    }

    /// The patterns catch the old copies each fact had before issue 11.
    func testThePatternsCatchTheOldCopies() throws {
        let old = [
            "return .percent(Double(n <= 50 ? 40 : (n <= 100 ? 30 : 20)) / 100)",
            "return .number(Double([0, 8, 10, 11, 12][min(max(parks, 0), 4)]))",
            "static let hours = [1: 8, 2: 10, 3: 11, 4: 12]",
            "return issued.map { .date($0.adding(years: 3)) } ?? .null",
            "let expiry = issued.adding(years: 3)",
            "let due = date.adding(days: -14)",
            "let due = auditDate.adding(days: 14)",
            "let deadline = auditDate.adding(months: 2)",
            "let assessBy = delivered.adding(months: 1)",
            "let planBy = expiry.adding(months: -3)",
            "public static let defaultHoursPerQuarter = 40.0",
            "if total <= 600 {",
            "if parks.count <= 4 {",
            "let inspectionShort = max(0, 3 - fromInspection.count)",
            "if it.status == \"done\" { return it.record[\"done\"]?.stringValue.flatMap { Day($0) }.map { $0 < audit } ?? true }",
            "let executed = done.filter { $0.date(\"done\").map { $0 <= cutoff } ?? false }",
            "return d >= start && d < audit",
            "let years = (1...3).map { n in",
            "for y in 1...3 {",
            "(\"day-inspection\", 1), (\"evening-inspection\", 1), (\"interim-evaluation\", 1), (\"communication\", 2), (\"delivery\", 2),",
            "Need(kind: \"communication\", minimum: 2, en: \"communication\", nl: \"communicatie\"),",
            "if covered.count >= 7 && missingChosen.isEmpty {",
            "let deadlines = [organisation.date(\"started\").map { $0.adding(years: 1) }, organisation.date(\"startPhaseDeadline\")].compactMap { $0 }",
            "static let inForce = Day(year: 2024, month: 3, day: 1)!",
            "static let minimum = 7",
            "guard years.count == 3 else { return PlanFacts.missingPlanStart() }",
            "else if c.section(\"analysis\").date(\"concluded\") == nil { step = 2 }",
            "Message(en: \"renewed plan\", nl: \"vernieuwd plan\"), Message(en: \"follow-up audit after 3 years\", nl: \"vervolgaudit na 3 jaar\"),",
        ]
        for line in old {
            let all = Self.facts.flatMap(\.patterns)
            XCTAssertFalse(try Self.hits(all, in: [("old.swift", [line])]).isEmpty, "no pattern catches: \(line)")
        }
    }
}
