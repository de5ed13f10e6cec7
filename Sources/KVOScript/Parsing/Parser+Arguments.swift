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

    // One parse function per slot kind, each under its rule in docs/language.md ("Grammar").

    /// slot = expression_slot | expressions_slot | word_slot | words_slot | literal_slot
    ///      | optional_slot | assignments_slot | fieldvalues_slot | condition_slot
    ///      | string_slot | record_slot ;
    mutating func parseSlot(_ slot: Slot, of spec: CommandSpec, into args: inout ParsedArguments) throws(Diagnostic) {
        switch slot {
        case .expression(let name): args.values[name] = .expression(try parseExpressionSlot(name, of: spec))
        case .expressions(let name): args.values[name] = .expressions(try parseExpressionsSlot(name, of: spec))
        case .word(let name, let kind): args.values[name] = .word(try parseWordSlot(name, kind, of: spec))
        case .words(let name, _): args.values[name] = .words(try parseWordsSlot(of: spec, into: &args))
        case .literal(let text):
            try parseLiteralSlot(text, of: spec)
            args.values[text] = .present
        case .optional(let slots): try parseOptionalSlot(slot, slots, of: spec, into: &args)
        case .assignments(let name): args.values[name] = .assignments(try parseAssignmentsSlot(slot))
        case .fieldValues(let name): args.values[name] = .assignments(try parseFieldValuesSlot(slot))
        case .condition(let name): args.values[name] = .expression(try parseConditionSlot(name, of: spec))
        case .string(let name): args.values[name] = .word(try parseStringSlot(name))
        case .record(let name): try parseRecordSlot(name, of: spec, into: &args)
        }
    }

    /// "NAME for 'command'": what a slot expected when it is missing.
    private func missing(_ name: String, of spec: CommandSpec) -> Message {
        Message(en: "\(name.uppercased()) for '\(spec.name)'", nl: "\(name.uppercased()) voor '\(spec.name)'")
    }

    private func usageHint(_ spec: CommandSpec) -> Message { Message(en: "usage: ", nl: "gebruik: ") + spec.usage }

    /// expression_slot = expression ;
    mutating func parseExpressionSlot(_ name: String, of spec: CommandSpec) throws(Diagnostic) -> Expression {
        try parseExpression(expected: missing(name, of: spec), usage: spec.usage)
    }

    /// expressions_slot = [ expression { "," expression } ] ;
    mutating func parseExpressionsSlot(_ name: String, of spec: CommandSpec) throws(Diagnostic) -> [Expression] {
        greaterRedirects = true
        defer { greaterRedirects = false }
        var list: [Expression] = []
        guard canStartExpression else { return list }
        list.append(try parseExpression(expected: missing(name, of: spec)))
        while isSymbol(.comma) {
            try advance()
            list.append(try parseExpression(expected: Message(en: "another \(name.uppercased()) after ','", nl: "nog een \(name.uppercased()) na ','")))
        }
        return list
    }

    /// word_slot = word | field_list ;
    mutating func parseWordSlot(_ name: String, _ kind: WordKind, of spec: CommandSpec) throws(Diagnostic) -> ParsedArguments.Word {
        guard var word = try readWord(allowingCommas: kind == .fieldList) else {
            throw unexpected(expected: missing(name, of: spec), hint: usageHint(spec))
        }
        // A choice typed by its Dutch name (`als tabel`, `stopwatch aan`) is read as its code.
        if case .choice(let options) = kind, let code = DutchNames.choice(word.text, among: options) { word.text = code }
        return word
    }

    /// words_slot = { word [ "," ] | OPTION [ option_value ] } ;
    mutating func parseWordsSlot(of spec: CommandSpec, into args: inout ParsedArguments) throws(Diagnostic) -> [ParsedArguments.Word] {
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
        return list
    }

    /// literal_slot = ? the declared text, matching one symbol, IDENTIFIER or keyword token ? ;
    mutating func parseLiteralSlot(_ text: String, of spec: CommandSpec) throws(Diagnostic) {
        guard matchesLiteral(text) else { throw unexpected(expected: .verbatim("'\(text)'"), hint: usageHint(spec)) }
        try advance()
    }

    /// optional_slot = [ slot { slot } ] ;
    mutating func parseOptionalSlot(_ slot: Slot, _ slots: [Slot], of spec: CommandSpec, into args: inout ParsedArguments) throws(Diagnostic) {
        guard try canStart(slot) else { return }
        for s in slots { try parseSlot(s, of: spec, into: &args) }
    }

    /// assignments_slot = { IDENTIFIER "=" expression } ;
    mutating func parseAssignmentsSlot(_ slot: Slot) throws(Diagnostic) -> [ParsedArguments.Assignment] {
        var list: [ParsedArguments.Assignment] = []
        while try canStart(slot), case .identifier(let field) = token.kind {
            let at = token.location
            try advance()
            try advance() // '='
            list.append(.init(name: field, location: at, value: try parseExpression(expected: Message(en: "a value after '\(field)='", nl: "een waarde na '\(field)='"))))
        }
        return list
    }

    /// fieldvalues_slot = { IDENTIFIER "=" field_value } ;
    mutating func parseFieldValuesSlot(_ slot: Slot) throws(Diagnostic) -> [ParsedArguments.Assignment] {
        var list: [ParsedArguments.Assignment] = []
        while try canStart(slot), case .identifier(let field) = token.kind {
            let at = token.location
            try advance() // the field name
            list.append(try parseFieldValue(of: field, at: at))
        }
        return list
    }

    /// field_value = RAW_LIST | STRING | expression ;   (the token is the '=' after the field's name)
    mutating func parseFieldValue(of field: String, at: SourceLocation) throws(Diagnostic) -> ParsedArguments.Assignment {
        let equals = token
        if case .symbol(.leftParen) = try peek().kind, try peek().start == equals.end {
            try advance() // '='
            return .init(name: field, location: at, value: try parseExpression(expected: Message(en: "a value after '\(field)='", nl: "een waarde na '\(field)='")))
        }
        // The value as written, right after '=': a word (commas allowed) or a quoted string.
        lexer.rewind(to: equals)
        lookahead = nil
        _ = try lexer.next() // '='
        let valueStart = try lexer.next()
        if case .string(let text) = valueStart.kind {
            previousEnd = valueStart.end
            token = try fetch()
            return .init(name: field, location: at, value: Expression(.literal(.string(text)), at: valueStart.location,
                                                                    start: valueStart.start, end: valueStart.end))
        }
        lexer.rewind(to: valueStart)
        guard valueStart.location.column == equals.location.column + 1, valueStart.location.line == equals.location.line,
              let raw = try lexer.rawWord(allowingCommas: true) else {
            throw Diagnostic(.syntax, Message(en: "expected a value right after '\(field)='", nl: "verwacht een waarde direct na '\(field)='"),
                             source: source, at: valueStart.location,
                             hint: Message(en: "write it without blanks, as \(field)=VALUE, or quote it: \(field)=\"two words\"",
                                           nl: "schrijf het zonder spaties, als \(field)=WAARDE, of zet het tussen aanhalingstekens: \(field)=\"twee woorden\""))
        }
        previousEnd = valueStart.start + raw.length
        token = try fetch()
        return .init(name: field, location: at, value: Expression(.literal(.string(raw.text)), at: raw.location,
                                                                start: valueStart.start, end: valueStart.start + raw.length))
    }

    /// condition_slot = condition ;   condition = expression ;   (in which "=" compares)
    mutating func parseConditionSlot(_ name: String, of spec: CommandSpec) throws(Diagnostic) -> Expression {
        let saved = equalsCompares
        equalsCompares = true
        defer { equalsCompares = saved }
        return try parseExpression(expected: missing(name, of: spec), usage: spec.usage)
    }

    /// string_slot = STRING ;
    mutating func parseStringSlot(_ name: String) throws(Diagnostic) -> ParsedArguments.Word {
        guard case .string(let text) = token.kind else { throw unexpected(expected: Message(en: "a quoted \(name)", nl: "een \(name) tussen aanhalingstekens")) }
        let word = ParsedArguments.Word(text: text, location: token.location, length: token.length)
        try advance()
        return word
    }

    /// record_slot = [ word ] word ;   (the first is the KIND only when it names one, holds no
    /// "-", and another word follows that does not start a FIELD=VALUE pair)
    mutating func parseRecordSlot(_ name: String, of spec: CommandSpec, into args: inout ParsedArguments) throws(Diagnostic) {
        guard let first = try readWord() else { throw unexpected(expected: missing(name, of: spec), hint: usageHint(spec)) }
        // `show measure M-3`: a kind before the ID, as people say it.
        if let kind = Schema.dossier.kind(named: first.text), !kind.isSingleton, !first.text.contains("-"), !atEndOfStatement,
           !matchesLiteral("as"), try !canStart(.fieldValues("")), let id = try readWord() {
            args.values[SlotName.recordKind.text] = .word(first)
            args.values[name] = .word(id)
        } else {
            args.values[name] = .word(first)
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
