import Synchronization
import KVOModel

/// What an evaluator reads: the dossier, the date to judge as of, and derived facts every rule
/// needs the same way (plan years, the certification kind, the audit date).
package struct CheckContext: Sendable, RecordSource {
    package let dossier: Dossier
    package let asOf: Day
    /// `--audit first|renewal`, overriding the dossier's organisation.certification.
    package let auditOverride: OrganisationRecord.Certification?

    /// Notes which kinds of record an evaluation reads (for `explain`); nil when nobody asks.
    package let readLog: ReadLog?
    /// Facts several rules derive from the same large lists, worked out once and kept while the
    /// dossier does not change (the shell keeps one per open dossier).
    let cache: CheckCache

    package init(dossier: Dossier, asOf: Day, auditOverride: OrganisationRecord.Certification? = nil, readLog: ReadLog? = nil, cache: CheckCache = CheckCache()) {
        self.cache = cache
        self.dossier = dossier
        self.asOf = asOf
        self.auditOverride = auditOverride
        self.readLog = readLog
    }

    /// Every record of a kind, noted for `explain` (`c.measures`, through `RecordSource`).
    package func all<View: RecordView>(_ view: View.Type) -> [View] {
        readLog?.note(View.kind.name)
        return dossier.all(view)
    }

    /// A section that exists once (`c.organisation`), or an empty one; noted for `explain`.
    package func one<View: RecordView>(_ view: View.Type) -> View {
        readLog?.note(View.kind.name)
        return dossier.one(view)
    }

    /// The record with this ID as a view of its kind, when it is of that kind.
    package func record<View: RecordView>(_ id: String, as view: View.Type) -> View? { dossier.record(id, as: view) }

    package func record(_ id: String) -> Record? { dossier.record(id)?.record }

    /// First certification or renewal: `--audit`, else organisation.certification, else renewal
    /// when a certificate exists.
    package var certification: OrganisationRecord.Certification {
        if let o = auditOverride { return o }
        if let c = organisation.certification { return c }
        return certificates.isEmpty ? .first : .renewal
    }

    package var isCluster: Bool { parks.count > 1 }

    /// The audit the dossier is heading for or has had: the latest audit record with a date.
    package var latestAudit: AuditRecord? {
        audits.filter { $0.date != nil }.max { $0.date! < $1.date! }
    }

    package var auditDate: Day? { latestAudit?.date }

    /// Plan year 1 starts on the plan's adoption date; years 2 and 3 follow.
    package var planStart: Day? { plan.adopted }

    /// The plan years (1...3) with their first and last day.
    package var planYears: [PlanYear] {
        planStart.map { PlanCalendar(start: $0).years } ?? []
    }

    /// Plan years that have ended by the as-of date.
    package var endedPlanYears: [PlanYear] { planYears.filter { $0.last < asOf } }
}

/// The kinds of record an evaluation read, in the order first read. Used by one thread at a time.
package final class ReadLog: @unchecked Sendable {
    package private(set) var kinds: [String] = []

    package init() {}

    func note(_ kind: String) {
        if !kinds.contains(kind) { kinds.append(kind) }
    }
}

/// What the incident rules read of one incident, read once.
struct IncidentFact {
    let record: Record
    let span: IncidentFigures.Span?
    /// Where it lies (`area`), as read once: the split rule tallies 20,000 of them.
    let area: IncidentRecord.Area?
    /// `count`, or 1 for a single record.
    let count: Int
    /// Municipal reports: whether handled (nil when the record does not say).
    let handled: Bool?
}

