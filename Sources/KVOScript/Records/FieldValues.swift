import KVOModel

/// Converts between the dossier's JSON and the language's values, by the schema's field types:
/// a date field reads as a date, a quarter list as a list of quarters.
package enum FieldValues {
    /// The value of a stored field, as scripts see it.
    package static func value(_ json: JSONValue?, type: FieldType?) -> Value {
        guard let json else { return .null }
        switch (type, json) {
        case (_, .null): return .null
        case (.date?, .string(let s)): return Day(s).map(Value.date) ?? .string(s)
        case (.quarter?, .string(let s)): return Quarter(s).map(Value.quarter) ?? .string(s)
        case (.list(let inner)?, .array(let items)): return .list(items.map { value($0, type: inner) })
        case (_, .string(let s)): return .string(s)
        case (_, .number(let n)): return .number(n)
        case (_, .bool(let b)): return .bool(b)
        case (_, .array(let items)): return .list(items.map { value($0, type: nil) })
        case (_, .object): return .string(JSONWriter.line(json))
        }
    }

    /// The field a typed name stands for in a kind: the English name or its Dutch name
    /// (`uren` for `hours`, DutchNames.fields); `id` is itself. nil when it names no field.
    package static func fieldName(_ typed: String, in kind: RecordKind) -> String? {
        if typed == Record.idField { return Record.idField }
        return DutchNames.field(typed, among: kind.fields.map(\.name))
    }

    /// A field of a record, `id` included.
    package static func field(_ name: String, of record: Record, kind: RecordKind) -> Value {
        if name == Record.idField { return kind.isSingleton ? .string(kind.name) : .string(record.id) }
        return value(record[name], type: kind.field(name)?.type)
    }

    /// A value given in `set`/`add`, made into the field's JSON; nil with a reason when it does not fit.
    package static func json(_ value: Value, for type: FieldType) -> Result<JSONValue, FieldValueError> {
        func fail() -> Result<JSONValue, FieldValueError> { .failure(FieldValueError(expected: type, got: value.literal)) }
        if value == .null { return .success(.null) }
        switch type {
        case .text, .choice, .reference, .theme:
            var text: String
            switch value {
            case .string(let s): text = s
            case .number, .percent, .date, .quarter, .bool: text = value.text
            default: return fail()
            }
            if case .theme = type { text = text.uppercased().hasPrefix("OWN:") ? text : ThemeCatalogue.handbook.theme(matching: text)?.id ?? text.uppercased() }
            // A choice may be typed by its Dutch name (status=gereed); it is stored as the code.
            if case .choice(let options) = type { text = DutchNames.choice(text, among: options) ?? text }
            let json = JSONValue.string(text)
            if let problem = type.problem(with: json) {
                if case .choice(let options) = type, let close = Suggestion.closest(to: text, in: options) {
                    return .failure(FieldValueError(message: problem + Message(en: "; did you mean \"\(close)\"?", nl: "; bedoelt u \"\(close)\"?")))
                }
                return .failure(FieldValueError(message: problem))
            }
            return .success(json)
        case .integer, .subject:
            guard case .number(let n) = value else {
                if case .string(let s) = value, let n = Double(s) { return json(.number(n), for: type) }
                return fail()
            }
            let json = JSONValue.number(n)
            return type.problem(with: json).map { .failure(FieldValueError(message: $0)) } ?? .success(json)
        case .number:
            // The range (hours from 0) and finiteness are the schema's: num("inf") or -16 is refused
            // here, so a save can always write back what was set.
            if case .string(let s) = value, let n = Double(s.replacingCommaDecimal()) { return checked(.number(n), type) }
            guard let n = value.numeric else { return fail() }
            return checked(.number(n), type)
        case .boolean:
            switch value {
            case .bool(let b): return .success(.bool(b))
            case .string(let s):
                switch s.lowercased() {
                case "true", "yes", "ja", "y", "j": return .success(.bool(true))
                case "false", "no", "nee", "n": return .success(.bool(false))
                default: return fail()
                }
            default: return fail()
            }
        case .date:
            switch value {
            case .date(let d): return checked(.string(d.description), type)
            case .string(let s) where Day(s) != nil: return checked(.string(s), type)
            default: return fail()
            }
        case .quarter:
            switch value {
            case .quarter(let q): return checked(.string(q.description), type)
            case .string(let s) where Quarter(s) != nil: return checked(.string(Quarter(s)!.description), type)
            default: return fail()
            }
        case .list(let inner):
            let items: [Value]
            switch value {
            case .list(let list): items = list
            case .string(let s): items = s.split(separator: ",").map { .string(String($0).trimmingBlanks()) }.filter { $0 != .string("") }
            default: items = [value]
            }
            var out: [JSONValue] = []
            for (i, item) in items.enumerated() {
                switch json(item, for: inner) {
                case .success(let j): out.append(j)
                case .failure(let e): return .failure(FieldValueError(message: Message(en: "item \(i + 1): ", nl: "element \(i + 1): ") + e.message))
                }
            }
            return .success(.array(out))
        }
    }
}

extension FieldValues {
    /// The JSON, or why it does not fit the field (out of its range, a date of year 0).
    static func checked(_ json: JSONValue, _ type: FieldType) -> Result<JSONValue, FieldValueError> {
        type.problem(with: json).map { .failure(FieldValueError(message: $0)) } ?? .success(json)
    }
}

/// Why a value does not fit a field: "expected a whole number, got \"veel\"".
package struct FieldValueError: Error, Sendable {
    package let message: Message

    package init(message: Message) { self.message = message }

    /// "expected TYPE, got VALUE" / "TYPE verwacht, niet VALUE", as the model layer says it (`FieldType.problem`).
    init(expected type: FieldType, got literal: String) {
        message = Message(en: "expected \(type.described.en), got \(literal)", nl: "\(type.described.nl) verwacht, niet \(literal)")
    }
}
