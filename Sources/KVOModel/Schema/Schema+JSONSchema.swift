/// The JSON Schema (draft 2020-12) of the dossier format, made from the same record kinds the code
/// loads with. docs/dossier.schema.json is this, written by `kvo schema` (a test keeps them equal).
/// The `x-kvo-…` keywords (ignored by validators) carry what JSON Schema cannot say — a kind's
/// singular, ID prefix and order, a field's kvo type — so that scripts/gen-records can generate
/// the typed records (Sources/KVOModel/Records) from this file alone.
extension Schema {
    public var jsonSchema: JSONValue {
        var properties: [String: JSONValue] = [
            "format": .object(["const": .string(Schema.format), "description": .string("the file format and its version")]),
            "name": .object(["type": .string("string"), "description": .string("the dossier's name")]),
            "language": .object(["enum": .array([.string("nl"), .string("en")]),
                                 "description": .string("the workgroup's language: kvo speaks it unless --lang says otherwise")]),
        ]
        for (order, kind) in kinds.enumerated() {
            let record = recordSchema(kind)
            var about: [String: JSONValue] = ["order": .number(Double(order)), "singular": .string(kind.singular),
                                              "paragraphs": .string(kind.paragraphs)]
            if let prefix = kind.prefix { about["prefix"] = .string(prefix) }
            if kind.isSingleton {
                guard case .object(var o) = record else { continue }
                o["x-kvo-kind"] = .object(about)
                properties[kind.name] = .object(o)
            } else {
                properties[kind.name] = .object([
                    "type": .string("array"),
                    "description": .string("\(kind.summary.en) (\(kind.paragraphs))"),
                    "items": record,
                    "x-kvo-kind": .object(about),
                ])
            }
        }
        return .object([
            "$schema": .string("https://json-schema.org/draft/2020-12/schema"),
            "$id": .string("https://kvo.example/schema/\(String(Schema.format.map { $0 == "/" ? "-" : $0 })).json"),
            "title": .string("kvo dossier (\(Schema.format))"),
            "description": .string("The dossier of a KVO Bedrijventerreinen workgroup (handbook 4.0). Fields not listed here are allowed and kept. References must name an existing record of the right kind; kvo checks that, this schema cannot."),
            "type": .string("object"),
            "required": .array([.string("format")]),
            "properties": .object(properties),
            "additionalProperties": .bool(true),
        ])
    }

    private func recordSchema(_ kind: RecordKind) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        var required: [JSONValue] = []
        if let prefix = kind.prefix {
            properties["id"] = .object(["type": .string("string"), "pattern": .string("^\(prefix)-[1-9][0-9]*$"),
                                        "description": .string("stable ID, such as \(prefix)-1")])
            required.append(.string("id"))
        }
        for field in kind.fields {
            var schema = typeSchema(field.type)
            if case .object(var o) = schema {
                o["description"] = .string(field.summary.en + (field.personal ? " (personal data)" : ""))
                o["x-kvo-type"] = .string(field.type.code)
                schema = .object(o)
            }
            properties[field.name] = schema
            if field.required { required.append(.string(field.name)) }
        }
        var o: [String: JSONValue] = ["type": .string("object"), "properties": .object(properties), "additionalProperties": .bool(true)]
        if !required.isEmpty { o["required"] = .array(required) }
        if kind.isSingleton { o["description"] = .string("\(kind.summary.en) (\(kind.paragraphs))") }
        return .object(o)
    }

    private func typeSchema(_ type: FieldType) -> JSONValue {
        switch type {
        case .text: .object(["type": .string("string")])
        case .integer(let r): .object(["type": .string("integer"), "minimum": .number(Double(r.lowerBound)), "maximum": .number(Double(r.upperBound))])
        case .number(let r): .object(["type": .string("number"), "minimum": .number(r.lowerBound), "maximum": .number(r.upperBound)])
        case .boolean: .object(["type": .string("boolean")])
        case .date: .object(["type": .string("string"), "pattern": .string("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")])
        case .quarter: .object(["type": .string("string"), "pattern": .string("^[0-9]{4}Q[1-4]$")])
        case .theme: .object(["type": .string("string"), "pattern": .string("^(T(0[1-9]|1[0-2])|own:.+)$")])
        case .subject: .object(["type": .string("integer"), "minimum": .number(1), "maximum": .number(44)])
        case .choice(let options): .object(["type": .string("string"), "enum": .array(options.map(JSONValue.string))])
        case .reference(let kind):
            .object(["type": .string("string"), "pattern": .string("^\(self.kind(named: kind)?.prefix ?? "[A-Z]+")-[1-9][0-9]*$")])
        case .list(let inner): .object(["type": .string("array"), "items": typeSchema(inner)])
        }
    }
}

extension FieldType {
    /// The type as scripts/gen-records reads it: `text`, `integer`, `reference:parties`,
    /// `list:choice`, … (a choice's options are the schema's `enum`).
    public var code: String {
        switch self {
        case .text: "text"
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .date: "date"
        case .quarter: "quarter"
        case .theme: "theme"
        case .subject: "subject"
        case .choice: "choice"
        case .reference(let kind): "reference:" + kind
        case .list(let inner): "list:" + inner.code
        }
    }
}
