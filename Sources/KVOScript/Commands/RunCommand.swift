import KVOModel

extension CommandSpec {
    static let run = CommandSpec(
        name: "run", group: .scripts, summary: Message(en: "run a script in its own variables", nl: "een script uitvoeren met eigen variabelen"),
        syntax: [.word("file", .path), .assignments("name")],
        example: "run checks/survey-response.kvo park=\"Noord\"",
        details: Message(
            en: "The path is taken relative to the script that runs it (at the prompt: the working folder). The script sees the --var parameters and the NAME=VALUE pairs given here; its own variables do not leak back. Scripts may nest 16 deep.",
            nl: "Het pad geldt ten opzichte van het script dat het uitvoert (aan de prompt: de werkmap). Het script ziet de --var-parameters en de hier gegeven NAAM=WAARDE-paren; zijn eigen variabelen komen niet terug. Scripts kunnen 16 diep genest worden."),
        action: { context in
            guard let file = context.arguments.word("file") else { return }
            var arguments: [String: Value] = [:]
            for a in context.arguments.assignments("name") { arguments[a.name] = try context.evaluate(a.value) }
            try context.interpreter.runScript(file.text, from: context.source, at: file.location, length: file.length,
                                              isolated: true, arguments: arguments)
        })

    static let source = CommandSpec(
        name: "source", group: .scripts, summary: Message(en: "run a script in the current variables", nl: "een script uitvoeren met de huidige variabelen"),
        syntax: [.word("file", .path)],
        example: "source lib/thresholds.kvo",
        details: Message(en: "Like run, but the script shares the caller's variables: what it sets stays set. Use it for files of shared definitions.",
                         nl: "Zoals 'voeruit', maar het script deelt de variabelen van de aanroeper: wat het zet, blijft staan. Gebruik het voor bestanden met gedeelde definities."),
        action: { context in
            guard let file = context.arguments.word("file") else { return }
            try context.interpreter.runScript(file.text, from: context.source, at: file.location, length: file.length, isolated: false)
        })

    static let vars = CommandSpec(
        name: "vars", group: .scripts, summary: Message(en: "list the variables that are set", nl: "de variabelen tonen die een waarde hebben"),
        example: "vars",
        action: { context in
            let interpreter = context.interpreter
            var lines: [String] = []
            var scope: Scope? = interpreter.scope
            while let s = scope {
                let origin = s === interpreter.parameters ? "  (parameter)" : "" // the same word in Dutch
                for name in s.variables.keys.sorted() where interpreter.scope.lookup(name) == s.variables[name] {
                    lines.append("\(name) = \(s.variables[name]!.literal)\(origin)")
                }
                scope = s.parent
            }
            if lines.isEmpty {
                context.say(Message(en: "no variables are set\n", nl: "er zijn geen variabelen\n"))
            } else {
                context.write(lines.joined(separator: "\n") + "\n")
            }
        })
}
