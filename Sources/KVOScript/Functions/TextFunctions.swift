import KVOModel

/// Strings: case, trimming, searching, splitting, conversion.
enum TextFunctions {
    static let all: [FunctionSpec] = [
        FunctionSpec("len", "len(X)", arity: 1...1, summary: Message(en: "the number of items in a list or characters in a string", nl: "het aantal elementen van een lijst of tekens van een tekst"),
                     example: "len([1, 2, 3])  # 3") { call in
            switch call[0] {
            case .list(let l): return .number(Double(l.count))
            case .string(let s): return .number(Double(s.count))
            default: throw FunctionError(Message(en: "needs a list or a string, got ", nl: "vraagt een lijst of een tekst, niet ") + call[0].typeDescription, argument: 0)
            }
        },
        FunctionSpec("str", "str(X)", arity: 1...1, summary: Message(en: "X as text, the way echo prints it", nl: "X als tekst, zoals 'zeg' het toont"), example: "str(30%)  # \"30%\"") { call in
            .string(call[0].text)
        },
        FunctionSpec("upper", "upper(S)", arity: 1...1, summary: Message(en: "S in capitals", nl: "S in hoofdletters"), example: "upper(\"noord\")  # \"NOORD\"") { call in
            .string(try call.string(0).uppercased())
        },
        FunctionSpec("lower", "lower(S)", arity: 1...1, summary: Message(en: "S in small letters", nl: "S in kleine letters"), example: "lower(\"Noord\")  # \"noord\"") { call in
            .string(try call.string(0).lowercased())
        },
        FunctionSpec("trim", "trim(S)", arity: 1...1, summary: Message(en: "S without white space at either end", nl: "S zonder witruimte aan het begin en eind"),
                     example: "trim(\"  Noord \")  # \"Noord\"") { call in
            .string(try call.string(0).trimmingBlanks())
        },
        FunctionSpec("contains", "contains(S, PART)", arity: 2...2, summary: Message(en: "whether the string S contains PART (case-sensitive)", nl: "of de tekst S PART bevat (hoofdlettergevoelig)"),
                     example: "contains(\"Industrieweg 12\", \"weg\")  # true") { call in
            .bool(try call.string(0).contains(try call.string(1)))
        },
        FunctionSpec("starts_with", "starts_with(S, PREFIX)", arity: 2...2, summary: Message(en: "whether S starts with PREFIX", nl: "of S begint met PREFIX"),
                     example: "starts_with(\"KVO-4.1.1\", \"KVO-4\")  # true") { call in
            .bool(try call.string(0).hasPrefix(try call.string(1)))
        },
        FunctionSpec("split", "split(S, SEPARATOR)", arity: 2...2, summary: Message(en: "the parts of S between separators", nl: "de delen van S tussen de scheidingstekens"),
                     example: "split(\"a,b,c\", \",\")  # [\"a\", \"b\", \"c\"]") { call in
            let s = try call.string(0), sep = try call.string(1)
            guard !sep.isEmpty else { throw FunctionError(Message(en: "the separator is empty", nl: "het scheidingsteken is leeg"), argument: 1) }
            return .list(s.split(separator: sep, omittingEmptySubsequences: false).map { .string(String($0)) })
        },
        FunctionSpec("join", "join(LIST [, SEPARATOR])", arity: 1...2, summary: Message(en: "the items of LIST as one string, with SEPARATOR between (default \", \")", nl: "de elementen van LIST als één tekst, met SEPARATOR ertussen (standaard \", \")"),
                     example: "join([\"Noord\", \"Zuid\"], \" en \")  # \"Noord en Zuid\"") { call in
            let separator = call.arguments.count > 1 ? try call.string(1) : ", "
            return .string(try call.list(0).map(\.text).joined(separator: separator))
        },
        FunctionSpec("type", "type(X)", arity: 1...1, summary: Message(en: "the name of X's type", nl: "de naam van het type van X"), example: "type(2025Q1)  # \"quarter\"") { call in
            .string(call[0].typeKeyword)
        },
    ]
}

extension String {
    func trimmingBlanks() -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }

    /// Dutch spreadsheets write 3,5 for 3.5.
    func replacingCommaDecimal() -> String {
        filter { $0 == "," }.count == 1 && !contains(".") ? String(map { $0 == "," ? "." : $0 }) : self
    }
}
