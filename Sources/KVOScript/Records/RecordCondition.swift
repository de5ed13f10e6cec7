import KVOModel

/// A `where` condition that only compares fields with literals (`source = "police" and area !=
/// "overig"`), read straight off each record. The evaluator gives the same answers, but per record
/// it walks the expression, looks each name up through the scopes and a resolver, and checks
/// exclusive access to the record it captures: about 2,300 instructions a record of `list
/// incidents where source = "police" and area = "overig"`, against some 600 here (issue 15,
/// callgrind on 20,000 incidents). Anything else (an order, `in`, a followed reference, a
/// function, a name that is no field) is left to the evaluator: `compile` answers nil.
indirect enum RecordCondition {
    /// `field = literal` (`equal`) or `field != literal`; `fieldFirst` keeps the operands' order.
    case compare(Operand, literal: Value, equal: Bool, fieldFirst: Bool)
    case and(RecordCondition, RecordCondition)
    case or(RecordCondition, RecordCondition)
    case not(RecordCondition)

    /// A field of the kind, as a `where` condition reads it (`RecordQuery.select`'s resolver).
    struct Operand {
        let field: String
        let type: FieldType?
    }

    /// The condition, when it is made only of what this type evaluates.
    static func compile(_ e: Expression, kind: RecordKind) -> RecordCondition? {
        switch e.kind {
        case .binary(.and, let l, let r):
            guard let a = compile(l, kind: kind), let b = compile(r, kind: kind) else { return nil }
            return .and(a, b)
        case .binary(.or, let l, let r):
            guard let a = compile(l, kind: kind), let b = compile(r, kind: kind) else { return nil }
            return .or(a, b)
        case .unary(.not, let x):
            return compile(x, kind: kind).map { .not($0) }
        case .binary(let op, let l, let r) where op == .equal || op == .notEqual:
            if let field = operand(l, kind: kind), case .literal(let v) = r.kind {
                return .compare(field, literal: v, equal: op == .equal, fieldFirst: true)
            }
            if case .literal(let v) = l.kind, let field = operand(r, kind: kind) {
                return .compare(field, literal: v, equal: op == .equal, fieldFirst: false)
            }
            return nil
        default:
            return nil
        }
    }

    /// A name that is a field of the kind: inside a `where`, the field wins over any variable.
    private static func operand(_ e: Expression, kind: RecordKind) -> Operand? {
        guard case .variable(let name) = e.kind, let field = FieldValues.fieldName(name, in: kind) else { return nil }
        return Operand(field: field, type: field == Record.idField ? nil : kind.field(field)?.type)
    }

    /// Whether the condition holds for the record: what the evaluator answers for it.
    func holds(for record: Record, kind: RecordKind) -> Bool {
        switch self {
        case .compare(let operand, let literal, let equal, let fieldFirst):
            let value = operand.field == Record.idField
                ? FieldValues.field(operand.field, of: record, kind: kind)
                : FieldValues.value(record[operand.field], type: operand.type)
            let same = fieldFirst ? value == literal : literal == value
            return equal ? same : !same
        case .and(let a, let b):
            return a.holds(for: record, kind: kind) ? b.holds(for: record, kind: kind) : false
        case .or(let a, let b):
            return a.holds(for: record, kind: kind) ? true : b.holds(for: record, kind: kind)
        case .not(let a):
            return !a.holds(for: record, kind: kind)
        }
    }
}
