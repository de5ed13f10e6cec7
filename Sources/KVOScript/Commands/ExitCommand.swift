extension CommandSpec {
    static let exit = CommandSpec(
        name: "exit", aliases: ["quit"], group: .session, summary: "end the session or script, with an exit code",
        syntax: [.optional([.expression("code")])],
        example: "exit 1",
        details: "Without a code kvo exits with 0, or with the worst code of errors passed over under --no-bail.",
        action: { context in
            var code = context.interpreter.worstStatus
            if let e = context.arguments.expression("code") {
                let value = try context.evaluate(e)
                guard case .number(let n) = value, n == n.rounded(), (0...255).contains(n) else {
                    throw context.error("the exit code must be a whole number from 0 to 255, got \(value.literal)", at: e.location, length: e.length)
                }
                code = Int32(n)
            }
            throw ExitRequest(code: code)
        })
}
