import KVOModel

/// The results of a check run, counted and rendered as text for people and as JSON/JUnit data.
public struct CheckReport: Sendable {
    public let results: [CheckResult]
    public let language: Language

    public init(results: [CheckResult], language: Language) {
        self.results = results
        self.language = language
    }

    public func count(_ status: CheckStatus) -> Int { results.filter { $0.status == status }.count }

    /// Whether a `must` failed (or, with `failOnWarn`, a `should` too).
    public func failed(failOnWarn: Bool) -> Bool {
        results.contains { $0.status == .fail || (failOnWarn && $0.status == .warn) }
    }

    /// `80 rules: 41 passed, 3 failed, 2 warnings, 9 n/a, 1 waived` (and the not assessable and info ones).
    public var summary: String {
        let n = results.count
        if language == .nl {
            var s = "\(n) regels: \(count(.pass)) voldaan, \(count(.fail)) niet voldaan, \(count(.warn)) waarschuwingen, \(count(.notApplicable)) n.v.t., \(count(.waived)) ontheffing"
            if count(.notAssessable) > 0 { s += ", \(count(.notAssessable)) niet te beoordelen" }
            if count(.info) > 0 { s += ", \(count(.info)) info" }
            return s
        }
        var s = "\(n) rule\(n == 1 ? "" : "s"): \(count(.pass)) passed, \(count(.fail)) failed, \(count(.warn)) warning\(count(.warn) == 1 ? "" : "s"), \(count(.notApplicable)) n/a, \(count(.waived)) waived"
        if count(.notAssessable) > 0 { s += ", \(count(.notAssessable)) not assessable" }
        if count(.info) > 0 { s += ", \(count(.info)) info" }
        return s
    }

    public static func label(_ status: CheckStatus, _ language: Language) -> String {
        guard language == .nl else { return status.rawValue }
        return switch status {
        case .pass: "voldaan"
        case .fail: "niet voldaan"
        case .warn: "waarschuwing"
        case .notApplicable: "n.v.t."
        case .notAssessable: "niet te beoordelen"
        case .waived: "ontheffing"
        case .info: "info"
        }
    }

    /// The message with its shortfall and waiver, as one text.
    public func sentence(_ r: CheckResult) -> String {
        var s = r.message.text(language)
        if let short = r.shortfall, r.status == .fail || r.status == .warn || r.status == .waived {
            s += (language == .nl ? " Tekort: " : " Short: ") + short.text(language)
        }
        if let w = r.waiver { s += " (" + w + ")" }
        return s
    }

    /// JUnit XML: one test case per rule; failures for failed musts (and warnings with `failOnWarn`),
    /// skipped for n/a and waived. CI systems read this.
    public func junit(name: String, failOnWarn: Bool) -> String {
        func esc(_ s: String) -> String {
            var out = ""
            for ch in s {
                switch ch {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                default: out.append(ch)
                }
            }
            return out
        }
        let failures = results.filter { $0.status == .fail || (failOnWarn && $0.status == .warn) }.count
        let skipped = results.filter { $0.status == .notApplicable || $0.status == .waived }.count
        var xml = "<testsuite name=\"\(esc(name))\" tests=\"\(results.count)\" failures=\"\(failures)\" skipped=\"\(skipped)\">\n"
        for r in results {
            xml += "  <testcase classname=\"§\(esc(r.rule.paragraph))\" name=\"\(esc(r.rule.id))\""
            let text = esc(sentence(r))
            switch r.status {
            case .fail:
                xml += ">\n    <failure message=\"\(text)\" type=\"\(r.rule.level.rawValue)\"/>\n  </testcase>\n"
            case .warn where failOnWarn:
                xml += ">\n    <failure message=\"\(text)\" type=\"should\"/>\n  </testcase>\n"
            case .notApplicable, .waived:
                xml += ">\n    <skipped message=\"\(text)\"/>\n  </testcase>\n"
            default:
                xml += ">\n    <system-out>\(r.status.rawValue): \(text)</system-out>\n  </testcase>\n"
            }
        }
        return xml + "</testsuite>\n"
    }
}
