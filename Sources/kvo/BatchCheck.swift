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
    /// One dossier's part of the report, written by the worker that checked it: rendering all
    /// parts at the end ran serially after the parallel checks (4.7 M of 24.5 M instructions a
    /// dossier, callgrind over 20 example dossiers).
    struct Outcome: Sendable {
        /// A must failed (or a should, with `failOnWarn`).
        let failed: Bool
        /// The file could not be read or loaded.
        let broken: Bool
        /// The dossier's part in the chosen format: a JSON item, a JUnit suite, or lines of text.
        let part: [UInt8]
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
    var format = OutputFormat.table
    var failOnWarn = false

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
        if let loaded = Dossier.load(releasingFileAt: path) { return check(loaded.dossier, path: path) }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path)
        } catch {
            return unreadable(path, error.message.text(language))
        }
        do {
            return check(try Dossier.load(bytes), path: path)
        } catch {
            let place = error.line.map { ":\($0):\(error.column ?? 1)" } ?? ""
            return unreadable(path + place, error.text(language))
        }
    }

    private func check(_ loaded: Dossier, path: String) -> Outcome {
        let dossier = pointInTime ? loaded.asOf(asOf) : loaded
        let results = Checker.run(CheckContext(dossier: dossier, asOf: asOf, auditOverride: audit), rules: rules)
        let spoken = followsDossier ? dossier.language ?? language : language
        return checked(path, CheckReport(results: results, language: spoken))
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

    /// A JSON item sits at this depth of the whole document: `{"dossiers": [item, ...]}`.
    private static let itemDepth = 2

    private func checked(_ path: String, _ report: CheckReport) -> Outcome {
        let failed = report.failed(failOnWarn: failOnWarn)
        switch format {
        case .json:
            return Outcome(failed: failed, broken: false, part: report.jsonBytes(file: path, depth: Self.itemDepth))
        case .junit:
            return Outcome(failed: failed, broken: false, part: Array(JUnitWriter.suite(report, name: path, failOnWarn: failOnWarn).utf8))
        default:
            var text = "\(path): \(report.summary)\n"
            for r in report.results where r.status == .fail || (failOnWarn && r.status == .warn) {
                text += "  \(r.rule.id) §\(r.rule.paragraph): \(report.sentence(r))\n"
            }
            return Outcome(failed: failed, broken: false, part: Array(text.utf8))
        }
    }

    private func unreadable(_ path: String, _ error: String) -> Outcome {
        let part: String
        switch format {
        case .json: part = JSONWriter.nestedString(.object(["file": .string(path), "error": .string(error)]), depth: Self.itemDepth)
        case .junit: part = JUnitWriter.loadError(name: path, message: error)
        default: part = "\(path): " + Message(en: "error: ", nl: "fout: ").text(language) + "\(error)\n"
        }
        return Outcome(failed: false, broken: true, part: Array(part.utf8))
    }

    /// The report, and the exit code: 2 when a file did not load, else 1 when a must failed, else 0.
    /// The parts are joined in argument order into the document the whole would have been, and
    /// kept as bytes: making a String of them validated every byte again (0.45 M instructions
    /// a dossier, serially, callgrind).
    func render(_ outcomes: [Outcome]) -> (bytes: [UInt8], code: Int32) {
        let failed = outcomes.filter(\.failed).count
        let broken = outcomes.filter(\.broken).count
        let code: Int32 = broken > 0 ? 2 : (failed > 0 ? 1 : 0)
        var out: [UInt8] = []
        out.reserveCapacity(outcomes.reduce(256) { $0 + $1.part.count + 8 })
        switch format {
        case .json:
            out += Array("{\n  \"dossiers\": [".utf8)
            for (n, o) in outcomes.enumerated() {
                out += Array((n > 0 ? ",\n    " : "\n    ").utf8)
                out += o.part
            }
            out += Array((outcomes.isEmpty ? "]" : "\n  ]").utf8)
            let total = JSONValue.object(["dossiers": .number(Double(outcomes.count)), "failed": .number(Double(failed)), "unreadable": .number(Double(broken))])
            out += Array(",\n  \"total\": ".utf8) + JSONWriter.nested(total, depth: 1) + Array("\n}\n".utf8)
        case .junit:
            out = JUnitWriter.document(outcomes.map(\.part))
        default:
            for o in outcomes { out += o.part }
            let dossiers = Noun(en: "dossier", "dossiers", nl: "dossier", "dossiers")
            let checked = outcomes.count - broken
            out += Array(Message(en: "\(Language.en.count(outcomes.count, dossiers)): \(checked) checked, \(failed) with failures, \(broken) could not be read\n",
                                 nl: "\(Language.nl.count(outcomes.count, dossiers)): \(checked) gecontroleerd, \(failed) met eisen niet voldaan, \(broken) niet te lezen\n").text(language).utf8)
        }
        return (out, code)
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
