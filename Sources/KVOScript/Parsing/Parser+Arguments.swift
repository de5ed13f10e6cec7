import KVOModel

/// Reading a command's arguments by walking the slots of its `CommandSpec`.
extension Parser {
    mutating func parseArguments(of spec: CommandSpec, named nameToken: Token) throws(Diagnostic) -> ParsedArguments {
        var args = ParsedArguments()
        try parseOptions(of: spec, into: &args)
        for slot in spec.syntax {
            try parseSlot(slot, of: spec, into: &args)
            try parseOptions(of: spec, into: &args)
        }
        try parseClausesOutOfOrder(of: spec, into: &args)
        guard atEndOfStatement else {
            if case .invalid(let message, let hint) = token.kind { throw error(message, hint: hint) }
            let found = token.kind.described
            throw error(Message(en: "expected the end of '\(spec.name)', found \(found.en)", nl: "verwacht het einde van '\(spec.name)', maar vond \(found.nl)"),
                        hint: Message(en: "usage: ", nl: "gebruik: ") + spec.usage)
        }
        return args
    }

    /// Clauses (optional groups that start with a word: `where`, `sort`, `limit`, `fields`, `as`)
    /// may come in any order: those left after the slots were walked in order are read here,
    /// each at most once. `list measures as table limit 3` is `list measures limit 3 as table`.
    mutating func parseClausesOutOfOrder(of spec: CommandSpec, into args: inout ParsedArguments) throws(Diagnostic) {
        let clauses = spec.syntax.compactMap { slot -> (word: String, slot: Slot)? in
            if case .optional(let inner) = slot, case .literal(let word)? = inner.first, word != "," { return (word, slot) }
            return nil
        }
        guard !clauses.isEmpty else { return }
        while !atEndOfStatement, let clause = clauses.first(where: { matchesLiteral($0.word) }) {
            if args.values[clause.word] != nil {
                throw error(Message(en: "'\(clause.word)' is given twice", nl: "'\(DutchNames.clauses[clause.word] ?? clause.word)' staat er twee keer"),
                            hint: Message(en: "usage: ", nl: "gebruik: ") + spec.usage)
            }
            try parseSlot(clause.slot, of: spec, into: &args)
            try parseOptions(of: spec, into: &args)
        }
    }

    mutating func parseOptions(of spec: CommandSpec, into args: inout ParsedArguments) throws(Diagnostic) {
        while case .option(let name) = token.kind {
            let optionToken = token
            guard let option = spec.option(name) else {
                let known = spec.options.map { "--" + $0.name }
                let phrase = Suggestion.phrase(for: "--" + name, in: known)
                throw error(Message(en: "'\(spec.name)' has no option '--\(name)'", nl: "'\(spec.name)' heeft geen optie '--\(name)'") + phrase,
                            hint: known.isEmpty ? Message(en: "'\(spec.name)' takes no options", nl: "'\(spec.name)' heeft geen opties")
                                : Message(en: "options: ", nl: "opties: ") + known.joined(separator: ", "))
            }
            var value: ParsedArguments.Word?
            if option.value != nil {
                // A text value may hold commas: a list (`--present MB-1,MB-2`), a decimal comma.
                guard let word = try readWord(allowingCommas: option.value == .text) else {
                    throw unexpected(expected: Message(en: "a value after '--\(name)'", nl: "een waarde na '--\(name)'"),
                                     hint: Message(en: "usage: ", nl: "gebruik: ") + spec.usage)
                }
                value = word
            } else {
                try advance()
            }
            args.options[name] = ParsedArguments.Option(name: name, location: optionToken.location, value: value)
        }
    }

    mutating func canStart(_ slot: Slot) throws(Diagnostic) -> Bool {
        switch slot {
        case .expression, .expressions: return canStartExpression
        // `as` starts the output clause (`evidence as table`), never an optional word.
        case .word, .words, .record: return !atEndOfStatement && !matchesLiteral("as")
        case .condition: return canStartExpression
        case .string: if case .string = token.kind { return true } else { return false }
        case .literal(let text): return matchesLiteral(text)
        case .optional(let slots): return try slots.first.map { s throws(Diagnostic) in try canStart(s) } ?? false
        case .assignments, .fieldValues:
            guard case .identifier = token.kind else { return false }
            return try peek().kind == .symbol(.assign)
        }
    }

    /// Whether the token is the clause word `text` (`where`), or its Dutch name (`waar`,
    /// DutchNames.clauses): both are accepted in every session.
    func matchesLiteral(_ text: String) -> Bool {
        switch token.kind {
        case .symbol(let s): s.rawValue == text
        case .identifier(let name): name == text || name.lowercased() == DutchNames.clauses[text]
        case .keyword(let k): k.rawValue == text
        default: false
        }
    }

    var canStartExpression: Bool {
        switch token.kind {
        case .identifier, .number, .percent, .date, .quarter, .string: true
        case .keyword(let k): k == .not || k == .true || k == .false || k == .null
        case .symbol(let s): s == .leftParen || s == .leftBracket || s == .minus
        default: false
        }
    }

