/// The dossier as it stood at the end of a day (`--as-of DATE`): records dated after it do not
/// exist yet, and what happened to a record after it (a measure done, an audit report received,
/// a decision taken) has not happened yet. One table says, per kind, which date decides; it is
/// the table of docs/language.md ("A point in time"), kept in step by a test.
///
/// Kinds without a date (parks, parties, goals, categories, priorities, waivers …) are what the
/// workgroup has agreed and always exist. A record that is dropped takes its references with it:
/// a later inspection's findings go, and a measure's `finding` pointing at one is cleared, so
/// the dossier stays whole.
public enum PointInTime {
    /// What a kind's records become at the end of `day`: nil when the record does not exist yet.
    typealias Rule = @Sendable (Record, Day) -> Record?

    /// Which dates decide, per kind: the kind's own date fields, or (`of`) another kind's
    /// (a survey result exists once the survey was sent; a finding with its inspection).
    public static let decidingDates: [(kind: RecordKind, fields: [String], of: RecordKind?)] = [
        (.members, [MemberRecord.Field.joined], nil),
        (.survey, [SurveyRecord.Field.sent, SurveyRecord.Field.closed], nil),
        (.results, [SurveyRecord.Field.sent], .survey), (.answers, [SurveyRecord.Field.sent], .survey),
        (.incidents, [IncidentRecord.Field.date, IncidentRecord.Field.from], nil),
        (.inspections, [InspectionRecord.Field.date], nil), (.findings, [InspectionRecord.Field.date], .inspections),
        (.analysis, [AnalysisRecord.Field.concluded], nil), (.votes, [VoteRecord.Field.date], nil),
        (.plan, [PlanRecord.Field.adopted, PlanRecord.Field.approvedBy], nil),
        (.measures, [MeasureRecord.Field.started, MeasureRecord.Field.done, MeasureRecord.Field.dropped], nil),
        (.meetings, [MeetingRecord.Field.date], nil), (.communications, [CommunicationRecord.Field.date], nil),
        (.evaluations, [EvaluationRecord.Field.date], nil), (.documents, [DocumentRecord.Field.date], nil),
        (.deliveries, [DeliveryRecord.Field.date], nil),
        (.audits, [AuditRecord.Field.applied, AuditRecord.Field.date, AuditRecord.Field.reportDate,
                   AuditRecord.Field.supplementsDelivered, AuditRecord.Field.decisionDate], nil),
        (.certificates, [CertificateRecord.Field.issued], nil), (.markUses, [MarkUseRecord.Field.date], nil),
        (.publications, [PublicationRecord.Field.date], nil),
    ]

    /// A record that exists from its date on.
    static func datedBy(_ date: @escaping @Sendable (Record) -> Day?) -> Rule {
        { record, day in date(record).map { $0 <= day } ?? true ? record : nil }
    }

    static let rules: [String: Rule] = [
        RecordKind.members.name: datedBy { MemberRecord($0).joined },
        RecordKind.incidents.name: datedBy { IncidentRecord($0).date ?? IncidentRecord($0).from },
        RecordKind.inspections.name: datedBy { InspectionRecord($0).date },
        RecordKind.votes.name: datedBy { VoteRecord($0).date },
        RecordKind.meetings.name: datedBy { MeetingRecord($0).date },
        RecordKind.communications.name: datedBy { CommunicationRecord($0).date },
        RecordKind.evaluations.name: datedBy { EvaluationRecord($0).date },
        RecordKind.documents.name: datedBy { DocumentRecord($0).date },
        RecordKind.deliveries.name: datedBy { DeliveryRecord($0).date },
        RecordKind.certificates.name: datedBy { CertificateRecord($0).issued },
        RecordKind.markUses.name: datedBy { MarkUseRecord($0).date },
        RecordKind.publications.name: datedBy { PublicationRecord($0).date },
        RecordKind.survey.name: { record, day in
            var survey = SurveyRecord(record)
            if let sent = survey.sent, sent > day { survey.sent = nil }
            if let closed = survey.closed, closed > day { survey.closed = nil }
            return survey.record
        },
        RecordKind.analysis.name: { record, day in
            var analysis = AnalysisRecord(record)
            if let concluded = analysis.concluded, concluded > day { analysis.concluded = nil }
            return analysis.record
        },
        RecordKind.plan.name: { record, day in
            // The adoption date may be planned (a plan prepared for the meeting that adopts it),
            // so it stays and the plan years keep their place; the approval happens that day.
            var plan = PlanRecord(record)
            if let adopted = plan.adopted, adopted > day { plan.approvedBy = [] }
            return plan.record
        },
        RecordKind.measures.name: { record, day in measure(MeasureRecord(record), day).record },
        RecordKind.audits.name: { record, day in audit(AuditRecord(record), day)?.record },
    ]

