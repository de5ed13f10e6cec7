import KVOModel

extension CommandSpec {
    static let help = CommandSpec(
        name: "help", group: .session, summary: Message(en: "list the commands, or explain one command or function", nl: "de opdrachten tonen, of één opdracht of functie uitleggen"),
        syntax: [.optional([.word(HelpArguments.topic, .command)])],
        example: "help assert",
        details: Message(en: "'help functions' lists the functions; 'help NAME' shows a command's or function's usage and an example.",
                         nl: "'hulp functies' toont de functies; 'hulp NAAM' toont het gebruik van een opdracht of functie, met een voorbeeld."),
        arguments: HelpArguments.self,
        run: { arguments, context in
            let out = context.environment.output
            let width = context.width
            let commands = context.environment.commands, functions = context.environment.functions
            guard let topic = arguments.topic else {
                out.write(HelpText.overview(commands, context.language, width: width))
                return
            }
            if topic.text == "functions" || topic.text == "functies" {
                out.write(HelpText.functionList(functions, context.language, width: width))
            } else if let spec = commands.command(named: topic.text) {
                out.write(HelpText.command(spec, context.language, width: width))
            } else if let function = functions.function(named: topic.text.hasSuffix("()") ? String(topic.text.dropLast(2)) : topic.text) {
                out.write(HelpText.function(function, context.language, width: width))
            } else {
                throw context.error(Message(en: "no help for '\(topic.text)'", nl: "geen hulp bij '\(topic.text)'")
                                    + Suggestion.phrase(for: topic.text, in: commands.allNames + functions.names + ["functions", "functies"]),
                                    at: topic.location, length: topic.length,
                                    hint: Message(en: "'help' lists the commands, 'help functions' the functions",
                                                  nl: "'hulp' toont de opdrachten, 'hulp functies' de functies"))
            }
        })
}

/// The text `help` prints, made from the command and function tables, in the session's language,
/// wrapped to the terminal's width (never inside a word: TextLayout).
package enum HelpText {
    /// `head` then `text`, the text's lines broken to fit `width` and continued under its first
    /// character; when `head` leaves too little room, the text starts on the next line, indented.
    static func entry(_ head: String, _ text: String, width: Int) -> String {
        var column = head.count
        var first = head
        if width - column < 24, head.contains(where: { $0 != " " }) {
            column = min(6, head.prefix { $0 == " " }.count + 4)
            first = head.trimmingTrailingBlanks + "\n" + String(repeating: " ", count: column)
        }
        let lines = TextLayout.lines(text, width: width - column)
        return first + lines.joined(separator: "\n" + String(repeating: " ", count: column)) + "\n"
    }

    package static func overview(_ table: CommandTable, _ language: Language, width terminal: Int = 100) -> String {
        var out = Message(en: "Commands (help NAME for one in full):\n", nl: "Opdrachten (hulp NAAM voor één in het geheel):\n").text(language)
        let width = table.commands.map { $0.displayName(language).count }.max() ?? 0
        for group in CommandSpec.Group.allCases {
            let entries = table.commands.filter { $0.group == group }
            if entries.isEmpty { continue }
            out += "\n" + group.title.text(language) + "\n"
            for c in entries {
                let name = c.displayName(language)
                let pad = String(repeating: " ", count: width - name.count)
                out += entry("  " + name + pad + "  ", c.summary.text(language), width: terminal)
            }
        }
        var notes = Message(en: "\nFunctions: help functions. Comments start with #. Ctrl-C cancels, Ctrl-D quits.\n",
                            nl: "\nFuncties: hulp functies. Commentaar begint met #. Ctrl-C breekt af, Ctrl-D sluit af.\n").text(language)
        notes += Message(en: "Language: --lang nl|en, else the dossier's \"language\", else LANG; English and Dutch names are accepted in both (docs/language.md).",
                         nl: "Taal: --lang nl|en, anders de \"language\" van het dossier, anders LANG; Nederlandse en Engelse namen werken in beide (docs/language.md).").text(language)
        return out + TextLayout.fitted(notes, width: terminal) + "\n"
    }

    package static func command(_ c: CommandSpec, _ language: Language, width: Int = 100) -> String {
        let words = Message(en: "usage:   |aliases: |options:|example: ", nl: "gebruik: |ook:     |opties: |voorbeeld: ")
            .text(language).split(separator: "|").map(String.init)
        var out = TextLayout.fitted(c.displayName(language) + " — " + c.summary.text(language), width: width) + "\n\n"
            + entry(words[0], c.usage(in: language), width: width)
        // The other language's name is an alias too: both are accepted in every session.
        let other = language == .nl ? [c.name] : c.dutchName.map { [$0] } ?? []
        let aliases = (language == .nl && c.dutchName == nil ? [] : other) + c.aliases
        if !aliases.isEmpty { out += entry(words[1], aliases.joined(separator: ", "), width: width) }
        if !c.options.isEmpty {
            out += words[2] + "\n"
            for o in c.options { out += entry("  " + o.usage + "  ", o.summary.text(language), width: width) }
        }
        if let d = c.details { out += "\n" + TextLayout.fitted(d.text(language), width: width) + "\n" }
        let indent = "\n" + String(repeating: " ", count: words[3].count)
        let example = c.example.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { codeLines(String($0), width: width - words[3].count) }.joined(separator: indent)
        out += "\n" + words[3] + example + "\n"
        return out
    }

    /// A line of code broken to fit: at blanks outside quotes, each broken line ending in the
    /// line continuation " \\", so that it can still be copied and run as written.
    static func codeLines(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        var parts: [String] = [], current = "", quote: Character?
        for c in line {
            if c == " ", quote == nil {
                parts.append(current)
                current = ""
                continue
            }
            if c == "\"" || c == "'" { quote = quote == nil ? c : (quote == c ? nil : quote) }
            current.append(c)
        }
        parts.append(current)
        var lines: [String] = [], text = ""
        for part in parts {
            if !text.isEmpty, text.count + 1 + part.count + 2 > width {
                lines.append(text + " \\")
                text = "  " + part
            } else {
                text += text.isEmpty ? part : " " + part
            }
        }
        return lines + [text]
    }

    package static func functionList(_ table: FunctionTable, _ language: Language, width terminal: Int = 100) -> String {
        let width = table.functions.map(\.signature.count).max() ?? 0
        var out = Message(en: "Functions (help NAME for one in full):\n", nl: "Functies (hulp NAAM voor één in het geheel):\n").text(language)
        for f in table.functions {
            let pad = String(repeating: " ", count: width - f.signature.count)
            out += entry("  " + f.signature + pad + "  ", f.summary.text(language), width: terminal)
        }
        return out
    }

    package static func function(_ f: FunctionSpec, _ language: Language, width: Int = 100) -> String {
        let words = Message(en: "usage:   |example: ", nl: "gebruik: |voorbeeld: ").text(language).split(separator: "|").map(String.init)
        return TextLayout.fitted(f.name + " — " + f.summary.text(language), width: width) + "\n\n"
            + entry(words[0], f.signature, width: width) + words[1] + f.example + "\n"
    }
}

extension String {
    fileprivate var trimmingTrailingBlanks: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

struct HelpArguments: CommandArguments {
    static let topic = SlotName("topic")
    let topic: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) { topic = try a.optionalWord(Self.topic) }
}
