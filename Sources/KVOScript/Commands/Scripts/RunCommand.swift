import KVOModel

extension CommandSpec {
    static let run = CommandSpec(
        name: "run", group: .scripts, summary: Message(en: "run a script in its own variables", nl: "een script uitvoeren met eigen variabelen"),
        syntax: [.word(RunArguments.file, .path), .assignments(RunArguments.parameters)],
        example: "run checks/survey-response.kvo park=\"Noord\"",
        details: Message(
            en: "The path is taken relative to the script that runs it (at the prompt: the working folder). The script sees the --var parameters and the NAME=VALUE pairs given here; its own variables do not leak back. Scripts may nest 16 deep.",
            nl: "Het pad geldt ten opzichte van het script dat het uitvoert (aan de prompt: de werkmap). Het script ziet de --var-parameters en de hier gegeven NAAM=WAARDE-paren; zijn eigen variabelen komen niet terug. Scripts kunnen 16 diep genest worden."),
        arguments: RunArguments.self,
        run: { arguments, context in
            let file = arguments.file
            var parameters: [String: Value] = [:]
            for a in arguments.parameters { parameters[a.name] = try context.evaluate(a.value) }
            try context.environment.runScript(file.text, from: context.source, at: file.location, length: file.length,
                                              isolated: true, arguments: parameters)
        })

    static let source = CommandSpec(
        name: "source", group: .scripts, summary: Message(en: "run a script in the current variables", nl: "een script uitvoeren met de huidige variabelen"),
        syntax: [.word(SourceArguments.file, .path)],
        example: "source lib/thresholds.kvo",
        details: Message(en: "Like run, but the script shares the caller's variables: what it sets stays set. Use it for files of shared definitions.",
                         nl: "Zoals 'voeruit', maar het script deelt de variabelen van de aanroeper: wat het zet, blijft staan. Gebruik het voor bestanden met gedeelde definities."),
        arguments: SourceArguments.self,
        run: { arguments, context in
            let file = arguments.file
            try context.environment.runScript(file.text, from: context.source, at: file.location, length: file.length, isolated: false)
        })

    static let vars = CommandSpec(
        name: "vars", group: .scripts, summary: Message(en: "list the variables that are set", nl: "de variabelen tonen die een waarde hebben"),
        example: "vars",
        arguments: NoArguments.self,
        run: { _, context in
            let lines = context.environment.visibleVariables.map { v in
                "\(v.name) = \(v.value.literal)" + (v.isParameter ? "  (parameter)" : "") // the same word in Dutch
            }
            if lines.isEmpty {
                context.say(Message(en: "no variables are set\n", nl: "er zijn geen variabelen\n"))
            } else {
                context.write(lines.joined(separator: "\n") + "\n")
            }
        })
}

struct RunArguments: CommandArguments {
    static let file = SlotName("file"), parameters = SlotName("name")
    let file: ParsedArguments.Word
    /// NAME=VALUE pairs the script sees as variables.
    let parameters: [ParsedArguments.Assignment]

    init(from a: ArgumentReader) throws(Diagnostic) {
        file = try a.word(Self.file)
        parameters = try a.assignments(Self.parameters)
    }
}

struct SourceArguments: CommandArguments {
    static let file = SlotName("file")
    let file: ParsedArguments.Word

    init(from a: ArgumentReader) throws(Diagnostic) { file = try a.word(Self.file) }
}
