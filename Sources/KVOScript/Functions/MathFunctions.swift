import KVOModel

/// Numbers: rounding, limits, sums, conversions.
enum MathFunctions {
    static let all: [FunctionSpec] = [
        FunctionSpec("abs", "abs(X)", arity: 1...1, summary: Message(en: "the absolute value", nl: "de absolute waarde"), example: "abs(-3)  # 3") { call in
            if case .percent(let p) = call[0] { return .percent(abs(p)) }
            return .number(abs(try call.number(0)))
        },
        FunctionSpec("round", "round(X [, DIGITS])", arity: 1...2, summary: Message(en: "round half away from zero, to DIGITS decimals (default 0)", nl: "afronden, de helft van nul af, op DIGITS decimalen (standaard 0)"),
                     example: "round(18 / 52 * 100, 1)  # 34.6") { call in
            let digits = call.arguments.count > 1 ? try call.whole(1) : 0
            guard (0...10).contains(digits) else { throw FunctionError(Message(en: "DIGITS must be 0 to 10", nl: "DIGITS moet 0 tot en met 10 zijn"), argument: 1) }
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            if case .percent(let p) = call[0] { return .percent((p * 100 * scale).rounded() / scale / 100) }
            return .number((try call.number(0) * scale).rounded() / scale)
        },
        FunctionSpec("floor", "floor(X)", arity: 1...1, summary: Message(en: "the largest whole number not above X", nl: "het grootste gehele getal dat niet groter is dan X"), example: "floor(2.7)  # 2") { call in
            .number(try call.number(0).rounded(.down))
        },
        FunctionSpec("ceil", "ceil(X)", arity: 1...1, summary: Message(en: "the smallest whole number not below X", nl: "het kleinste gehele getal dat niet kleiner is dan X"),
                     example: "ceil(52 * 30%)  # 16 responses needed") { call in
            // 52 * 0.3 is 15.600000000000001 in binary; round first so a whole result stays whole.
            let n = (try call.number(0) * 1e9).rounded() / 1e9
            return .number(n.rounded(.up))
        },
        FunctionSpec("mod", "mod(X, Y)", arity: 2...2, summary: Message(en: "the remainder of X divided by Y", nl: "de rest van X gedeeld door Y"), example: "mod(7, 3)  # 1") { call in
            let y = try call.number(1)
            guard y != 0 else { throw FunctionError(Message(en: "division by zero", nl: "deling door nul"), argument: 1) }
            let r = try call.number(0).truncatingRemainder(dividingBy: y)
            return .number(r < 0 ? r + abs(y) : r)
        },
        FunctionSpec("min", "min(X, Y, ...) or min(LIST)", arity: 1...Int.max, summary: Message(en: "the smallest value", nl: "de kleinste waarde"),
                     example: "min(3, 1, 2)  # 1") { call in try extreme(call, smallest: true) },
        FunctionSpec("max", "max(X, Y, ...) or max(LIST)", arity: 1...Int.max, summary: Message(en: "the largest value", nl: "de grootste waarde"),
                     example: "max([2025-01-01, 2025-06-30])  # 2025-06-30") { call in try extreme(call, smallest: false) },
        FunctionSpec("sum", "sum(LIST)", arity: 1...1, summary: Message(en: "the sum of a list of numbers", nl: "de som van een lijst getallen"), example: "sum([18, 22, 9])  # 49") { call in
            var total = 0.0
            for (i, v) in try call.list(0).enumerated() {
                guard let n = v.numeric else { throw FunctionError(Message(en: "item \(i) is ", nl: "element \(i) is ") + v.typeDescription + Message(en: ", not a number", nl: ", geen getal"), argument: 0) }
                total += n
            }
            return .number(total)
        },
        FunctionSpec("num", "num(X)", arity: 1...1, summary: Message(en: "a number from a string or percentage (30% gives 0.3)", nl: "een getal uit een tekst of percentage (30% geeft 0.3)"),
                     example: "num(\"52\") + 1  # 53") { call in
            switch call[0] {
            case .number(let n), .percent(let n): return .number(n)
            case .string(let s):
                let trimmed = s.trimmingBlanks().replacingCommaDecimal()
                guard let n = Double(trimmed) else { throw FunctionError(Message(en: "'\(s)' is not a number", nl: "'\(s)' is geen getal"), argument: 0) }
                return .number(n)
            case .bool(let b): return .number(b ? 1 : 0)
            default: throw FunctionError(Message(en: "cannot make a number of ", nl: "kan geen getal maken van ") + call[0].typeDescription, argument: 0)
            }
        },
        FunctionSpec("percent", "percent(PART, WHOLE) or percent(X)", arity: 1...2, summary: Message(en: "PART as a percentage of WHOLE, or the fraction X as a percentage", nl: "PART als percentage van WHOLE, of de breuk X als percentage"),
                     example: "percent(18, 52)  # 34.6153846154%") { call in
            if call.arguments.count == 1 { return .percent(try call.number(0)) }
            let whole = try call.number(1)
            guard whole != 0 else { throw FunctionError(Message(en: "the whole is zero", nl: "het geheel is nul"), argument: 1) }
            return .percent(try call.number(0) / whole)
        },
    ]

    private static func extreme(_ call: FunctionCall, smallest: Bool) throws -> Value {
        var values = call.arguments
        if values.count == 1, case .list(let list) = values[0] { values = list }
        guard var best = values.first else { throw FunctionError(Message(en: "the list is empty", nl: "de lijst is leeg"), argument: 0) }
        for v in values.dropFirst() {
            guard let order = Value.order(v, best) else {
                throw FunctionError(Message(en: "cannot compare ", nl: "kan ") + v.typeDescription + Message(en: " with ", nl: " niet vergelijken met ") + best.typeDescription)
            }
            if smallest ? order < 0 : order > 0 { best = v }
        }
        return best
    }
}
