import KVOModel

/// Evaluates expressions. Type errors name both types and point at the operator's operands.
struct Evaluator {
    let interpreter: Interpreter
    let source: SourceFile

    func error(_ message: Message, _ e: Expression, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.runtime, message, source: source, at: e.location, length: e.length, hint: hint)
    }

    func evaluate(_ e: Expression) throws -> Value {
        switch e.kind {
        case .literal(let v):
            return v
        case .variable(let name):
            return try variable(name, e)
        case .list(let items):
            return .list(try items.map(evaluate))
        case .unary(.negate, let operand):
            let v = try evaluate(operand)
            switch v {
            case .number(let n): return .number(-n)
            case .percent(let p): return .percent(-p)
            default: throw error(Message(en: "cannot negate \(v.typeDescription.en)", nl: "kan \(v.typeDescription.nl) niet negatief maken"), operand)
            }
        case .unary(.not, let operand):
            return .bool(!(try truth(operand, of: .verbatim("'not'"))))
        case .binary(.and, let l, let r):
            return .bool(try truth(l, of: .verbatim("'and'")) ? try truth(r, of: .verbatim("'and'")) : false)
        case .binary(.or, let l, let r):
            return .bool(try truth(l, of: .verbatim("'or'")) ? true : try truth(r, of: .verbatim("'or'")))
        case .binary(let op, let l, let r):
            return try binary(op, try evaluate(l), try evaluate(r), e, l, r)
        case .member(let base, let name, let at):
            return try member(try evaluate(base), name, at: at, e)
        case .call(let name, let arguments):
            return try call(name, arguments, e)
        case .index(let base, let index):
            return try self.index(base, index)
        }
    }

    /// A variable's value; an unknown name is reported with what it may have been meant as.
    private func variable(_ name: String, _ e: Expression) throws -> Value {
        if let v = interpreter.scope.lookup(name) { return v }
        var candidates = interpreter.scope.visibleNames
        candidates += interpreter.functions.names
        var hint = Message(en: "define it with: let \(name) = VALUE", nl: "maak haar met: let \(name) = WAARDE")
        if interpreter.functions.function(named: name) != nil {
            hint = Message(en: "'\(name)' is a function: call it as \(name)(...)", nl: "'\(name)' is een functie: roep haar aan als \(name)(...)")
        }
        if interpreter.commands.command(named: name) != nil {
            hint = Message(en: "'\(name)' is a command: write it at the start of a line", nl: "'\(name)' is een opdracht: zet die aan het begin van een regel")
        }
        throw error(Message(en: "unknown variable '\(name)'", nl: "onbekende variabele '\(name)'") + Suggestion.phrase(for: name, in: candidates), e, hint: hint)
    }

    /// A function call: the function, its number of arguments, then its body.
    private func call(_ name: String, _ arguments: [Expression], _ e: Expression) throws -> Value {
        guard let function = interpreter.functions.function(named: name) else {
            throw Diagnostic(.runtime, Message(en: "unknown function '\(name)'", nl: "onbekende functie '\(name)'") + Suggestion.phrase(for: name, in: interpreter.functions.names),
                             source: source, at: e.location, length: name.count,
                             hint: Message(en: "'help functions' lists them", nl: "'hulp functies' toont ze"))
        }
        guard function.arity.contains(arguments.count) else {
            let arity = function.arityText
            throw error(Message(en: "\(name)() takes \(arity.en), got \(arguments.count)", nl: "\(name)() neemt \(arity.nl), niet \(arguments.count)"), e,
                        hint: Message(en: "usage: ", nl: "gebruik: ") + function.signature)
        }
        var values: [Value] = []
        for (i, argument) in arguments.enumerated() {
            // count(goals): a kind's name needs no quotes.
            if i == 0, function.takesKindName, case .variable(let word) = argument.kind, interpreter.scope.lookup(word) == nil {
                values.append(.string(word))
            } else {
                values.append(try evaluate(argument))
            }
        }
        do {
            return try function.body(FunctionCall(arguments: values, interpreter: interpreter))
        } catch let failure as FunctionError {
            let at = failure.argument.flatMap { $0 < arguments.count ? arguments[$0] : nil } ?? e
            throw error("\(name)(): " + failure.message, at, hint: Message(en: "usage: ", nl: "gebruik: ") + function.signature)
        }
    }

    /// A list's item; a negative index counts from the end.
    private func index(_ base: Expression, _ index: Expression) throws -> Value {
        let b = try evaluate(base), i = try evaluate(index)
        guard case .list(let items) = b else { throw error(Message(en: "only a list can be indexed, this is \(b.typeDescription.en)", nl: "alleen een lijst heeft een index, dit is \(b.typeDescription.nl)"), base) }
        guard case .number(let n) = i, n.isFinite, n == n.rounded() else {
            throw error(Message(en: "a list index must be a whole number", nl: "een lijstindex moet een geheel getal zijn"), index)
        }
        // Beyond ±2^53 no list is that long; Int(n) would trap on ±9.3e18 and more.
        let whole = abs(n) < 9e15 ? Int(n) : (n < 0 ? Int.min / 2 : Int.max / 2)
        let position = whole < 0 ? items.count + whole : whole
        guard items.indices.contains(position) else {
            throw error(Message(en: "index \(Value.format(n)) is outside the list of \(items.count)", nl: "index \(Value.format(n)) valt buiten de lijst van \(items.count)"), index,
                        hint: Message(en: "indexes count from 0; -1 is the last item", nl: "een index telt vanaf 0; -1 is het laatste element"))
        }
        return items[position]
    }

    private func truth(_ e: Expression, of what: Message) throws -> Bool {
        let v = try evaluate(e)
        guard case .bool(let b) = v else {
            throw error(Message(en: "\(what.en) needs true or false, got \(v.typeDescription.en) (\(v.literal))",
                                nl: "\(what.nl) vraagt om true of false, maar kreeg \(v.typeDescription.nl) (\(v.literal))"), e)
        }
        return b
    }

    /// An operator other than `and` and `or` on its operands' values.
    private func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ e: Expression, _ l: Expression, _ r: Expression) throws -> Value {
        switch op {
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        case .less, .lessEqual, .greater, .greaterEqual:
            return .bool(try compare(op, a, b, e, l, r))
        case .in, .notIn:
            let found = try contains(a, b, l, r)
            return .bool(op == .in ? found : !found)
        case .add:
            return try add(a, b, e, r)
        case .subtract:
            return try subtract(a, b, e, r)
        case .multiply:
            guard let x = a.numeric, let y = b.numeric else { throw mismatch(op, a, b, e) }
            return .number(x * y)
        case .divide:
            guard let x = a.numeric, let y = b.numeric else { throw mismatch(op, a, b, e) }
            guard y != 0 else { throw error(Message(en: "division by zero", nl: "deling door nul"), r) }
            return .number(x / y)
        case .and, .or:
            throw error(Message(en: "internal: '\(op.rawValue)' reached the arithmetic", nl: "intern: '\(op.rawValue)' bereikte de rekenkunde"), e)
        }
    }

    /// Operands the operator does not take: both types named.
    private func mismatch(_ op: BinaryOperator, _ a: Value, _ b: Value, _ e: Expression) -> Diagnostic {
        let (x, y) = (a.typeDescription, b.typeDescription)
        let message: Message = switch op {
        case .add: Message(en: "cannot add \(x.en) and \(y.en)", nl: "kan \(x.nl) en \(y.nl) niet optellen")
        case .subtract: Message(en: "cannot subtract \(y.en) from \(x.en)", nl: "kan \(y.nl) niet van \(x.nl) aftrekken")
        case .multiply: Message(en: "cannot multiply \(x.en) and \(y.en)", nl: "kan \(x.nl) en \(y.nl) niet vermenigvuldigen")
        case .divide: Message(en: "cannot divide \(x.en) and \(y.en)", nl: "kan \(x.nl) en \(y.nl) niet delen")
        default: Message(en: "cannot compare \(x.en) and \(y.en)", nl: "kan \(x.nl) en \(y.nl) niet vergelijken")
        }
        return error(message, e)
    }

    /// `<`, `<=`, `>`, `>=`: values of one ordered type; null is never ordered.
    private func compare(_ op: BinaryOperator, _ a: Value, _ b: Value, _ e: Expression, _ l: Expression, _ r: Expression) throws -> Bool {
        guard let order = Value.order(a, b) else {
            if a == .null || b == .null {
                throw error(Message(en: "cannot order null", nl: "null kan niet vergeleken worden"), a == .null ? l : r,
                            hint: Message(en: "test for it first: x != null and x > 0", nl: "test er eerst op: x != null and x > 0"))
            }
            throw mismatch(op, a, b, e)
        }
        switch op {
        case .less: return order < 0
        case .lessEqual: return order <= 0
        case .greater: return order > 0
        default: return order >= 0
        }
    }

    /// `in`: an item of a list, or a string in a string.
    private func contains(_ a: Value, _ b: Value, _ l: Expression, _ r: Expression) throws -> Bool {
        switch b {
        case .list(let items): return items.contains(a)
        case .string(let s):
            guard case .string(let needle) = a else { throw error(Message(en: "only a string can be looked for in a string, this is \(a.typeDescription.en)",
                                                                          nl: "in een tekst kun je alleen een tekst zoeken, dit is \(a.typeDescription.nl)"), l) }
            return needle.isEmpty || s.contains(needle)
        default: throw error(Message(en: "'in' needs a list or a string on its right, got \(b.typeDescription.en)",
                                     nl: "'in' vraagt rechts om een lijst of een tekst, maar kreeg \(b.typeDescription.nl)"), r)
        }
    }

    /// `+`: numbers, percentages, a date or quarter moved, text joined, lists joined.
    private func add(_ a: Value, _ b: Value, _ e: Expression, _ r: Expression) throws -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x + y)
        case (.percent(let x), .percent(let y)): return .percent(x + y)
        case (.date(let d), .number(let n)), (.number(let n), .date(let d)):
            return .date(d.adding(days: try whole(n, r)))
        case (.quarter(let q), .number(let n)), (.number(let n), .quarter(let q)):
            return .quarter(q.adding(try whole(n, r)))
        case (.string(let x), _): return .string(x + b.text)
        case (_, .string(let y)): return .string(a.text + y)
        case (.list(let x), .list(let y)): return .list(x + y)
        default:
            if let x = a.numeric, let y = b.numeric { return .number(x + y) }
            throw mismatch(.add, a, b, e)
        }
    }

    /// `-`: numbers, percentages, a date or quarter moved back, the days or quarters between two.
    private func subtract(_ a: Value, _ b: Value, _ e: Expression, _ r: Expression) throws -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x - y)
        case (.percent(let x), .percent(let y)): return .percent(x - y)
        case (.date(let d), .number(let n)): return .date(d.adding(days: -(try whole(n, r))))
        case (.date(let x), .date(let y)): return .number(Double(y.days(until: x)))
        case (.quarter(let q), .number(let n)): return .quarter(q.adding(-(try whole(n, r))))
        case (.quarter(let x), .quarter(let y)): return .number(Double(x.index - y.index))
        default:
            if let x = a.numeric, let y = b.numeric { return .number(x - y) }
            throw mismatch(.subtract, a, b, e)
        }
    }

    private func whole(_ n: Double, _ e: Expression) throws -> Int {
        guard n == n.rounded(), abs(n) < 1e9 else { throw error(Message(en: "dates and quarters move by whole numbers, got \(Value.format(n))",
                                                                                  nl: "datums en kwartalen verschuiven met gehele getallen, niet met \(Value.format(n))"), e) }
        return Int(n)
    }

    private func member(_ base: Value, _ name: String, at: SourceLocation, _ e: Expression) throws -> Value {
        let fields: [String: Value]
        switch base {
        case .date(let d):
            fields = ["year": .number(Double(d.year)), "month": .number(Double(d.month)), "day": .number(Double(d.day)),
                      "weekday": .number(Double(d.weekday)), "quarter": .quarter(d.quarter)]
        case .quarter(let q):
            fields = ["year": .number(Double(q.year)), "number": .number(Double(q.number)),
                      "first_day": .date(q.firstDay), "last_day": .date(q.lastDay)]
        case .list(let items):
            fields = ["length": .number(Double(items.count)), "first": items.first ?? .null, "last": items.last ?? .null]
        case .string(let s):
            // An ID of the open dossier: follow the reference (inspection.time).
            if let found = interpreter.workspace?.dossier.record(s) {
                if name == Record.idField || found.kind.field(name) != nil { return FieldValues.field(name, of: found.record, kind: found.kind) }
                if let v = found.record[name] { return FieldValues.value(v, type: nil) }
                throw Diagnostic(.runtime, Message(en: "\(found.kind.name) have no field '\(name)'", nl: "\(found.kind.name) hebben geen veld '\(name)'")
                                 + Suggestion.phrase(for: name, in: found.kind.fieldNames),
                                 source: source, at: at, length: name.count,
                                 hint: Message(en: "fields: ", nl: "velden: ") + found.kind.fieldNames.joined(separator: ", "))
            }
            fields = ["length": .number(Double(s.count))]
        case .percent(let p):
            fields = ["value": .number(p * 100), "fraction": .number(p)]
        default:
            throw Diagnostic(.runtime, Message(en: "\(base.typeDescription.en) has no fields", nl: "\(base.typeDescription.nl) heeft geen velden"),
                             source: source, at: at, length: name.count)
        }
        if let v = fields[name] { return v }
        throw Diagnostic(.runtime, Message(en: "\(base.typeDescription.en) has no field '\(name)'", nl: "\(base.typeDescription.nl) heeft geen veld '\(name)'")
                         + Suggestion.phrase(for: name, in: fields.keys),
                         source: source, at: at, length: name.count,
                         hint: Message(en: "fields: ", nl: "velden: ") + fields.keys.sorted().joined(separator: ", "))
    }
}
