import KVOModel

extension CommandSpec {
    static let echo = CommandSpec(
        name: "echo", aliases: ["print"], group: .language, summary: Message(en: "print values, separated by spaces", nl: "waarden tonen, gescheiden door spaties"),
        syntax: [.expressions("value")],
        example: "echo \"respons Noord:\", 18 / 52 * 100, \"%\"",
        details: Message(en: "Strings are printed as they are; other values as they are written (2025-03-01, 30%).",
                         nl: "Teksten worden getoond zoals ze zijn; andere waarden zoals ze geschreven worden (2025-03-01, 30%)."),
        action: { context in
            let values = try context.arguments.expressions("value").map(context.evaluate)
            context.interpreter.output.write(values.map(\.text).joined(separator: " ") + "\n")
        })
}
