import KVOModel

extension CommandSpec {
    static let echo = CommandSpec(
        name: "echo", aliases: ["print"], group: .language, summary: Message(en: "print values, separated by spaces", nl: "waarden tonen, gescheiden door spaties"),
        syntax: [.expressions(EchoArguments.values)],
        example: "echo \"respons Noord:\", 18 / 52 * 100, \"%\"",
        details: Message(en: "Strings are printed as they are; other values as they are written (2025-03-01, 30%).",
                         nl: "Teksten worden getoond zoals ze zijn; andere waarden zoals ze geschreven worden (2025-03-01, 30%)."),
        arguments: EchoArguments.self,
        run: { arguments, context in
            let values = try arguments.values.map(context.evaluate)
            context.environment.output.write(values.map(\.text).joined(separator: " ") + "\n")
        })
}

struct EchoArguments: CommandArguments {
    static let values = SlotName("value")
    let values: [Expression]

    init(from a: ArgumentReader) throws(Diagnostic) { values = try a.expressions(Self.values) }
}
