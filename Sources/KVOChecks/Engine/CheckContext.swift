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