    mutating func parseSlot(_ slot: Slot, of spec: CommandSpec, into args: inout ParsedArguments) throws(Diagnostic) {
        let missing = { (name: String) -> Message in
            Message(en: "\(name.uppercased()) for '\(spec.name)'", nl: "\(name.uppercased()) voor '\(spec.name)'")
        }
        let usage = Message(en: "usage: ", nl: "gebruik: ") + spec.usage
        switch slot {
        case .expression(let name):
            args.values[name] = .expression(try parseExpression(expected: missing(name), usage: spec.usage))
        case .expressions(let name):
            greaterRedirects = true
            defer { greaterRedirects = false }
            var list: [Expression] = []
            if canStartExpression {
                list.append(try parseExpression(expected: missing(name)))
                while isSymbol(.comma) {
                    try advance()
                    list.append(try parseExpression(expected: Message(en: "another \(name.uppercased()) after ','", nl: "nog een \(name.uppercased()) na ','")))
                }
            }
            args.values[name] = .expressions(list)
        case .word(let name, let kind):
            guard var word = try readWord(allowingCommas: kind == .fieldList) else {
                throw unexpected(expected: missing(name), hint: usage)
            }
            // A choice typed by its Dutch name (`als tabel`, `stopwatch aan`) is read as its code.
            if case .choice(let options) = kind, let code = DutchNames.choice(word.text, among: options) { word.text = code }
            args.values[name] = .word(word)
        case .record(let name):
            guard let first = try readWord() else { throw unexpected(expected: missing(name), hint: usage) }
            // `show measure M-3`: a kind before the ID, as people say it.
            if let kind = Schema.dossier.kind(named: first.text), !kind.isSingleton, !first.text.contains("-"), !atEndOfStatement,
               !matchesLiteral("as"), try !canStart(.fieldValues("")), let id = try readWord() {
                args.values["kind"] = .word(first)
                args.values[name] = .word(id)
            } else {
                args.values[name] = .word(first)
            }
        case .string(let name):
            guard case .string(let text) = token.kind else { throw unexpected(expected: Message(en: "a quoted \(name)", nl: "een \(name) tussen aanhalingstekens")) }
            args.values[name] = .word(ParsedArguments.Word(text: text, location: token.location, length: token.length))
            try advance()
        case .condition(let name):
            let saved = equalsCompares
            equalsCompares = true
            defer { equalsCompares = saved }
            args.values[name] = .expression(try parseExpression(expected: missing(name), usage: spec.usage))
        case .fieldValues(let name):
            var list: [ParsedArguments.Assignment] = []
            while try canStart(slot), case .identifier(let field) = token.kind {
                let at = token.location
                try advance() // the field name
                let equals = token
                if case .symbol(.leftParen) = try peek().kind, try peek().start == equals.end {
                    try advance() // '='
                    list.append(.init(name: field, location: at, value: try parseExpression(expected: Message(en: "a value after '\(field)='", nl: "een waarde na '\(field)='"))))
                    continue
                }
                // The value as written, right after '=': a word (commas allowed) or a quoted string.
                lexer.rewind(to: equals)
                lookahead = nil
                _ = try lexer.next() // '='
                let valueStart = try lexer.next()
                if case .string(let text) = valueStart.kind {
                    list.append(.init(name: field, location: at, value: Expression(.literal(.string(text)), at: valueStart.location,
                                                                                     start: valueStart.start, end: valueStart.end)))
                    previousEnd = valueStart.end
                    token = try fetch()
                    continue
                }
                lexer.rewind(to: valueStart)
                guard valueStart.location.column == equals.location.column + 1, valueStart.location.line == equals.location.line,
                      let raw = try lexer.rawWord(allowingCommas: true) else {
                    throw Diagnostic(.syntax, Message(en: "expected a value right after '\(field)='", nl: "verwacht een waarde direct na '\(field)='"),
                                     source: source, at: valueStart.location,
                                     hint: Message(en: "write it without blanks, as \(field)=VALUE, or quote it: \(field)=\"two words\"",
                                                   nl: "schrijf het zonder spaties, als \(field)=WAARDE, of zet het tussen aanhalingstekens: \(field)=\"twee woorden\""))
                }
                list.append(.init(name: field, location: at, value: Expression(.literal(.string(raw.text)), at: raw.location,
                                                                                 start: valueStart.start, end: valueStart.start + raw.length)))
                previousEnd = valueStart.start + raw.length
                token = try fetch()
            }
            args.values[name] = .assignments(list)
        case .words(let name, _):
            var list: [ParsedArguments.Word] = []
            while !atEndOfStatement, !matchesLiteral("as") {
                if case .option = token.kind {
                    try parseOptions(of: spec, into: &args)
                    continue
                }
                guard let word = try readWord() else { break }
                list.append(word)
                if isSymbol(.comma) { try advance() }
            }
            args.values[name] = .words(list)
        case .literal(let text):
            guard matchesLiteral(text) else { throw unexpected(expected: .verbatim("'\(text)'"), hint: usage) }
            try advance()
            args.values[text] = .present
        case .optional(let slots):
            guard try canStart(slot) else { return }
            for s in slots { try parseSlot(s, of: spec, into: &args) }
        case .assignments(let name):
            var list: [ParsedArguments.Assignment] = []
            while try canStart(slot), case .identifier(let field) = token.kind {
                let at = token.location
                try advance()
                try advance() // '='
                list.append(.init(name: field, location: at, value: try parseExpression(expected: Message(en: "a value after '\(field)='", nl: "een waarde na '\(field)='"))))
            }
            args.values[name] = .assignments(list)
        }
    }

    /// A word as written (a path, ID or pattern) or a quoted string.
    mutating func readWord(allowingCommas: Bool = false) throws(Diagnostic) -> ParsedArguments.Word? {
        if case .option = token.kind {} else if atEndOfStatement { return nil }
        if case .string(let text) = token.kind {
            let word = ParsedArguments.Word(text: text, location: token.location, length: token.length)
            try advance()
            return word
        }
        lexer.rewind(to: token)
        lookahead = nil
        if case .option = token.kind {
            // An option's value: the option token itself was read; skip past it.
            _ = try lexer.next()
        }
        guard let raw = try lexer.rawWord(allowingCommas: allowingCommas) else {
            token = try fetch()
            return nil
        }
        previousEnd = token.end
        token = try fetch()
        return ParsedArguments.Word(text: raw.text, location: raw.location, length: raw.length)
    }
}
