import KVOModel

/// Lists: ranges, sorting, membership.
enum ListFunctions {
    static let all: [FunctionSpec] = [
        FunctionSpec("range", "range(END) or range(START, END)", arity: 1...2, summary: Message(en: "the whole numbers from START (default 1) up to and including END", nl: "de gehele getallen van START (standaard 1) tot en met END"),
                     example: "for year in range(1, 3)") { call in
            let start = call.arguments.count == 2 ? try call.whole(0) : 1
            let end = try call.whole(call.arguments.count - 1)
            guard end - start < 1_000_000 else { throw FunctionError(Message(en: "a range of more than a million numbers", nl: "een reeks van meer dan een miljoen getallen")) }
            return .list(start > end ? [] : (start...end).map { .number(Double($0)) })
        },
        FunctionSpec("sort", "sort(LIST)", arity: 1...1, summary: Message(en: "LIST in ascending order", nl: "LIST in oplopende volgorde"), example: "sort([3, 1, 2])  # [1, 2, 3]") { call in
            let list = try call.list(0)
                for v in list.dropFirst() where Value.order(v, list[0]) == nil {
                throw FunctionError(Message(en: "cannot sort ", nl: "kan ") + list[0].typeDescription + Message(en: " together with ", nl: " niet samen sorteren met ")
                                    + v.typeDescription, argument: 0)
            }
            return .list(list.sorted { (Value.order($0, $1) ?? 0) < 0 })
        },
        FunctionSpec("reverse", "reverse(LIST)", arity: 1...1, summary: Message(en: "LIST back to front", nl: "LIST achterstevoren"), example: "reverse([1, 2, 3])  # [3, 2, 1]") { call in
            .list(try call.list(0).reversed())
        },
        FunctionSpec("unique", "unique(LIST)", arity: 1...1, summary: Message(en: "LIST without repeated items, first occurrence kept", nl: "LIST zonder herhaalde elementen; het eerste blijft staan"),
                     example: "unique([\"a\", \"b\", \"a\"])  # [\"a\", \"b\"]") { call in
            var seen = ValueSet()
            return .list(try call.list(0).filter { seen.insert($0) })
        },
    ]
}
