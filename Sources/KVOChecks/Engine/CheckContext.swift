import KVOModel

/// What an evaluator reads: the dossier, the date to judge as of, and derived facts every rule
/// needs the same way (plan years, the certification kind, the audit date).
public struct CheckContext: Sendable {
    public let dossier: Dossier
    public let asOf: Day
    /// `--audit first|renewal`, overriding the dossier's organisation.certification.
    public let auditOverride: String?

    /// Notes which kinds of record an evaluation reads (for `explain`); nil when nobody asks.
    public let readLog: ReadLog?
    /// Facts several rules derive from the same large lists, worked out once and kept while the
    /// dossier does not change (the shell keeps one per open dossier).
    let cache: CheckCache

    public init(dossier: Dossier, asOf: Day, auditOverride: String? = nil, readLog: ReadLog? = nil, cache: CheckCache = CheckCache()) {
        self.cache = cache
        self.dossier = dossier
        self.asOf = asOf
        self.auditOverride = auditOverride
        self.readLog = readLog
    }

    public func records(_ kind: String) -> [Record] {
        guard let k = dossier.schema.kind(named: kind) else { return [] }
        readLog?.note(k.name)
        return dossier.records(k)
    }

    /// A section that exists once (`organisation`, `survey`, `analysis`, `plan`), or an empty record.
    public func section(_ name: String) -> Record {
        readLog?.note(name)
        return dossier.record(name)?.record ?? Record(fields: [:])
    }

    public func record(_ id: String) -> Record? { dossier.record(id)?.record }

    /// "first" or "renewal": `--audit`, else organisation.certification, else renewal when a
    /// certificate exists.
    public var certification: String {
        if let o = auditOverride { return o }
        if let c = section("organisation").string("certification") { return c }
        return records("certificates").isEmpty ? "first" : "renewal"
    }

    public var isCluster: Bool { records("parks").count > 1 }

    /// The audit the dossier is heading for or has had: the latest audit record with a date.
    public var audit: Record? {
        records("audits").filter { $0.date("date") != nil }.max { $0.date("date")! < $1.date("date")! }
    }

    public var auditDate: Day? { audit?.date("date") }

    /// Plan year 1 starts on the plan's adoption date; years 2 and 3 follow.
    public var planStart: Day? { section("plan").date("adopted") }

    /// The plan years (1...3) with their first and last day.
    public var planYears: [PlanYear] {
        planStart.map { PlanCalendar(start: $0).years } ?? []
    }

    /// Plan years that have ended by the as-of date.
    public var endedPlanYears: [PlanYear] { planYears.filter { $0.last < asOf } }
}

extension Record {
    public func string(_ field: String) -> String? {
        guard case .string(let s)? = self[field], !s.isEmpty else { return nil }
        return s
    }

    public func int(_ field: String) -> Int? {
        guard case .number(let n)? = self[field] else { return nil }
        return Int(n)
    }

    public func number(_ field: String) -> Double? {
        guard case .number(let n)? = self[field] else { return nil }
        return n
    }

    public func bool(_ field: String) -> Bool? {
        guard case .bool(let b)? = self[field] else { return nil }
        return b
    }

    public func date(_ field: String) -> Day? { string(field).flatMap { Day($0) } }

    public func strings(_ field: String) -> [String] {
        guard case .array(let items)? = self[field] else { return string(field).map { [$0] } ?? [] }
        return items.compactMap(\.stringValue)
    }

    public func ints(_ field: String) -> [Int] {
        guard case .array(let items)? = self[field] else { return [] }
        return items.compactMap { if case .number(let n) = $0 { Int(n) } else { nil } }
    }

    public func has(_ field: String) -> Bool {
        switch self[field] {
        case nil, .null?: false
        case .string(let s)?: !s.isEmpty
        case .array(let a)?: !a.isEmpty
        default: true
        }
    }
}

/// The kinds of record an evaluation read, in the order first read. Used by one thread at a time.
public final class ReadLog: @unchecked Sendable {
    public private(set) var kinds: [String] = []

    public init() {}

    func note(_ kind: String) {
        if !kinds.contains(kind) { kinds.append(kind) }
    }
}

/// What the incident rules read of one incident, read once.
struct IncidentFact {
    let record: Record
    let span: IncidentFigures.Span?
    let area: String?
    /// `count`, or 1 for a single record.
    let count: Int
    /// Municipal reports: whether handled (nil when the record does not say).
    let handled: Bool?
}

/// Derived facts shared by the rules of one check run. The incident rules all need each
/// incident's source, time span, area and count; a dossier at the upper bound holds 20,000 of
/// them, so they are read once. A context (and so its cache) is used by one thread at a time.
public final class CheckCache: @unchecked Sendable {
    private var incidents: [String: [IncidentFact]]?

    /// The kinds of record the cached facts are read from: an amendment to any other kind leaves
    /// the cache valid.
    public static let derivedFrom: Set<String> = ["incidents"]

    public init() {}

    func incidentsBySource(_ context: CheckContext) -> [String: [IncidentFact]] {
        if let incidents { return incidents }
        var bySource: [String: [IncidentFact]] = [:]
        for r in context.records("incidents") {
            let (source, fact) = Self.fact(r)
            bySource[source, default: []].append(fact)
        }
        incidents = bySource
        return bySource
    }

    /// Brings the facts up to date with an amendment instead of reading all incidents again: an
    /// added incident goes at the end (where a new reading would put it), a changed one is
    /// replaced where it stands. Anything else (a removal, an undone removal put back in place, a
    /// large import) empties the cache, to be read again when needed. Returns whether the cache
    /// still holds facts.
    @discardableResult
    public func update(with changes: [Change]) -> Bool {
        let relevant = changes.filter { Self.derivedFrom.contains($0.kind) }
        guard !relevant.isEmpty else { return incidents != nil }
        guard var bySource = incidents, relevant.count <= 100 else { incidents = nil; return false }
        for change in relevant {
            guard let after = change.after, change.position == nil else { incidents = nil; return false }
            let (source, fact) = Self.fact(after)
            if let before = change.before {
                let old = Self.fact(before).source
                guard old == source, let i = bySource[source]?.firstIndex(where: { $0.record.id == change.id }) else {
                    incidents = nil
                    return false
                }
                bySource[source]![i] = fact
            } else {
                bySource[source, default: []].append(fact)
            }
        }
        incidents = bySource
        return true
    }

    /// What the incident rules read of one record, and its source.
    static func fact(_ r: Record) -> (source: String, fact: IncidentFact) {
        // One walk over the record's few fields instead of a hashed lookup per field.
        var source = "", date: Day?, from: Day?, to: Day?, area: String?, count = 1, handled: Bool?
        for (key, value) in r.fields {
            switch (key, value) {
            case ("source", .string(let s)): source = s
            case ("date", .string(let s)): date = Day(s)
            case ("from", .string(let s)): from = Day(s)
            case ("to", .string(let s)): to = Day(s)
            case ("area", .string(let s)): area = s
            case ("count", .number(let n)): count = Int(n)
            case ("handled", .bool(let b)): handled = b
            default: break
            }
        }
        return (source, IncidentFact(record: r, span: IncidentFigures.span(date: date, from: from, to: to), area: area, count: count, handled: handled))
    }
}