/// Derived facts shared by the rules of one check run. The incident rules all need each
/// incident's source, time span, area and count; a dossier at the upper bound holds 20,000 of
/// them, so they are read once, and kept while the incidents do not change (the shell keeps one
/// cache per open dossier). `warm` reads them ahead, on another thread, right after a dossier is
/// opened, so that the first `check` does not pay for it; a lock guards the facts, and a
/// generation count makes sure a reading of an older state never replaces a newer one.
package final class CheckCache: Sendable {
    private struct State {
        var incidents: [String: [IncidentFact]]?
        /// Counts the amendments seen: a warm-up started before one must not store its result.
        var generation = 0
        /// Counts every change of the dossier, of any kind (and every reset): the rules' results
        /// below hold while it stays the same.
        var version = 0
        /// What the results were judged as of: another day or `--audit` judges afresh.
        var resultsAsOf: ResultsKey?
        /// The result of each rule checked on the dossier as it is now, by rule ID.
        var results: [String: CheckResult] = [:]
    }

    /// The inputs of a rule's result besides the dossier itself.
    private struct ResultsKey: Equatable {
        let asOf: Day
        let audit: OrganisationRecord.Certification?
    }

    private let state = Mutex(State())

    /// The kinds of record the cached facts are read from: an amendment to any other kind leaves
    /// the cache valid.
    package static let derivedFrom: Set<String> = [RecordKind.incidents.name]

    package init() {}

    private func locked<T>(_ body: (inout State) -> T) -> T {
        state.withLock { body(&$0) }
    }

    func incidentsBySource(_ context: CheckContext) -> [String: [IncidentFact]] {
        if let known = locked({ $0.incidents }) { return known }
        let start = locked { $0.generation }
        let read = Self.read(context.incidents.map(\.record))
        locked { s in if s.generation == start && s.incidents == nil { s.incidents = read } }
        return read
    }

    /// The state of the dossier the cache is at: take it with the dossier handed to `warm`.
    package var ticket: Int { locked { $0.generation } }

    /// Reads the incident facts of a dossier ahead of the first check (call it off the main
    /// thread). `ticket` is the cache's `ticket` taken when `dossier` was current: if an amendment
    /// has come since, the reading is of an older state and is thrown away.
    package func warm(_ dossier: Dossier, ticket: Int) {
        guard locked({ $0.incidents == nil && $0.generation == ticket }) else { return }
        let read = Self.read(dossier.records(.incidents))
        locked { s in if s.generation == ticket && s.incidents == nil { s.incidents = read } }
    }

    static func read(_ records: [Record]) -> [String: [IncidentFact]] {
        var bySource: [String: [IncidentFact]] = [:]
        for r in records {
            let (source, fact) = Self.fact(r)
            bySource[source, default: []].append(fact)
        }
        return bySource
    }

    /// Forgets every fact (the dossier was replaced whole: `reload`); a warm-up under way is
    /// thrown away.
    package func reset() {
        locked { s in
            s.generation += 1
            s.version += 1
            s.incidents = nil
            s.results = [:]
        }
    }

    /// A rule's result kept from an earlier check of the dossier as it is now (same day, same
    /// `--audit`), or nil; with the version to hand back to `keep`. Rules read nothing but their
    /// context, so a result holds until the dossier changes: a `check` or `status` after another
    /// with no amendment between runs no rule again (issue 15).
    func keptResult(_ rule: Rule, _ context: CheckContext) -> (result: CheckResult?, version: Int) {
        let key = ResultsKey(asOf: context.asOf, audit: context.auditOverride)
        return locked { s in
            guard s.resultsAsOf == key, let kept = s.results[rule.id], kept.rule == rule else { return (nil, s.version) }
            return (kept, s.version)
        }
    }

    /// Keeps a rule's result, unless the dossier changed since `version` was taken.
    func keep(_ result: CheckResult, _ context: CheckContext, version: Int) {
        let key = ResultsKey(asOf: context.asOf, audit: context.auditOverride)
        locked { s in
            guard s.version == version else { return }
            if s.resultsAsOf != key {
                s.resultsAsOf = key
                s.results = [:]
            }
            s.results[result.rule.id] = result
        }
    }

    /// Brings the facts up to date with an amendment instead of reading all incidents again: an
    /// added incident goes at the end (where a new reading would put it), a changed one is
    /// replaced where it stands. Anything else (a removal, an undone removal put back in place, a
    /// large import) empties the cache, to be read again when needed. Returns whether the cache
    /// still holds facts.
    @discardableResult
    package func update(with changes: [Change]) -> Bool {
        let relevant = changes.filter { Self.derivedFrom.contains($0.kind) }
        return locked { s in
            // Any change may change any rule's result.
            s.version += 1
            s.results = [:]
            guard !relevant.isEmpty else { return s.incidents != nil }
            s.generation += 1
            guard var bySource = s.incidents, relevant.count <= 100 else { s.incidents = nil; return false }
            for change in relevant {
                guard let after = change.after, change.position == nil else { s.incidents = nil; return false }
                let (source, fact) = Self.fact(after)
                if let before = change.before {
                    let old = Self.fact(before).source
                    guard old == source, let i = bySource[source]?.firstIndex(where: { $0.record.id == change.id }) else {
                        s.incidents = nil
                        return false
                    }
                    bySource[source]![i] = fact
                } else {
                    bySource[source, default: []].append(fact)
                }
            }
            s.incidents = bySource
            return true
        }
    }

    /// What the incident rules read of one record, and its source.
    static func fact(_ r: Record) -> (source: String, fact: IncidentFact) {
        let incident = IncidentRecord(r)
        // As ThemeEvidence: no count is one; a count that is no whole number within largestWhole
        // none. The typed `count` cannot tell "absent" from "not a whole number", so the stored
        // value is looked at here.
        let count = r[IncidentRecord.Field.count].map { $0 == .null ? 1 : $0.wholeNumber ?? 0 } ?? 1
        let span = IncidentFigures.span(date: incident.date, from: incident.from, to: incident.to)
        return (incident.source?.rawValue ?? "", IncidentFact(record: r, span: span, area: incident.area, count: count, handled: incident.handled))
    }

}