    /// A measure's progress as it stood: started, done or dropped only on or before `day`.
    static func measure(_ m: MeasureRecord, _ day: Day) -> MeasureRecord {
        var m = m
        if let started = m.started, started > day { m.started = nil }
        let undone = m.done.map { $0 > day } ?? false, undropped = m.dropped.map { $0 > day } ?? false
        if undone { m.done = nil }
        if undropped { m.dropped = nil }
        if (undone && m.status == .done) || (undropped && m.status == .dropped) {
            m.status = m.started == nil ? .planned : .inProgress
        }
        return m
    }

    /// An audit as it stood: not applied for yet (gone), or applied and perhaps held, with its
    /// report, supplements and decision only when they came on or before `day`.
    static func audit(_ a: AuditRecord, _ day: Day) -> AuditRecord? {
        if let applied = a.applied, applied > day { return nil }
        var a = a
        if let held = a.date, held > day {
            // Not held yet: nothing it led to has happened.
            a.deviations = []; a.attendees = []
            a.reportDate = nil; a.supplementsDelivered = nil; a.decision = nil; a.decisionDate = nil
            return a
        }
        let reportLater = a.reportDate.map { $0 > day } ?? false
        if reportLater { a.reportDate = nil }
        if let supplements = a.supplementsDelivered, supplements > day { a.supplementsDelivered = nil }
        // A decision taken later is still pending then; an undated one is taken to follow the
        // report, so it is pending while the report is still to come.
        if let decided = a.decisionDate, decided > day { a.decisionDate = nil; a.decision = .pending }
        if a.decisionDate == nil, reportLater, a.decision != nil { a.decision = .pending }
        return a
    }
}

extension Dossier {
    /// The dossier as it stood at the end of `day` (see `PointInTime`).
    public func asOf(_ day: Day) -> Dossier { pointInTime(day) ?? self }

    /// The dossier as it stood at the end of `day`, or nil when nothing in it is dated later
    /// (the usual case: one pass, no copy, and a check may keep its cache).
    public func pointInTime(_ day: Day) -> Dossier? {
        var out = Dossier(schema: schema)
        out.header = header
        out.upgradedFrom = upgradedFrom
        var dropped: Set<String> = [], changed = false
        let surveySent = one(SurveyRecord.self).sent.map { $0 <= day } ?? true
        for kind in schema.kinds {
            let rule = PointInTime.rules[kind.name]
            // Results and answers exist once the survey went out; findings with their inspection.
            let unsent = !surveySent && (kind.name == RecordKind.results.name || kind.name == RecordKind.answers.name)
            let isFindings = kind.name == RecordKind.findings.name
            for record in records(kind) {
                var now: Record? = unsent ? nil : rule.map { $0(record, day) } ?? record
                if isFindings, let inspection = FindingRecord(record).inspection, dropped.contains(inspection) { now = nil }
                guard let now else { dropped.insert(kind.isSingleton ? kind.name : record.id); changed = true; continue }
                if now != record { changed = true }
                out.put(now, kind: kind)
            }
        }
        guard changed else { return nil }
        if !dropped.isEmpty { out.forgetReferences(to: dropped) }
        return out
    }

    /// Clears references to records that do not exist (yet): a reference field naming one is
    /// removed, a list of references loses it.
    mutating func forgetReferences(to gone: Set<String>) {
        for kind in schema.kinds {
            let fields = kind.fields.filter { $0.type.referencedKind != nil }
            if fields.isEmpty { continue }
            for var record in records(kind) {
                var touched = false
                for field in fields {
                    switch record[field.name] {
                    case .string(let id)? where gone.contains(id):
                        record[field.name] = nil; touched = true
                    case .array(let items)? where items.contains(where: { $0.stringValue.map(gone.contains) ?? false }):
                        let kept = items.filter { !($0.stringValue.map(gone.contains) ?? false) }
                        record[field.name] = kept.isEmpty ? nil : .array(kept); touched = true
                    default: break
                    }
                }
                if touched { put(record, kind: kind) }
            }
        }
    }
}
