import KVOModel

/// The safety analysis covers its own period (§4.1: the figures of `analysis.figuresFrom` to
/// `figuresTo`); inspections, their findings and incidents of later dates belong to the yearly
/// evaluations (§4.4), not to the analysis the workgroup adopted.
extension ReportContext {
    /// The analysis period, when the dossier records both ends.
    var analysisPeriod: ClosedRange<Day>? {
        guard let from = analysis.figuresFrom, let to = analysis.figuresTo, from <= to else { return nil }
        return from...to
    }

    /// This context with a dossier of the analysis period only: inspections dated outside it,
    /// their findings and incidents outside it are left out. Unchanged without a period.
    func limitedToAnalysisPeriod() -> ReportContext {
        guard let period = analysisPeriod else { return self }
        let kept = Set(inspections.filter { $0.date.map(period.contains) ?? false }.map(\.id))
        var limited = Dossier(schema: dossier.schema)
        limited.header = dossier.header
        for kind in dossier.schema.kinds {
            for record in dossier.records(kind) where Self.belongs(record, of: kind.name, to: period, inspections: kept) {
                limited.put(record, kind: kind)
            }
        }
        return ReportContext(dossier: limited, asOf: asOf, language: language, includesPersonalData: includesPersonalData)
    }

    private static func belongs(_ r: Record, of kind: String, to period: ClosedRange<Day>, inspections: Set<String>) -> Bool {
        switch kind {
        case RecordKind.inspections.name: return inspections.contains(r.id)
        case RecordKind.findings.name: return FindingRecord(r).inspection.map(inspections.contains) ?? true
        case RecordKind.incidents.name:
            // An incident without a date stays: the figures were delivered for the period.
            let incident = IncidentRecord(r)
            guard let day = incident.date ?? incident.from else { return true }
            return period.contains(day)
        default: return true
        }
    }
}
