import KVOModel

/// Selecting, sorting and showing records: what `list`, `count` and `show` share.
struct RecordQuery {
    let context: CommandContext
    let workspace: Workspace
    let kind: RecordKind

    /// The records for which `condition` holds. Inside it a record's fields are variables
    /// (`status`, `date`), and a reference can be followed (`inspection.time`).
    func select(where written: Expression?) throws -> [Record] {
        let records = workspace.dossier.records(kind)
        guard let written else { return records }
        try checkNames(in: written)
        let condition = canonical(written)
        let environment = context.environment
        if let compiled = RecordCondition.compile(condition, kind: kind) {
            var selected: [Record] = []
            for (n, record) in records.enumerated() {
                if n & 1023 == 0 { try environment.checkInterrupt(context.source, at: condition.location) }
                if compiled.holds(for: record, kind: kind) { selected.append(record) }
            }
            return selected
        }
        var current = Record(fields: [:])
        let kind = self.kind
        // Each name the condition uses is resolved to its field (and type) once per query, not once
        // per record: resolving maps the kind's fields (about 1,800 instructions a record and name).
        var resolved: [(typed: String, field: String?, type: FieldType?)] = []
        let fields = { (name: String) -> Value? in
            let entry: (typed: String, field: String?, type: FieldType?)
            if let known = resolved.first(where: { $0.typed == name }) {
                entry = known
            } else {
                let field = FieldValues.fieldName(name, in: kind)
                entry = (name, field, field.flatMap { kind.field($0)?.type })
                resolved.append(entry)
            }
            guard let field = entry.field else { return current[name].map { FieldValues.value($0, type: nil) } }
            if field == Record.idField { return FieldValues.field(field, of: current, kind: kind) }
            return FieldValues.value(current[field], type: entry.type)
        }
        return try environment.withNames(fields) {
            var selected: [Record] = []
            for (n, record) in records.enumerated() {
                if n & 1023 == 0 { try environment.checkInterrupt(context.source, at: condition.location) }
                current = record
                let value = try context.evaluate(condition)
                guard case .bool(let keep) = value else {
                    throw context.error(Message(en: "the condition must be true or false, got ", nl: "de voorwaarde moet waar of onwaar zijn, niet ")
                                        + value.typeDescription + " (\(value.literal))" + Message(en: " for \(record.id)", nl: " bij \(record.id)"),
                                        at: condition.location, length: condition.length)
                }
                if keep { selected.append(record) }
            }
            return selected
        }
    }

    /// A misspelled field in a condition is an error even when no record has that field.
    private func checkNames(in e: Expression) throws {
        switch e.kind {
        case .variable(let name):
            if FieldValues.fieldName(name, in: kind) != nil || context.environment.isVariable(name) { return }
            if workspace.dossier.records(kind).contains(where: { $0[name] != nil }) { return }
            throw context.error(Message(en: "\(kind.name) have no field '\(name)'", nl: "\(kind.name) hebben geen veld '\(name)'") + Suggestion.phrase(for: name, in: kind.fieldNames),
                                at: e.location, length: e.length, hint: Message(en: "fields: ", nl: "velden: ") + kind.fieldNames.joined(separator: ", "))
        case .list(let items): try items.forEach(checkNames)
        case .unary(_, let x): try checkNames(in: x)
        case .binary(_, let a, let b): try checkNames(in: a); try checkNames(in: b)
        case .member(let base, _, _): try checkNames(in: base)
        case .call(_, let args): try args.forEach(checkNames)
        case .index(let a, let b): try checkNames(in: a); try checkNames(in: b)
        case .literal: return
        }
    }

    /// The condition with Dutch choice values compared as their codes: in `status = "gereed"`
    /// the text is "done", as stored. Only where a field is compared with a literal text.
    func canonical(_ e: Expression) -> Expression {
        func options(_ side: Expression) -> [String]? {
            guard case .variable(let name) = side.kind, let field = FieldValues.fieldName(name, in: kind),
                  let type = kind.field(field)?.type else { return nil }
            switch type {
            case .choice(let o), .list(.choice(let o)): return o
            default: return nil
            }
        }
        func coded(_ literal: Expression, _ o: [String]) -> Expression {
            switch literal.kind {
            case .literal(.string(let s)):
                return Expression(.literal(.string(DutchNames.choice(s, among: o) ?? s)), at: literal.location, start: literal.start, end: literal.end)
            case .list(let items):
                return Expression(.list(items.map { coded($0, o) }), at: literal.location, start: literal.start, end: literal.end)
            default: return literal
            }
        }
        func rebuilt(_ kind: Expression.Kind) -> Expression { Expression(kind, at: e.location, start: e.start, end: e.end) }
        switch e.kind {
        case .binary(let op, let a, let b):
            if [.equal, .notEqual, .in, .notIn].contains(op) {
                if let o = options(a) { return rebuilt(.binary(op, a, coded(b, o))) }
                if let o = options(b) { return rebuilt(.binary(op, coded(a, o), b)) }
            }
            return rebuilt(.binary(op, canonical(a), canonical(b)))
        case .unary(let op, let x): return rebuilt(.unary(op, canonical(x)))
        default: return e
        }
    }

