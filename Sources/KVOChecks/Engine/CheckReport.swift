import KVOModel

/// The results of a check run, counted and put in sentences; rendered as JSON and JUnit in
/// KVOReports/Rendering (`CheckReport.json`, `JUnitWriter`).
package struct CheckReport: Sendable {
    package let results: [CheckResult]
    package let language: Language

    package init(results: [CheckResult], language: Language) {
        self.results = results
        self.language = language
    }

    package func count(_ status: CheckStatus) -> Int { results.filter { $0.status == status }.count }

    /// Whether a `must` failed (or, with `failOnWarn`, a `should` too).
    package func failed(failOnWarn: Bool) -> Bool {
        results.contains { $0.status == .fail || (failOnWarn && $0.status == .warn) }
    }

    /// `80 rules: 41 passed, 3 failed, 2 warnings, 9 n/a, 1 waived` (and the not assessable and info
    /// ones), in the report's language.
    package var summary: String { summaryMessage.text(language) }

    package var summaryMessage: Message {
        let n = results.count
        let warnings = count(.warn)
        var s = Message(en: "\(Language.en.count(n, Self.rule)): \(count(.pass)) passed, \(count(.fail)) failed, \(Language.en.count(warnings, Self.warning)), \(count(.notApplicable)) n/a, \(count(.waived)) waived",
                        nl: "\(Language.nl.count(n, Self.rule)): \(count(.pass)) voldaan, \(count(.fail)) niet voldaan, \(Language.nl.count(warnings, Self.warning)), \(count(.notApplicable)) n.v.t., \(count(.waived)) ontheffing")
        if count(.notAssessable) > 0 {
            s += Message(en: ", \(count(.notAssessable)) not assessable", nl: ", \(count(.notAssessable)) niet te beoordelen")
        }
        if count(.info) > 0 { s += Message(en: ", \(count(.info)) info", nl: ", \(count(.info)) info") }
        return s
    }

    static let rule = Noun(en: "rule", "rules", nl: "regel", "regels")
    static let warning = Noun(en: "warning", "warnings", nl: "waarschuwing", "waarschuwingen")

    /// A status as shown: "pass" / "voldaan", "n/a" / "n.v.t.", ...
    package static func label(_ status: CheckStatus, _ language: Language) -> String { status.name.text(language) }

    /// The table headers of `check`: rule, §, status, finding / regel, §, status, bevinding.
    package static let headers: [Message] = [Message(en: "rule", nl: "regel"), .verbatim("§"), Message(en: "status", nl: "status"),
                                            Message(en: "finding", nl: "bevinding")]

    /// The message with its shortfall and waiver, as one text.
    package func sentence(_ r: CheckResult) -> String { sentenceMessage(r).text(language) }

    package func sentenceMessage(_ r: CheckResult) -> Message {
        var s = r.message
        if let short = r.shortfall, r.status == .fail || r.status == .warn || r.status == .waived {
            s += Message(en: " Short: ", nl: " Tekort: ") + short
        }
        if let w = r.waiver { s += " (" + w + ")" }
        return s
    }
}
