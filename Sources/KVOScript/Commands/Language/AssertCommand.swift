import KVOModel

extension CommandSpec {
    static let assert = CommandSpec(
        name: "assert", group: .language, summary: Message(en: "stop with exit code 1 unless a condition holds", nl: "stoppen met afsluitcode 1 tenzij een voorwaarde geldt"),
        syntax: [.expression(AssertArguments.condition), .optional([.literal(","), .expression(AssertArguments.message)])],
        example: "assert response(\"Noord\") >= 30%, \"Noord heeft meer reacties op de enquête nodig\"",
        details: Message(en: "A failed assert names its file, line and column. In a script it stops the script (unless --no-bail) and kvo exits with 1.",
                         nl: "Een mislukte 'verwacht' noemt bestand, regel en kolom. In een script stopt het script (tenzij --no-bail) en sluit kvo af met 1."),
        arguments: AssertArguments.self,
        run: { arguments, context in
            let condition = arguments.condition
            let value = try context.evaluate(condition)
            guard case .bool(let holds) = value else {
                throw context.error(Message(en: "assert needs a condition that is true or false, got ",
                                            nl: "verwacht vraagt een voorwaarde die waar of onwaar is, niet ")
                                    + value.typeDescription + " (\(value.literal))",
                                    at: condition.location, length: condition.length,
                                    hint: Message(en: "compare it, for example: x > 0", nl: "vergelijk de waarde, bijvoorbeeld: x > 0"))
            }
            if holds { return }
            var message: String
            if let m = arguments.message {
                message = try context.evaluate(m).text
            } else {
                let scalars = Array(context.source.text.unicodeScalars)
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[condition.start..<min(condition.end, scalars.count)])
                message = text
            }
            throw Diagnostic(.failure, Message(en: "assertion failed: ", nl: "verwachting niet uitgekomen: ") + message, source: context.source, at: condition.location,
                             length: condition.length)
        })
}

struct AssertArguments: CommandArguments {
    static let condition = SlotName("condition"), message = SlotName("message")
    let condition: Expression
    let message: Expression?

    init(from a: ArgumentReader) throws(Diagnostic) {
        condition = try a.expression(Self.condition)
        message = try a.optionalExpression(Self.message)
    }
}
