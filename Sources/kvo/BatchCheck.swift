import Dispatch
import Synchronization
import KVOModel
import KVOChecks
import KVOReports

/// `kvo check DOSSIER...`: many dossiers in one process (a certification body's nightly run).
/// Each file is read and checked on its own; one that does not load is reported and the others
/// still run. With `jobs` > 1 the files are checked in parallel; output stays in argument order.
/// Here in the kvo target, beside the command that alone uses it (kvo/CheckCommand.swift).
struct BatchCheck: Sendable {
    struct Outcome: Sendable {
        let path: String
        let report: CheckReport?
        let error: String?
    }

    let asOf: Day
    /// `kvo check --as-of DATE`: each dossier is judged as it stood then (PointInTime).
    var pointInTime = false
    /// `--audit first|renewal`, decoded once.
    let audit: OrganisationRecord.Certification?
    let language: Language
    /// Without --lang, each dossier's own `language` field wins over `language` (docs/language.md).
    var followsDossier = false
    let patterns: [String]

    /// The rules the patterns select, worked out once for all dossiers.
    let rules: [Rule]

    init(asOf: Day, audit: OrganisationRecord.Certification?, language: Language, patterns: [String]) {
        self.asOf = asOf
        self.audit = audit
        self.language = language
        self.patterns = patterns
        let selected = Set(patterns.flatMap { RuleCatalogue.handbook.select($0).map(\.id) })
        rules = patterns.isEmpty ? RuleCatalogue.handbook.rules : RuleCatalogue.handbook.rules.filter { selected.contains($0.id) }
    }

    func check(_ path: String) -> Outcome {
        // Read into pages given back as they are parsed, as the shell's `open` does; a file that
        // does not load so is read again whole below, for the error and its place.
        if let buffer = FileBuffer.read(path), let loaded = Dossier.load(releasing: buffer) { return check(loaded, path: path) }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path)
        } catch {
            return Outcome(path: path, report: nil, error: error.message.text(language))
        }
        do {
            return check(try Dossier.load(bytes), path: path)
        } catch {
            let place = error.line.map { ":\($0):\(error.column ?? 1)" } ?? ""
            return Outcome(path: path + place, report: nil, error: error.text(language))
        }
    }

    private func check(_ loaded: Dossier, path: String) -> Outcome {
        let dossier = pointInTime ? loaded.asOf(asOf) : loaded
        let results = Checker.run(CheckContext(dossier: dossier, asOf: asOf, auditOverride: audit), rules: rules)
        let spoken = followsDossier ? dossier.language ?? language : language
        return Outcome(path: path, report: CheckReport(results: results, language: spoken), error: nil)
    }

    func run(_ paths: [String], jobs: Int) -> [Outcome] {
        guard jobs > 1, paths.count > 1 else { return paths.map(check) }
        let results = OutcomeSlots(count: paths.count)
        let workers = min(jobs, paths.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < paths.count {
                results.set(i, check(paths[i]))
                i += workers
            }
        }
        return results.all
    }

    /// The report, and the exit code: 2 when a file did not load, else 1 when a must failed, else 0.
    func render(_ outcomes: [Outcome], format: OutputFormat, failOnWarn: Bool) -> (text: String, code: Int32) {
        let failed = outcomes.filter { $0.report?.failed(failOnWarn: failOnWarn) == true }.count
        let broken = outcomes.filter { $0.error != nil }.count
        let code: Int32 = broken > 0 ? 2 : (failed > 0 ? 1 : 0)
        switch format {
        case .json:
            let items: [JSONValue] = outcomes.map { o in
                guard let report = o.report else { return .object(["file": .string(o.path), "error": .string(o.error ?? "")]) }
                var json = report.json
                if case .object(var obj) = json { obj["file"] = .string(o.path); json = .object(obj) }
                return json
            }
            return (JSONWriter.string(.object(["dossiers": .array(items), "total": .object([
                "dossiers": .number(Double(outcomes.count)), "failed": .number(Double(failed)), "unreadable": .number(Double(broken))])])), code)
        case .junit:
            return (JUnitWriter.document(outcomes.map { o in
                o.report.map { JUnitWriter.suite($0, name: o.path, failOnWarn: failOnWarn) } ?? JUnitWriter.loadError(name: o.path, message: o.error ?? "")
            }), code)
        default:
            var text = ""
            for o in outcomes {
                if let report = o.report {
                    text += "\(o.path): \(report.summary)\n"
                    for r in report.results where r.status == .fail || (failOnWarn && r.status == .warn) {
                        text += "  \(r.rule.id) §\(r.rule.paragraph): \(report.sentence(r))\n"
                    }
                } else {
                    text += "\(o.path): " + Message(en: "error: ", nl: "fout: ").text(language) + "\(o.error ?? "")\n"
                }
            }
            let dossiers = Noun(en: "dossier", "dossiers", nl: "dossier", "dossiers")
            let checked = outcomes.count - broken
            text += Message(en: "\(Language.en.count(outcomes.count, dossiers)): \(checked) checked, \(failed) with failures, \(broken) could not be read\n",
                            nl: "\(Language.nl.count(outcomes.count, dossiers)): \(checked) gecontroleerd, \(failed) met eisen niet voldaan, \(broken) niet te lezen\n").text(language)
            return (text, code)
        }
    }
}

/// Results written by parallel workers, each to its own slot.
private final class OutcomeSlots: Sendable {
    private let slots: Mutex<[BatchCheck.Outcome?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ i: Int, _ outcome: BatchCheck.Outcome) {
        slots.withLock { $0[i] = outcome }
    }

    var all: [BatchCheck.Outcome] { slots.withLock { $0.map { $0! } } }
}
