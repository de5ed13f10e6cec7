import KVOModel
import KVOChecks

/// Check results as JSON, the one form for `check as json` and `kvo check --format json`.
extension CheckReport {
    /// The same whatever the session's language: English texts, and the Dutch ones under "nl"
    /// (docs/language.md: JSON is language-neutral).
    package var json: JSONValue {
        .object([
            "summary": .object(Dictionary(uniqueKeysWithValues: CheckStatus.allCases.map { ($0.rawValue, JSONValue.number(Double(count($0)))) })),
            "rules": .array(results.map(Self.json)),
        ])
    }

    private static func json(_ r: CheckResult) -> JSONValue {
        var o: [String: JSONValue] = [
            "id": .string(r.rule.id), "paragraph": .string(r.rule.paragraph), "level": .string(r.rule.level.rawValue),
            "when": .string(r.rule.when.rawValue), "status": .string(r.status.rawValue),
            "message": .string(r.message.en),
        ]
        var nl: [String: JSONValue] = ["message": .string(r.message.nl)]
        if let s = r.shortfall { o["shortfall"] = .string(s.en); nl["shortfall"] = .string(s.nl) }
        if let w = r.waiver { o["waiver"] = .string(w.en); nl["waiver"] = .string(w.nl) }
        o["nl"] = .object(nl)
        return .object(o)
    }
}
