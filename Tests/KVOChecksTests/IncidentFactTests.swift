import XCTest
import KVOModel
@testable import KVOChecks

/// The incident facts read by walking each record's fields once (issue 15) equal those read
/// through the typed record, field by field, for any record: well-formed or not.
final class IncidentFactTests: XCTestCase {
    static let values: [JSONValue?] = [
        nil, .null, .bool(true), .bool(false), .number(1), .number(7), .number(0), .number(-3), .number(1.5), .number(1e300),
        .string(""), .string("police"), .string("fire"), .string("municipality"), .string("other"), .string("Police"),
        .string("bedrijventerrein"), .string("overig"), .string("\u{212A}"), .string("2024-02-29"), .string("2023-02-29"),
        .string("2024-12-31"), .string("2024-1-01"), .string("2025-01-01"), .string("x"), .array([.string("police")]),
        .object(["a": .number(1)]),
    ]

    static let fields = [IncidentRecord.Field.area, IncidentRecord.Field.count, IncidentRecord.Field.date, IncidentRecord.Field.from,
                         IncidentRecord.Field.handled, IncidentRecord.Field.source, IncidentRecord.Field.to]

    /// A record with random values in the fields the facts read, and in a few the facts do not
    /// (a name of the same length, the same first letters).
    static func record(_ n: Int, using g: inout some RandomNumberGenerator) -> Record {
        var fields: [String: JSONValue] = [Record.idField: .string("I-\(n)")]
        for name in Self.fields + ["park", "are", "areas", "tos", "Date", "street", "category"] {
            if let value = values.randomElement(using: &g)! { fields[name] = value }
        }
        return Record(fields: fields)
    }

    func describe(_ read: (source: IncidentRecord.Source?, fact: IncidentFact)) -> String {
        let f = read.fact
        return "\(read.source.map(\.rawValue) ?? "-") \(f.record.id) \(f.count) \(f.area?.rawValue ?? "-") \(f.handled.map { "\($0)" } ?? "-") "
            + (f.span.map { "\($0.first)..\($0.last) \($0.isCount)" } ?? "-")
    }

    func testTheWalkReadsWhatTheTypedRecordReads() {
        var g = SystemRandomNumberGenerator()
        for n in 0..<20_000 {
            let r = Self.record(n, using: &g)
            XCTAssertEqual(describe(IncidentFact.walked(r)), describe(IncidentFact.throughFields(r)), "\(r.fields)")
        }
    }

    func testByEachValueAlone() {
        for name in Self.fields {
            for value in Self.values {
                var fields: [String: JSONValue] = [Record.idField: .string("I-1")]
                fields[name] = value
                let r = Record(fields: fields)
                XCTAssertEqual(describe(IncidentFact.walked(r)), describe(IncidentFact.throughFields(r)), "\(name) \(String(describing: value))")
            }
        }
    }

    func testGroupedBySourceAsBefore() {
        var g = SystemRandomNumberGenerator()
        let records = (0..<2_000).map { Self.record($0, using: &g) }
        let walked = IncidentFact.read(records, fieldByField: false).mapValues { $0.map(\.record.id) }
        let typed = IncidentFact.read(records, fieldByField: true).mapValues { $0.map(\.record.id) }
        XCTAssertEqual(walked, typed)
        // As the facts were grouped before: by the source's code, "" for none or an unknown one.
        var expected: [String: [String]] = [:]
        for r in records { expected[IncidentRecord(r).source?.rawValue ?? "", default: []].append(r.id) }
        XCTAssertEqual(walked, expected)
    }

    /// Only the reading through the typed record leaves a trail (`check RULE --trail`).
    func testTheTrailSeesTheFieldByFieldReading() {
        let r = Record(fields: [Record.idField: .string("I-1"), IncidentRecord.Field.source: .string("police"),
                                IncidentRecord.Field.area: .string("overig"), IncidentRecord.Field.date: .string("2024-01-01")])
        let trail = FieldTrail()
        _ = trail.recording { IncidentFact.read([r], fieldByField: true) }
        XCTAssertEqual(Set(trail.reads.map(\.field)), Set(Self.fields))
        let none = FieldTrail()
        _ = none.recording { IncidentFact.read([r], fieldByField: false) }
        XCTAssertEqual(none.reads.map(\.field), [])
    }
}
