extension CommandSpec {
    static let help = CommandSpec(
        name: "help", group: .session, summary: "list the commands, or explain one command or function",
        syntax: [.optional([.word("topic", .command)])],
        example: "help assert",
        details: "'help functions' lists the functions; 'help NAME' shows a command's or function's usage and an example.",
        action: { context in
            let out = context.interpreter.output
            let commands = context.interpreter.commands, functions = context.interpreter.functions
            guard let topic = context.arguments.word("topic") else {
                out.write(HelpText.overview(commands))
                return
            }
            if topic.text == "functions" {
                out.write(HelpText.functionList(functions))
            } else if let spec = commands.command(named: topic.text) {
                out.write(HelpText.command(spec))
            } else if let function = functions.function(named: topic.text.hasSuffix("()") ? String(topic.text.dropLast(2)) : topic.text) {
                out.write(HelpText.function(function))
            } else {
                throw context.error("no help for '\(topic.text)'" + Suggestion.phrase(for: topic.text, in: commands.allNames + functions.names + ["functions"]),
                                    at: topic.location, length: topic.length, hint: "'help' lists the commands, 'help functions' the functions")
            }
        })
}

/// The text `help` prints, made from the command and function tables.
public enum HelpText {
    public static func overview(_ table: CommandTable) -> String {
        var out = "Commands (help NAME for one in full):\n"
        let width = table.commands.map(\.name.count).max() ?? 0
        for group in CommandSpec.Group.allCases {
            let entries = table.commands.filter { $0.group == group }
            if entries.isEmpty { continue }
            out += "\n\(group.rawValue)\n"
            for c in entries {
                out += "  " + c.name + String(repeating: " ", count: width - c.name.count) + "  " + c.summary + "\n"
            }
        }
        out += "\nFunctions: help functions. Comments start with #. Ctrl-C cancels, Ctrl-D quits.\n"
        return out
    }

    public static func command(_ c: CommandSpec) -> String {
        var out = "\(c.name) — \(c.summary)\n\nusage:   \(c.usage)\n"
        if !c.aliases.isEmpty { out += "aliases: \(c.aliases.joined(separator: ", "))\n" }
        if !c.options.isEmpty {
            out += "options:\n"
            for o in c.options { out += "  \(o.usage)  \(o.summary)\n" }
        }
        if let d = c.details { out += "\n\(d)\n" }
        let example = c.example.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n         ")
        out += "\nexample: \(example)\n"
        return out
    }

    public static func functionList(_ table: FunctionTable) -> String {
        let width = table.functions.map(\.signature.count).max() ?? 0
        var out = "Functions (help NAME for one in full):\n"
        for f in table.functions {
            out += "  " + f.signature + String(repeating: " ", count: width - f.signature.count) + "  " + f.summary + "\n"
        }
        return out
    }

    public static func function(_ f: FunctionSpec) -> String {
        "\(f.name) — \(f.summary)\n\nusage:   \(f.signature)\nexample: \(f.example)\n"
    }
}
