import KVOModel

extension CommandSpec {
    static let help = CommandSpec(
        name: "help", group: .session, summary: Message(en: "list the commands, or explain one command or function", nl: "de opdrachten tonen, of één opdracht of functie uitleggen"),
        syntax: [.optional([.word("topic", .command)])],
        example: "help assert",
        details: Message(en: "'help functions' lists the functions; 'help NAME' shows a command's or function's usage and an example.",
                         nl: "'hulp functies' toont de functies; 'hulp NAAM' toont het gebruik van een opdracht of functie, met een voorbeeld."),
        action: { context in
            let out = context.interpreter.output
            let commands = context.interpreter.commands, functions = context.interpreter.functions
            guard let topic = context.arguments.word("topic") else {
                out.write(HelpText.overview(commands, context.language))
                return
            }
            if topic.text == "functions" || topic.text == "functies" {
                out.write(HelpText.functionList(functions, context.language))
            } else if let spec = commands.command(named: topic.text) {
                out.write(HelpText.command(spec, context.language))
            } else if let function = functions.function(named: topic.text.hasSuffix("()") ? String(topic.text.dropLast(2)) : topic.text) {
                out.write(HelpText.function(function, context.language))
            } else {
                throw context.error(Message(en: "no help for '\(topic.text)'", nl: "geen hulp bij '\(topic.text)'")
                                    + Suggestion.phrase(for: topic.text, in: commands.allNames + functions.names + ["functions", "functies"]),
                                    at: topic.location, length: topic.length,
                                    hint: Message(en: "'help' lists the commands, 'help functions' the functions",
                                                  nl: "'hulp' toont de opdrachten, 'hulp functies' de functies"))
            }
        })
}

/// The text `help` prints, made from the command and function tables, in the session's language.
public enum HelpText {
    public static func overview(_ table: CommandTable, _ language: Language) -> String {
        var out = Message(en: "Commands (help NAME for one in full):\n", nl: "Opdrachten (hulp NAAM voor één in het geheel):\n").text(language)
        let width = table.commands.map { $0.displayName(language).count }.max() ?? 0
        for group in CommandSpec.Group.allCases {
            let entries = table.commands.filter { $0.group == group }
            if entries.isEmpty { continue }
            out += "\n" + group.title.text(language) + "\n"
            for c in entries {
                let name = c.displayName(language)
                let pad = String(repeating: " ", count: width - name.count)
                out += "  " + name + pad + "  " + c.summary.text(language) + "\n"
            }
        }
        out += Message(en: "\nFunctions: help functions. Comments start with #. Ctrl-C cancels, Ctrl-D quits.\n",
                       nl: "\nFuncties: hulp functies. Commentaar begint met #. Ctrl-C breekt af, Ctrl-D sluit af.\n").text(language)
        out += Message(en: "Language: --lang nl|en, else the dossier's \"language\", else LANG; English and Dutch names are accepted in both (docs/language.md).\n",
                       nl: "Taal: --lang nl|en, anders de \"language\" van het dossier, anders LANG; Nederlandse en Engelse namen werken in beide (docs/language.md).\n").text(language)
        return out
    }

    public static func command(_ c: CommandSpec, _ language: Language) -> String {
        let words = Message(en: "usage:   |aliases: |options:|example: ", nl: "gebruik: |ook:     |opties: |voorbeeld: ")
            .text(language).split(separator: "|").map(String.init)
        var out = c.displayName(language) + " — " + c.summary.text(language) + "\n\n" + words[0] + c.usage(in: language) + "\n"
        // The other language's name is an alias too: both are accepted in every session.
        let other = language == .nl ? [c.name] : c.dutchName.map { [$0] } ?? []
        let aliases = (language == .nl && c.dutchName == nil ? [] : other) + c.aliases
        if !aliases.isEmpty { out += words[1] + aliases.joined(separator: ", ") + "\n" }
        if !c.options.isEmpty {
            out += words[2] + "\n"
            for o in c.options { out += "  " + o.usage + "  " + o.summary.text(language) + "\n" }
        }
        if let d = c.details { out += "\n" + d.text(language) + "\n" }
        let indent = "\n" + String(repeating: " ", count: words[3].count)
        let example = c.example.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: indent)
        out += "\n" + words[3] + example + "\n"
        return out
    }

    public static func functionList(_ table: FunctionTable, _ language: Language) -> String {
        let width = table.functions.map(\.signature.count).max() ?? 0
        var out = Message(en: "Functions (help NAME for one in full):\n", nl: "Functies (hulp NAAM voor één in het geheel):\n").text(language)
        for f in table.functions {
            let pad = String(repeating: " ", count: width - f.signature.count)
            out += "  " + f.signature + pad + "  " + f.summary.text(language) + "\n"
        }
        return out
    }

    public static func function(_ f: FunctionSpec, _ language: Language) -> String {
        let words = Message(en: "usage:   |example: ", nl: "gebruik: |voorbeeld: ").text(language).split(separator: "|").map(String.init)
        return f.name + " — " + f.summary.text(language) + "\n\n" + words[0] + f.signature + "\n" + words[1] + f.example + "\n"
    }
}
