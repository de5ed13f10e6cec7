/// Lists: ranges, sorting, membership.
enum ListFunctions {
    static let all: [FunctionSpec] = [
        FunctionSpec("range", "range(END) or range(START, END)", arity: 1...2, summary: "the whole numbers from START (default 1) up to and including END",
                     example: "for year in range(1, 3)") { call in
            let start = call.arguments.count == 2 ? try call.whole(0) : 1
            let end = try call.whole(call.arguments.count - 1)
            guard end - start < 1_000_000 else { throw FunctionError("a range of more than a million numbers") }
            return .list(start > end ? [] : (start...end).map { .number(Double($0)) })
        },
        FunctionSpec("sort", "sort(LIST)", arity: 1...1, summary: "LIST in ascending order", example: "sort([3, 1, 2])  # [1, 2, 3]") { call in
            let list = try call.list(0)
                for v in list.dropFirst() where Value.order(v, list[0]) == nil {
                throw FunctionError("cannot sort \(list[0].typeName) together with \(v.typeName)", argument: 0)
            }
            return .list(list.sorted { (Value.order($0, $1) ?? 0) < 0 })
        },
        FunctionSpec("reverse", "reverse(LIST)", arity: 1...1, summary: "LIST back to front", example: "reverse([1, 2, 3])  # [3, 2, 1]") { call in
            .list(try call.list(0).reversed())
        },
        FunctionSpec("unique", "unique(LIST)", arity: 1...1, summary: "LIST without repeated items, first occurrence kept",
                     example: "unique([\"a\", \"b\", \"a\"])  # [\"a\", \"b\"]") { call in
            var seen: [Value] = []
            for v in try call.list(0) where !seen.contains(v) { seen.append(v) }
            return .list(seen)
        },
    ]
}
