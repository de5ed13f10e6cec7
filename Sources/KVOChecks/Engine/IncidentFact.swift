import KVOModel

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

extension IncidentFact {
    /// The facts of these incidents by source (its code; "" for none or one kvo does not know), each
    /// source's in the order given. `fieldByField` reads each through the typed record, as
    /// `check RULE --trail` needs (its `FieldTrail` notes the reads); otherwise each record's
    /// fields are walked once (`walked`).
    static func read(_ records: [Record], fieldByField: Bool) -> [String: [IncidentFact]] {
        // By the source's place among its cases, not hashed per incident (6.6 M instructions of
        // 20,000 dictionary look-ups, issue 15).
        let sources = IncidentRecord.Source.allCases
        var bySource = Array(repeating: [IncidentFact](), count: sources.count + 1)
        for r in records {
            let (source, fact) = fieldByField ? Self.throughFields(r) : Self.walked(r)
            bySource[source.flatMap { sources.firstIndex(of: $0) } ?? sources.count].append(fact)
        }
        var result: [String: [IncidentFact]] = [:]
        for (i, facts) in bySource.enumerated() where !facts.isEmpty {
            result[i < sources.count ? sources[i].rawValue : ""] = facts
        }
        return result
    }

    /// One record's fact and source, read as `read` reads them.
    static func of(_ r: Record, fieldByField: Bool) -> (source: String, fact: IncidentFact) {
        let (source, fact) = fieldByField ? Self.throughFields(r) : Self.walked(r)
        return (source?.rawValue ?? "", fact)
    }

    /// Through the typed record, each field found by name (about 3,100 instructions a record):
    /// the reading `walked` must equal.
    static func throughFields(_ r: Record) -> (source: IncidentRecord.Source?, fact: IncidentFact) {
        let incident = IncidentRecord(r)
        // As ThemeEvidence: no count is one; a count that is no whole number within largestWhole
        // none. The typed `count` cannot tell "absent" from "not a whole number", so the stored
        // value is looked at here.
        let count = r[IncidentRecord.Field.count].map { $0 == .null ? 1 : $0.wholeNumber ?? 0 } ?? 1
        let span = IncidentFigures.span(date: incident.date, from: incident.from, to: incident.to)
        return (incident.source, IncidentFact(record: r, span: span, area: incident.area, count: count, handled: incident.handled))
    }

    /// The same values from one walk over the record's fields, each name compared only with the
    /// names of its length: the typed reads find each field by a binary search of String compares
    /// (about 2,100 of the 3,100 instructions a record; issue 15).
    static func walked(_ r: Record) -> (source: IncidentRecord.Source?, fact: IncidentFact) {
        let n = Wanted.incidents
        var source: IncidentRecord.Source?, area: IncidentRecord.Area?, handled: Bool?
        var date: Day?, from: Day?, to: Day?, count = 1
        let names = r.shape.names, values = r.values
        for k in names.indices {
            let name = names[k], value = values[k], length = name.utf8.count
            if length == n.area.length, name == n.area.name {
                area = Self.text(value).flatMap(IncidentRecord.Area.init(rawValue:))
            } else if length == n.date.length, name == n.date.name {
                date = Self.day(value)
            } else if length == n.from.length, name == n.from.name {
                from = Self.day(value)
            } else if length == n.to.length, name == n.to.name {
                to = Self.day(value)
            } else if length == n.source.length, name == n.source.name {
                source = Self.text(value).flatMap(IncidentRecord.Source.init(rawValue:))
            } else if length == n.count.length, name == n.count.name {
                count = value == .null ? 1 : value.wholeNumber ?? 0
            } else if length == n.handled.length, name == n.handled.name {
                if case .bool(let b) = value { handled = b }
            }
        }
        let span = IncidentFigures.span(date: date, from: from, to: to)
        return (source, IncidentFact(record: r, span: span, area: area, count: count, handled: handled))
    }

    /// As `Record.string`: a text that is not empty.
    private static func text(_ value: JSONValue) -> String? {
        guard case .string(let s) = value, !s.isEmpty else { return nil }
        return s
    }

    /// As `Record.date`.
    private static func day(_ value: JSONValue) -> Day? { text(value).flatMap { Day($0) } }

    /// The incident fields the facts are read from, with their UTF-8 lengths, taken once.
    private struct Wanted {
        struct Name {
            let name: String, length: Int
            init(_ name: String) { self.name = name; length = name.utf8.count }
        }
        let area = Name(IncidentRecord.Field.area), date = Name(IncidentRecord.Field.date)
        let from = Name(IncidentRecord.Field.from), to = Name(IncidentRecord.Field.to)
        let source = Name(IncidentRecord.Field.source), count = Name(IncidentRecord.Field.count)
        let handled = Name(IncidentRecord.Field.handled)
        static let incidents = Wanted()
    }
}
