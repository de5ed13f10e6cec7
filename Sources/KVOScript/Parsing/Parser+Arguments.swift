import KVOModel

/// Reading a command's arguments by walking the slots of its `CommandSpec`.
extension Parser {
    mutating func parseArguments(of spec: CommandSpec, named nameToken: Token) throws(Diagnostic) -> ParsedArguments {
        var args = ParsedArguments()
        try parseOptions(of: spec, into: &args, then: Slot.startMode(of: spec.syntax[...]))
        for i in spec.syntax.indices {
            let following = Slot.startMode(of: spec.syntax[(i + 1)...])
            try parseSlot(spec.syntax[i], of: spec, into: &args, then: following)
            try parseOptions(of: spec, into: &args, then: following)
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
            try parseSlot(clause.slot, of: spec, into: &args, then: .code)
            try parseOptions(of: spec, into: &args, then: .code)
        }
    }

    /// Options where the token is one; the token after them is read in `next` mode.
    mutating func parseOptions(of spec: CommandSpec, into args: inout ParsedArguments, then next: Lexer.Mode) throws(Diagnostic) {
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
                try advance(.optionValue(commas: option.value == .text))
                guard let word = try readWord(then: next) else {
                    throw unexpected(expected: Message(en: "a value after '--\(name)'", nl: "een waarde na '--\(name)'"),
                                     hint: Message(en: "usage: ", nl: "gebruik: ") + spec.usage)
                }
                value = word
            } else {
                try advance(next)
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
        case .identifier(let name), .word(let name): name == text || name.lowercased() == DutchNames.clauses[text]
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
    ///
    /// The token after the slot is read in `next` mode: the start mode of what follows. Slots
    /// that end in an expression (or a field value) leave a `.code` token, so only `.code`
    /// slots follow them (CommandTableTests.testNoWordFollowsAnExpression).
    mutating func parseSlot(_ slot: Slot, of spec: CommandSpec, into args: inout ParsedArguments, then next: Lexer.Mode) throws(Diagnostic) {
        switch slot {
        case .expression(let name): args.values[name] = .expression(try parseExpressionSlot(name, of: spec))
        case .expressions(let name): args.values[name] = .expressions(try parseExpressionsSlot(name, of: spec))
        case .word(let name, let kind): args.values[name] = .word(try parseWordSlot(name, kind, of: spec, then: next))
        case .words(let name, _): args.values[name] = .words(try parseWordsSlot(of: spec, into: &args))
        case .literal(let text):
            try parseLiteralSlot(text, of: spec, then: next)
            args.values[text] = .present
        case .optional(let slots): try parseOptionalSlot(slot, slots, of: spec, into: &args, then: next)
        case .assignments(let name): args.values[name] = .assignments(try parseAssignmentsSlot(slot))
        case .fieldValues(let name): args.values[name] = .assignments(try parseFieldValuesSlot(slot))
        case .condition(let name): args.values[name] = .expression(try parseConditionSlot(name, of: spec))
        case .string(let name): args.values[name] = .word(try parseStringSlot(name, then: next))
        case .record(let name): try parseRecordSlot(name, of: spec, into: &args, then: next)
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
    mutating func parseWordSlot(_ name: String, _ kind: WordKind, of spec: CommandSpec, then next: Lexer.Mode) throws(Diagnostic) -> ParsedArguments.Word {
        guard var word = try readWord(then: next) else {
            throw unexpected(expected: missing(name, of: spec), hint: usageHint(spec))
        }
        // A choice typed by its Dutch name (`als tabel`, `stopwatch aan`) is read as its code.
        if case .choice(let options) = kind, let code = DutchNames.choice(word.text, among: options) { word.text = code }
        return word
    }

    /// words_slot = { word [ "," ] | OPTION [ option_value ] } ;
    /// (it reads to the end, `as` or `>`, which read alike in every mode)
    mutating func parseWordsSlot(of spec: CommandSpec, into args: inout ParsedArguments) throws(Diagnostic) -> [ParsedArguments.Word] {
        var list: [ParsedArguments.Word] = []
        let wordMode = Lexer.Mode.word(commas: false)
        while !atEndOfStatement, !matchesLiteral("as") {
            if case .option = token.kind {
                try parseOptions(of: spec, into: &args, then: wordMode)
                continue
            }
            guard let word = try readWord(then: wordMode) else { break }
            list.append(word)
            if isSymbol(.comma) { try advance(wordMode) }
        }
        return list
    }

    /// literal_slot = ? the declared text, matching one symbol, IDENTIFIER or keyword token ? ;
    mutating func parseLiteralSlot(_ text: String, of spec: CommandSpec, then next: Lexer.Mode) throws(Diagnostic) {
        guard matchesLiteral(text) else { throw unexpected(expected: .verbatim("'\(text)'"), hint: usageHint(spec)) }
        try advance(next)
    }

    /// optional_slot = [ slot { slot } ] ;
    mutating func parseOptionalSlot(_ slot: Slot, _ slots: [Slot], of spec: CommandSpec, into args: inout ParsedArguments,
                                    then next: Lexer.Mode) throws(Diagnostic) {
        guard try canStart(slot) else { return }
        for i in slots.indices {
            try parseSlot(slots[i], of: spec, into: &args, then: Slot.startMode(of: slots[(i + 1)...], else: next))
        }
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

    /// field_value = RAW_LIST | STRING | expression ;   (the token is the '=' after the field's name;
    /// RAW_LIST touches it, as does the "(" that starts an expression)
    mutating func parseFieldValue(of field: String, at: SourceLocation) throws(Diagnostic) -> ParsedArguments.Assignment {
        let equals = token
        try advance(.fieldValue)
        let text: String
        switch token.kind {
        case .symbol(.leftParen): // touching: `.fieldValue` reads a '(' after a blank as a word
            return .init(name: field, location: at, value: try parseExpression(expected: Message(en: "a value after '\(field)='", nl: "een waarde na '\(field)='")))
        case .string(let quoted): text = quoted
        case .word(let raw) where token.start == equals.end: text = raw
        default:
            throw Diagnostic(.syntax, Message(en: "expected a value right after '\(field)='", nl: "verwacht een waarde direct na '\(field)='"),
                             source: source, at: token.location,
                             hint: Message(en: "write it without blanks, as \(field)=VALUE, or quote it: \(field)=\"two words\"",
                                           nl: "schrijf het zonder spaties, als \(field)=WAARDE, of zet het tussen aanhalingstekens: \(field)=\"twee woorden\""))
        }
        let value = Expression(.literal(.string(text)), at: token.location, start: token.start, end: token.end)
        try advance()
        return .init(name: field, location: at, value: value)
    }

    /// condition_slot = condition ;   condition = expression ;   (in which "=" compares)
    mutating func parseConditionSlot(_ name: String, of spec: CommandSpec) throws(Diagnostic) -> Expression {
        let saved = equalsCompares
        equalsCompares = true
        defer { equalsCompares = saved }
        return try parseExpression(expected: missing(name, of: spec), usage: spec.usage)
    }

    /// string_slot = STRING ;
    mutating func parseStringSlot(_ name: String, then next: Lexer.Mode) throws(Diagnostic) -> ParsedArguments.Word {
        guard case .string(let text) = token.kind else { throw unexpected(expected: Message(en: "a quoted \(name)", nl: "een \(name) tussen aanhalingstekens")) }
        let word = ParsedArguments.Word(text: text, location: token.location, length: token.length)
        try advance(next)
        return word
    }

    /// record_slot = [ word ] word ;   (the first is the KIND only when it names one, holds no
    /// "-", and another word follows that does not start a FIELD=VALUE pair)
    mutating func parseRecordSlot(_ name: String, of spec: CommandSpec, into args: inout ParsedArguments, then next: Lexer.Mode) throws(Diagnostic) {
        // `show measure M-3`: a kind before the ID, as people say it. Which words name a kind
        // the command table says (the parser knows no schema).
        let namesKind = wordText.map { !$0.contains("-") && commands.namesRecordKind($0) } ?? false
        guard let first = try readWord(then: namesKind ? .recordID : next) else { throw unexpected(expected: missing(name, of: spec), hint: usageHint(spec)) }
        if namesKind, !atEndOfStatement, !matchesLiteral("as"), try !canStart(.fieldValues("")), let id = try readWord(then: next) {
            args.values[SlotName.recordKind.text] = .word(first)
            args.values[name] = .word(id)
        } else {
            args.values[name] = .word(first)
        }
    }

    /// The text of the word or quoted string at the token.
    var wordText: String? {
        switch token.kind {
        case .word(let text), .string(let text): text
        default: nil
        }
    }

    /// The word or quoted string at the token, read in a word mode; the token after it is read
    /// in `next` mode. Nil at the end of the statement, a leading ',' or an option.
    mutating func readWord(then next: Lexer.Mode) throws(Diagnostic) -> ParsedArguments.Word? {
        guard let text = wordText else { return nil }
        let word = ParsedArguments.Word(text: text, location: token.location, length: token.length)
        try advance(next)
        return word
    }
}

extension Slot {
    /// How the lexer reads the first token of this slot: a word slot reads words as written;
    /// the rest (expressions, clause words, strings, FIELD=VALUE) read as `.code`.
    var startMode: Lexer.Mode {
        switch self {
        case .word(_, let kind): .word(commas: kind == .fieldList)
        case .words, .record: .word(commas: false)
        case .optional(let slots): Slot.startMode(of: slots[...])
        case .expression, .expressions, .literal, .assignments, .fieldValues, .condition, .string: .code
        }
    }

    /// The start mode of the first of `slots`, or `otherwise` when there is none.
    static func startMode(of slots: ArraySlice<Slot>, else otherwise: Lexer.Mode = .code) -> Lexer.Mode {
        slots.first.map(\.startMode) ?? otherwise
    }
}
