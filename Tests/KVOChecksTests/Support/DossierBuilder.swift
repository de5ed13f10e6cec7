import KVOModel
@testable import KVOChecks

/// Builds dossiers for rule tests: start from `.minimal` or empty, add records, check one rule.
///
///     var b = DossierBuilder()
///     b.add("parks", ["name": "Noord", "entrepreneurs": 52])
///     b.set("plan", ["adopted": "2025-03-01"])
///     let r = b.check("KVO-3.1-MAX-ENTREPRENEURS", asOf: "2026-01-01")
///     XCTAssertEqual(r.status, .pass)
struct DossierBuilder {
    var dossier = Dossier()

    /// Adds a record of a kind with the next free ID (or the given "id"); returns the ID.
    @discardableResult
    mutating func add(_ kind: String, _ fields: [String: Any]) -> String {
        let k = Schema.dossier.kind(named: kind)!
        var json = fields.mapValues(DossierBuilder.json)
        let id = (fields["id"] as? String) ?? dossier.nextID(k)
        json["id"] = .string(id)
        dossier.put(Record(fields: json), kind: k)
        return id
    }

    /// Sets fields of a section that exists once (organisation, survey, analysis, plan).
    mutating func set(_ section: String, _ fields: [String: Any]) {
        let k = Schema.dossier.kind(named: section)!
        var record = dossier.record(k.name)?.record ?? Record(fields: [:])
        for (key, value) in fields { record[key] = DossierBuilder.json(value) }
        dossier.put(record, kind: k)
    }

    /// Changes fields of a record by ID.
    mutating func update(_ id: String, _ fields: [String: Any]) {
        guard let (k, r) = dossier.record(id) else { fatalError("no record \(id)") }
        var record = r
        for (key, value) in fields { record[key] = DossierBuilder.json(value) }
        dossier.put(record, kind: k)
    }

    func check(_ id: String, asOf: String = "2026-01-01", audit: OrganisationRecord.Certification? = nil) -> CheckResult {
        let rule = RuleCatalogue.handbook.rule(id)!
        return Checker.check(rule, CheckContext(dossier: dossier, asOf: Day(asOf)!, auditOverride: audit))
    }

    static func json(_ value: Any) -> JSONValue {
        switch value {
        case let v as JSONValue: return v
        case let s as String: return .string(s)
        case let b as Bool: return .bool(b)
        case let i as Int: return .number(Double(i))
        case let d as Double: return .number(d)
        case let a as [Any]: return .array(a.map(json))
        case let o as [String: Any]: return .object(o.mapValues(json))
        default: fatalError("unsupported test value \(value)")
        }
    }
}
