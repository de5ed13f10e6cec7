/// Strings: case, trimming, searching, splitting, conversion.
enum TextFunctions {
    static let all: [FunctionSpec] = [
        FunctionSpec("len", "len(X)", arity: 1...1, summary: "the number of items in a list or characters in a string",
                     example: "len([1, 2, 3])  # 3") { call in
            switch call[0] {
            case .list(let l): return .number(Double(l.count))
            case .string(let s): return .number(Double(s.count))
            default: throw FunctionError("needs a list or a string, got \(call[0].typeName)", argument: 0)
            }
        },
        FunctionSpec("str", "str(X)", arity: 1...1, summary: "X as text, the way echo prints it", example: "str(30%)  # \"30%\"") { call in
            .string(call[0].text)
        },
        FunctionSpec("upper", "upper(S)", arity: 1...1, summary: "S in capitals", example: "upper(\"noord\")  # \"NOORD\"") { call in
            .string(try call.string(0).uppercased())
        },
        FunctionSpec("lower", "lower(S)", arity: 1...1, summary: "S in small letters", example: "lower(\"Noord\")  # \"noord\"") { call in
            .string(try call.string(0).lowercased())
        },
        FunctionSpec("trim", "trim(S)", arity: 1...1, summary: "S without white space at either end",
                     example: "trim(\"  Noord \")  # \"Noord\"") { call in
            .string(try call.string(0).trimmingBlanks())
        },
        FunctionSpec("contains", "contains(S, PART)", arity: 2...2, summary: "whether the string S contains PART (case-sensitive)",
                     example: "contains(\"Industrieweg 12\", \"weg\")  # true") { call in
            .bool(try call.string(0).contains(try call.string(1)))
        },
        FunctionSpec("starts_with", "starts_with(S, PREFIX)", arity: 2...2, summary: "whether S starts with PREFIX",
                     example: "starts_with(\"KVO-4.1.1\", \"KVO-4\")  # true") { call in
            .bool(try call.string(0).hasPrefix(try call.string(1)))
        },
        FunctionSpec("split", "split(S, SEPARATOR)", arity: 2...2, summary: "the parts of S between separators",
                     example: "split(\"a,b,c\", \",\")  # [\"a\", \"b\", \"c\"]") { call in
            let s = try call.string(0), sep = try call.string(1)
            guard !sep.isEmpty else { throw FunctionError("the separator is empty", argument: 1) }
            return .list(s.split(separator: sep, omittingEmptySubsequences: false).map { .string(String($0)) })
        },
        FunctionSpec("join", "join(LIST [, SEPARATOR])", arity: 1...2, summary: "the items of LIST as one string, with SEPARATOR between (default \", \")",
                     example: "join([\"Noord\", \"Zuid\"], \" en \")  # \"Noord en Zuid\"") { call in
            let separator = call.arguments.count > 1 ? try call.string(1) : ", "
            return .string(try call.list(0).map(\.text).joined(separator: separator))
        },
        FunctionSpec("type", "type(X)", arity: 1...1, summary: "the name of X's type", example: "type(2025Q1)  # \"quarter\"") { call in
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
