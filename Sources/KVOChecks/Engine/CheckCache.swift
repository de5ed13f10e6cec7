import Dispatch
import Synchronization
import KVOModel

/// Derived facts shared by the rules of one check run. The incident rules all need each
/// incident's source, time span, area and count; a dossier at the upper bound holds 20,000 of
/// them, so they are read once, and kept while the incidents do not change (the shell keeps one
/// cache per open dossier). `warm` reads them ahead, on another thread, right after a dossier is
/// opened, so that the first `check` does not pay for it; a lock guards the facts. The warm-up is
/// brought up to date with the amendments made while it reads (the shell's user may type `add
/// incident` before it ends), and a check that needs the facts meanwhile waits for it rather
/// than reading them a second time.
package final class CheckCache: Sendable {
    private struct State {
        var incidents: [String: [IncidentFact]]?
        /// Counts the amendments of incidents seen: a check's own reading, made while one came,
        /// is not kept.
        var generation = 0
        /// Counts every change of the dossier, of any kind (and every reset): the rules' results
        /// below hold while it stays the same.
        var version = 0
        /// What the results were judged as of: another day or `--audit` judges afresh.
        var resultsAsOf: ResultsKey?
        /// The result of each rule checked on the dossier as it is now, by rule ID.
        var results: [String: CheckResult] = [:]
        /// The warm-up under way, if any, and how many were announced.
        var warming: Warming?
        var warmUps = 0
        /// The dossier as it stood at the end of another day (`--as-of`), with a cache of its own,
        /// by day; nil where nothing is dated after that day. Forgotten at any change.
        var days: [Day: Judged?] = [:]
    }

    /// A warm-up under way: which one, and the amendments of incidents since it was announced, to
    /// be applied to its reading when it ends.
    private struct Warming {
        let id: Int
        var changes: [Change] = []
        /// Set when the changes cannot be applied cheaply (a removal, a large import).
        var void = false
    }

    /// The inputs of a rule's result besides the dossier itself.
    private struct ResultsKey: Equatable {
        let asOf: Day
        let audit: OrganisationRecord.Certification?
    }

    /// A dossier as of a day, and the cache that belongs to it.
    package typealias Judged = (dossier: Dossier, cache: CheckCache)

    private let state = Mutex(State())
    /// Entered while a warm-up reads: a check that needs the facts meanwhile waits for it.
    private let warmUps = DispatchGroup()
    /// Whether facts are read through the typed records, field by field, so that a `FieldTrail`
    /// notes each read (`check RULE --trail`); otherwise each incident's fields are walked once.
    let readsFieldByField: Bool

    /// The kinds of record the cached facts are read from: an amendment to any other kind leaves
    /// the cache valid.
    package static let derivedFrom: Set<String> = [RecordKind.incidents.name]

    /// At most this many other days are kept (each a copy of the dossier's changed records).
    static let daysKept = 4

    package init(readsFieldByField: Bool = false) {
        self.readsFieldByField = readsFieldByField
    }

    private func locked<T>(_ body: (inout State) -> T) -> T {
        state.withLock { body(&$0) }
    }

    func incidentsBySource(_ context: CheckContext) -> [String: [IncidentFact]] {
        let (known, warming) = locked { ($0.incidents, $0.warming != nil) }
        if let known { return known }
        if warming {
            warmUps.wait()
            if let known = locked({ $0.incidents }) { return known }
        }
        let start = locked { $0.generation }
        let read = IncidentFact.read(context.dossier.records(.incidents), fieldByField: readsFieldByField)
        locked { s in if s.generation == start && s.incidents == nil { s.incidents = read } }
        return read
    }

    /// A warm-up announced by `beginWarm`, to hand to `warm`.
    package struct WarmUp: Sendable {
        fileprivate let id: Int
    }

    /// Announces a warm-up of the facts of the dossier as it is now: nil when they are known or
    /// already being read. Each warm-up announced must be run (`warm`), since checks wait for it.
    package func beginWarm() -> WarmUp? {
        locked { s in
            guard s.incidents == nil, s.warming == nil else { return nil }
            s.warmUps += 1
            s.warming = Warming(id: s.warmUps)
            warmUps.enter()
            return WarmUp(id: s.warmUps)
        }
    }

    /// Reads the incident facts ahead of the first check, off the main thread: `dossier` is the
    /// one that was current at `beginWarm`. The amendments of incidents made since are applied to
    /// the reading (as `update` applies them to kept facts); after a reset (`reload`), or when
    /// they cannot be applied, the reading is thrown away.
    package func warm(_ dossier: Dossier, _ warmUp: WarmUp) {
        defer { warmUps.leave() }
        guard locked({ $0.warming?.id == warmUp.id && $0.incidents == nil }) else { return }
        var read = IncidentFact.read(dossier.records(.incidents), fieldByField: readsFieldByField)
        locked { s in
            guard let w = s.warming, w.id == warmUp.id else { return }
            s.warming = nil
            guard !w.void, s.incidents == nil, Self.apply(w.changes, to: &read, fieldByField: readsFieldByField) else { return }
            s.incidents = read
        }
    }

    /// Forgets every fact (the dossier was replaced whole: `reload`); a warm-up under way is
    /// thrown away.
    package func reset() {
        locked { s in
            s.generation += 1
            s.version += 1
            s.incidents = nil
            s.results = [:]
            s.warming = nil
            s.days = [:]
        }
    }

    /// The dossier as it stood at the end of `day` with the cache that belongs to it, kept while
    /// the dossier does not change, so that `check --as-of DAY` again reads the 20,000 incidents
    /// of that day once (issue 15); `then` works it out (nil when nothing is dated after `day`).
    package func asOf(_ day: Day, _ then: () -> Dossier?) -> Judged? {
        let (kept, version) = locked { s in (s.days[day], s.version) }
        if let kept { return kept }
        let judged: Judged? = then().map { ($0, CheckCache(readsFieldByField: readsFieldByField)) }
        locked { s in
            guard s.version == version else { return }
            if s.days.count >= Self.daysKept { s.days = [:] }
            s.days[day] = .some(judged)
        }
        return judged
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
    /// large import) empties the cache, to be read again when needed. A warm-up under way notes
    /// the amendment, to apply it to its reading. Returns whether the cache still holds facts.
    @discardableResult
    package func update(with changes: [Change]) -> Bool {
        let relevant = changes.filter { Self.derivedFrom.contains($0.kind) }
        return locked { s in
            // Any change may change any rule's result, and any day's dossier.
            s.version += 1
            s.results = [:]
            s.days = [:]
            guard !relevant.isEmpty else { return s.incidents != nil }
            s.generation += 1
            if var w = s.warming {
                w.changes += relevant
                w.void = w.void || w.changes.count > Self.largestUpdate
                s.warming = w
            }
            guard var bySource = s.incidents, Self.apply(relevant, to: &bySource, fieldByField: readsFieldByField) else {
                s.incidents = nil
                return false
            }
            s.incidents = bySource
            return true
        }
    }

    /// More amendments of incidents than this at once (an import) are not applied one by one.
    static let largestUpdate = 100

    /// Applies amendments of incidents to facts read before them, as `update` says; false when
    /// that cannot be done (the facts are then of no use).
    private static func apply(_ changes: [Change], to bySource: inout [String: [IncidentFact]], fieldByField: Bool) -> Bool {
        guard changes.count <= largestUpdate else { return false }
        for change in changes {
            guard let after = change.after, change.position == nil else { return false }
            let (source, fact) = IncidentFact.of(after, fieldByField: fieldByField)
            if let before = change.before {
                let old = IncidentFact.of(before, fieldByField: fieldByField).source
                guard old == source, let i = bySource[source]?.firstIndex(where: { $0.record.id == change.id }) else { return false }
                bySource[source]![i] = fact
            } else {
                bySource[source, default: []].append(fact)
            }
        }
        return true
    }
}
