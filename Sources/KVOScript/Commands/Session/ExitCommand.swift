import KVOModel

extension CommandSpec {
    static let exit = CommandSpec(
        name: "exit", aliases: ["quit"], group: .session, summary: Message(en: "end the session or script, with an exit code", nl: "de sessie of het script beëindigen, met een afsluitcode"),
        syntax: [.optional([.expression(ExitArguments.code)])],
        example: "exit 1",
        details: Message(en: "Without a code kvo exits with 0, or with the worst code of errors passed over under --no-bail.",
                         nl: "Zonder code sluit kvo af met 0, of met de ergste code van de fouten die onder --no-bail zijn overgeslagen."),
        arguments: ExitArguments.self,
        run: { arguments, context in
            var code = context.environment.worstStatus
            if let e = arguments.code {
                let value = try context.evaluate(e)
                guard case .number(let n) = value, n == n.rounded(), (0...255).contains(n) else {
                    throw context.error(Message(en: "the exit code must be a whole number from 0 to 255, got \(value.literal)",
                                                nl: "de afsluitcode moet een geheel getal van 0 tot en met 255 zijn, niet \(value.literal)"),
                                        at: e.location, length: e.length)
                }
                code = Int32(n)
            }
            throw ExitRequest(code: code)
        })
}

struct ExitArguments: CommandArguments {
    static let code = SlotName("code")
    let code: Expression?

    init(from a: ArgumentReader) throws(Diagnostic) { code = try a.optionalExpression(Self.code) }
}
