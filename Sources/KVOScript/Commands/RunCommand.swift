extension CommandSpec {
    static let run = CommandSpec(
        name: "run", group: .scripts, summary: "run a script in its own variables",
        syntax: [.word("file", .path), .assignments("name")],
        example: "run checks/survey-response.kvo park=\"Noord\"",
        details: "The path is taken relative to the script that runs it (at the prompt: the working folder). The script sees the --var parameters and the NAME=VALUE pairs given here; its own variables do not leak back. Scripts may nest 16 deep.",
        action: { context in
            guard let file = context.arguments.word("file") else { return }
            var arguments: [String: Value] = [:]
            for a in context.arguments.assignments("name") { arguments[a.name] = try context.evaluate(a.value) }
            try context.interpreter.runScript(file.text, from: context.source, at: file.location, length: file.length,
                                              isolated: true, arguments: arguments)
        })

    static let source = CommandSpec(
        name: "source", group: .scripts, summary: "run a script in the current variables",
        syntax: [.word("file", .path)],
        example: "source lib/thresholds.kvo",
        details: "Like run, but the script shares the caller's variables: what it sets stays set. Use it for files of shared definitions.",
        action: { context in
            guard let file = context.arguments.word("file") else { return }
            try context.interpreter.runScript(file.text, from: context.source, at: file.location, length: file.length, isolated: false)
        })

    static let vars = CommandSpec(
        name: "vars", group: .scripts, summary: "list the variables that are set",
        example: "vars",
        action: { context in
            let interpreter = context.interpreter
            var lines: [String] = []
            var scope: Scope? = interpreter.scope
            while let s = scope {
                let origin = s === interpreter.parameters ? "  (parameter)" : ""
                for name in s.variables.keys.sorted() where interpreter.scope.lookup(name) == s.variables[name] {
                    lines.append("\(name) = \(s.variables[name]!.literal)\(origin)")
                }
                scope = s.parent
            }
            interpreter.output.write(lines.isEmpty ? "no variables are set\n" : lines.joined(separator: "\n") + "\n")
        })
}