    /// The records ordered by a field, empty values last, equal ones in their order; only the
    /// first `first` of them when that is given (`list ... sort date desc limit 20`).
    func sorted(_ records: [Record], by field: ParsedArguments.Word, descending: Bool, first: Int? = nil) throws -> [Record] {
        try checkField(field)
        let name = FieldValues.fieldName(field.text, in: kind) ?? field.text
        let keyed = records.map { (FieldValues.field(name, of: $0, kind: kind), $0) }
        let precedes = { (a: (offset: Int, element: (Value, Record)), b: (offset: Int, element: (Value, Record))) -> Bool in
            let (x, y) = (a.element.0, b.element.0)
            if x == .null || y == .null {
                if x == .null && y == .null { return a.offset < b.offset }
                return y == .null // empty values last
            }
            let order = Value.order(x, y) ?? 0
            if order == 0 { return a.offset < b.offset }
            return descending ? order > 0 : order < 0
        }
        if let first, first < keyed.count, Self.totallyOrdered(keyed.lazy.map(\.0)) {
            return Self.first(first, of: keyed.enumerated(), by: precedes).map(\.element.1)
        }
        return keyed.enumerated().sorted(by: precedes).map(\.element.1)
    }

    /// Whether the order above is total on these values: all texts, dates, quarters or
    /// true/false besides empty ones. Numbers are equal within 12 digits and other types not
    /// comparable, which a full sort orders by how it happens to compare them; only a total order
    /// has one first `n` that `first` can find without sorting it all.
    static func totallyOrdered(_ values: some Sequence<Value>) -> Bool {
        var seen: Value?
        for v in values where v != .null {
            switch (seen, v) {
            case (nil, .string), (nil, .date), (nil, .quarter), (nil, .bool): seen = v
            case (.string?, .string), (.date?, .date), (.quarter?, .quarter), (.bool?, .bool): continue
            default: return false
            }
        }
        return true
    }

    /// The first `n` items in the strict total order `precedes`, in that order: what sorting them
    /// all and keeping `n` gives, with about one comparison an item when `n` is small (a full
    /// sort of 1,500 incidents for 20 rows measured 5.4 M instructions; issue 15).
    static func first<T>(_ n: Int, of items: some Sequence<T>, by precedes: (T, T) -> Bool) -> [T] {
        var best: [T] = []
        guard n > 0 else { return best }
        best.reserveCapacity(n + 1)
        for item in items {
            if best.count == n, !precedes(item, best[n - 1]) { continue }
            var low = 0, high = best.count
            while low < high {
                let mid = (low + high) >> 1
                if precedes(item, best[mid]) { high = mid } else { low = mid + 1 }
            }
            best.insert(item, at: low)
            if best.count > n { best.removeLast() }
        }
        return best
    }

    func checkField(_ word: ParsedArguments.Word) throws {
        if FieldValues.fieldName(word.text, in: kind) != nil { return }
        throw context.error(Message(en: "\(kind.name) have no field '\(word.text)'", nl: "\(kind.name) hebben geen veld '\(word.text)'") + Suggestion.phrase(for: word.text, in: kind.fieldNames),
                            at: word.location, length: word.length, hint: Message(en: "fields: ", nl: "velden: ") + kind.fieldNames.joined(separator: ", "))
    }

    /// The columns asked for with `fields a,b`, or a sensible default: the ID and the first
    /// fields that hold something.
    func columns(_ asked: ParsedArguments.Word?, for records: [Record]) throws -> [String] {
        if let word = asked {
            let names = word.text.split(separator: ",").map(String.init)
            var location = word.location
            for name in names {
                try checkField(ParsedArguments.Word(text: name, location: location, length: name.count))
                location.column += name.count + 1
            }
            return names.map { FieldValues.fieldName($0, in: kind) ?? $0 }
        }
        var columns = kind.isSingleton ? [] : [Record.idField]
        for field in kind.fields where columns.count < 6 && !field.personal {
            // The field read in place: `fields` builds a dictionary of the record each time.
            if records.contains(where: { $0[field.name].map { $0 != .null } ?? false }) { columns.append(field.name) }
        }
        return columns
    }

    static func cell(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .list(let items): items.map(\.text).joined(separator: ", ")
        default: value.text
        }
    }

    func table(_ records: [Record], columns: [String]) -> Table {
        Table(headers: columns, rows: records.map { r in columns.map { RecordQuery.cell(FieldValues.field($0, of: r, kind: kind)) } })
    }

    /// The records as JSON objects with just these columns (all fields when `columns` is nil).
    func json(_ records: [Record], columns: [String]?) -> JSONValue {
        .array(records.map { r in
            guard let columns else { return .object(r.fields) }
            var o: [String: JSONValue] = [:]
            for c in columns { o[c] = c == Record.idField ? .string(r.id) : (r[c] ?? .null) }
            return .object(o)
        })
    }
}
