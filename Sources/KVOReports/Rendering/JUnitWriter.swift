import KVOModel
import KVOChecks

/// Check results as JUnit XML, the one writer for `check as junit` and `kvo check --format junit`:
/// one test case per rule; failures for failed musts (and warnings with `failOnWarn`), skipped
/// for n/a and waived. CI systems read this. Every name and text goes through `HTML.escape`, the
/// one escaper for XML, so a `&`, `<` or `"` in a file name or message cannot break the document.
///
/// Why in KVOReports/Rendering: this is the lowest layer that sees every value kvo renders
/// (documents, tables, check results from KVOChecks, the matrix from KVOPlanning), and both the
/// `check` command (KVOScript) and the batch runner (the kvo target) sit above it.
package enum JUnitWriter {
    package static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// A whole document of several suites (`kvo check`, one per dossier, each written as bytes by
    /// the worker that checked it).
    package static func document(_ suites: [[UInt8]]) -> [UInt8] {
        var out = Array((declaration + "<testsuites>\n").utf8)
        for suite in suites { out += suite }
        return out + Array("</testsuites>\n".utf8)
    }

    /// One suite: the results of one dossier.
    package static func suite(_ report: CheckReport, name: String, failOnWarn: Bool) -> String {
        let esc = HTML.escape
        let results = report.results
        let failures = results.filter { $0.status == .fail || (failOnWarn && $0.status == .warn) }.count
        let skipped = results.filter { $0.status == .notApplicable || $0.status == .waived }.count
        var xml = "<testsuite name=\"\(esc(name))\" tests=\"\(results.count)\" failures=\"\(failures)\" skipped=\"\(skipped)\">\n"
        for r in results {
            xml += "  <testcase classname=\"§\(esc(r.rule.paragraph))\" name=\"\(esc(r.rule.id))\""
            let text = esc(report.sentence(r))
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

    /// A suite for a dossier that did not load: one test case in error.
    package static func loadError(name: String, message: String) -> String {
        "<testsuite name=\"\(HTML.escape(name))\" tests=\"1\" errors=\"1\">\n  <testcase name=\"load\"><error message=\"\(HTML.escape(message))\"/></testcase>\n</testsuite>\n"
    }
}
