import KVOModel

/// Reads a script into statements, following docs/language.md (the grammar there is the truth
/// this parser follows). Commands are parsed by walking the slots of their `CommandSpec`.
public struct Parser {
    private var lexer: Lexer
    private var token: Token
    private var lookahead: Token?
    private var previousEnd = 0
    /// In a `where` condition `=` compares, as in SQL.
    private var equalsCompares = false
    /// Inside parentheses or brackets line breaks do not end a statement.
    private var nesting: [(symbol: Symbol, location: SourceLocation)] = []
    private let commands: CommandTable
    private var source: SourceFile { lexer.source }

    public static func parse(_ source: SourceFile, commands: CommandTable = .standard) throws(Diagnostic) -> Program {
        var parser = try Parser(source, commands: commands)
        return try parser.parseProgram()
    }

    init(_ source: SourceFile, commands: CommandTable) throws(Diagnostic) {
        self.lexer = Lexer(source)
        self.commands = commands
        self.token = Token(kind: .eof, location: SourceLocation(line: 1, column: 1), start: 0, end: 0)
        try advance()
    }

    // MARK: tokens

    private mutating func fetch() throws(Diagnostic) -> Token {
        var t = try lexer.next()
        while !nesting.isEmpty, t.kind == .newline { t = try lexer.next() }
        return t
    }

    private mutating func advance() throws(Diagnostic) {
        previousEnd = token.end
        if let next = lookahead {
            token = next
            lookahead = nil
        } else {
            token = try fetch()
        }
    }

    private mutating func peek() throws(Diagnostic) -> Token {
        if let lookahead { return lookahead }
        let next = try fetch()
        lookahead = next
        return next
    }

    private func error(_ message: String, at t: Token? = nil, hint: String? = nil) -> Diagnostic {
        let t = t ?? token
        return Diagnostic(.syntax, message, source: source, at: t.location, length: t.length, hint: hint)
    }

    private var atEndOfStatement: Bool { token.kind == .newline || token.kind == .eof }

    private mutating func skipNewlines() throws(Diagnostic) {
        while token.kind == .newline { try advance() }
    }

    private func isKeyword(_ k: Keyword) -> Bool { token.kind == .keyword(k) }
    private func isSymbol(_ s: Symbol) -> Bool { token.kind == .symbol(s) }

    private mutating func expect(_ s: Symbol, _ what: String) throws(Diagnostic) {
        guard isSymbol(s) else { throw unexpected(expected: "'\(s.rawValue)' \(what)") }
        try advance()
    }

    /// An error for the current token, or a request for more input when the text ended inside brackets.
    private func unexpected(expected: String, hint: String? = nil) -> Diagnostic {
        if token.kind == .eof, let open = nesting.last {
            return Diagnostic(.syntax, "'\(open.symbol.rawValue)' is not closed", source: source, at: open.location,
                              hint: "close it with '\(open.symbol == .leftParen ? ")" : "]")'", openConstruct: open.symbol.rawValue)
        }
        if case .invalid(let message, let invalidHint) = token.kind {
            return error(message, hint: invalidHint ?? hint)
        }
        return error("expected \(expected), found \(token.kind.described)", hint: hint)
    }

    // MARK: statements

    mutating func parseProgram() throws(Diagnostic) -> Program {
        var statements: [Statement] = []
        try skipNewlines()
        while token.kind != .eof {
            if case .keyword(let k) = token.kind, k == .end || k == .elif || k == .else {
                throw error("'\(k.rawValue)' without an open 'if'\(k == .end ? " or 'for'" : "")")
            }
            statements.append(try parseStatement())
            try endStatement()
            try skipNewlines()
        }
        return Program(source: source, statements: statements)
    }

    private mutating func endStatement() throws(Diagnostic) {
        guard atEndOfStatement else { throw unexpected(expected: "the end of the line") }
    }

    /// Statements up to one of `terminators`, which is left as the current token.
    private mutating func parseBlock(opener: String, at location: SourceLocation, until terminators: [Keyword]) throws(Diagnostic) -> [Statement] {
        var body: [Statement] = []
        while true {
            try skipNewlines()
            if token.kind == .eof {
                throw Diagnostic(.syntax, "'\(opener)' opened at line \(location.line) is not closed", source: source, at: location,
                                 length: opener.count, hint: "end the block with 'end'", openConstruct: opener)
            }
            if case .keyword(let k) = token.kind, terminators.contains(k) { return body }
            if case .keyword(let k) = token.kind, k == .elif || k == .else {
                throw error(opener == "if" ? "'\(k.rawValue)' after 'else': the 'else' branch must come last"
                                           : "'\(k.rawValue)' belongs to an 'if', but the open block is '\(opener)'")
            }
            body.append(try parseStatement())
            try endStatement()
        }
    }

    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let start = token
        switch token.kind {
        case .keyword(.let):
            try advance()
            guard case .identifier(let name) = token.kind else { throw unexpected(expected: "a variable name after 'let'") }
            try advance()
            guard isSymbol(.assign) else {
                throw unexpected(expected: "'=' after 'let \(name)'", hint: "write it as: let \(name) = VALUE")
            }
            try advance()
            let value = try parseExpression(expected: "a value after '='")
            return Statement(.letBinding(name: name, value), at: start.location, length: start.length)

        case .keyword(.if):
            try advance()
            var branches: [(condition: Expression, body: [Statement])] = []
            var otherwise: [Statement]?
            var condition = try parseExpression(expected: "a condition after 'if'")
            while true {
                try endConditionLine(after: "the condition")
                let body = try parseBlock(opener: "if", at: start.location, until: [.elif, .else, .end])
                branches.append((condition, body))
                if isKeyword(.elif) {
                    try advance()
                    condition = try parseExpression(expected: "a condition after 'elif'")
                    continue
                }
                if isKeyword(.else) {
                    try advance()
                    try endConditionLine(after: "'else'")
                    otherwise = try parseBlock(opener: "if", at: start.location, until: [.end])
                }
                try advance() // 'end'
                return Statement(.conditional(branches: branches, otherwise: otherwise), at: start.location, length: 2)
            }

        case .keyword(.for):
            try advance()
            guard case .identifier(let name) = token.kind else { throw unexpected(expected: "a variable name after 'for'") }
            try advance()
            guard isKeyword(.in) else { throw unexpected(expected: "'in' after 'for \(name)'") }
            try advance()
            let sequence = try parseExpression(expected: "a list to loop over after 'in'")
            try endConditionLine(after: "the list")
            let body = try parseBlock(opener: "for", at: start.location, until: [.end])
            try advance()
            return Statement(.loop(variable: name, sequence: sequence, body: body), at: start.location, length: 3)

        case .identifier(let name):
            // `count(goals) > 7` is the function, `count goals` the command.
            let next = try peek()
            let callsFunction = next.kind == .symbol(.leftParen) && next.start == start.end
            if let spec = commands.command(named: name), spec.action != nil, !callsFunction {
                try advance()
                let arguments = try parseArguments(of: spec, named: start)
                return Statement(.command(spec, arguments), at: start.location, length: start.length)
            }
            let expression = try parseExpression(expected: "a command or an expression")
            if !atEndOfStatement, case .variable(let word) = expression.kind {
                let hint = commands.command(named: word) == nil ? "type 'help' for the list of commands" : nil
                throw Diagnostic(.syntax, "unknown command '\(word)'" + Suggestion.phrase(for: word, in: commands.allNames),
                                 source: source, at: start.location, length: start.length, hint: hint)
            }
            return Statement(.expression(expression), at: start.location, length: start.length)

        default:
            let expression = try parseExpression(expected: "a command or an expression")
            return Statement(.expression(expression), at: start.location, length: start.length)
        }
    }

    private mutating func endConditionLine(after what: String) throws(Diagnostic) {
        guard token.kind == .newline else {
            if token.kind == .eof { return } // parseBlock reports the open block
            if token.kind == .symbol(.assign) {
                throw error("'=' assigns; to compare write '=='")
            }
            throw unexpected(expected: "a line break after \(what)", hint: "put the block's statements on the lines below")
        }
    }

    // MARK: command arguments

    private mutating func parseArguments(of spec: CommandSpec, named nameToken: Token) throws(Diagnostic) -> ParsedArguments {
        var args = ParsedArguments()
        try parseOptions(of: spec, into: &args)
        for slot in spec.syntax {
            try parseSlot(slot, of: spec, into: &args)
            try parseOptions(of: spec, into: &args)
        }
        guard atEndOfStatement else {
            if case .invalid(let message, let hint) = token.kind { throw error(message, hint: hint) }
            throw error("expected the end of '\(spec.name)', found \(token.kind.described)", hint: "usage: \(spec.usage)")
        }
        return args
    }

    private mutating func parseOptions(of spec: CommandSpec, into args: inout ParsedArguments) throws(Diagnostic) {
        while case .option(let name) = token.kind {
            let optionToken = token
            guard let option = spec.option(name) else {
                let known = spec.options.map { "--" + $0.name }
                let phrase = Suggestion.phrase(for: "--" + name, in: known)
                throw error("'\(spec.name)' has no option '--\(name)'" + phrase,
                            hint: known.isEmpty ? "'\(spec.name)' takes no options" : "options: " + known.joined(separator: ", "))
            }
            var value: ParsedArguments.Word?
            if option.value != nil {
                guard let word = try readWord() else {
                    throw unexpected(expected: "a value after '--\(name)'", hint: "usage: \(spec.usage)")
                }
                value = word
            } else {
                try advance()
            }
            args.options[name] = ParsedArguments.Option(name: name, location: optionToken.location, value: value)
        }
    }

    private mutating func canStart(_ slot: Slot) throws(Diagnostic) -> Bool {
        switch slot {
        case .expression, .expressions: return canStartExpression
        case .word, .words, .record: return !atEndOfStatement
        case .condition: return canStartExpression
        case .string: if case .string = token.kind { return true } else { return false }
        case .literal(let text): return matchesLiteral(text)
        case .optional(let slots): return try slots.first.map { s throws(Diagnostic) in try canStart(s) } ?? false
        case .assignments, .fieldValues:
            guard case .identifier = token.kind else { return false }
            return try peek().kind == .symbol(.assign)
        }
    }

    private func matchesLiteral(_ text: String) -> Bool {
        switch token.kind {
        case .symbol(let s): s.rawValue == text
        case .identifier(let name): name == text
        case .keyword(let k): k.rawValue == text
        default: false
        }
    }

    private var canStartExpression: Bool {
        switch token.kind {
        case .identifier, .number, .percent, .date, .quarter, .string: true
        case .keyword(let k): k == .not || k == .true || k == .false || k == .null
        case .symbol(let s): s == .leftParen || s == .leftBracket || s == .minus
        default: false
        }
    }

    private mutating func parseSlot(_ slot: Slot, of spec: CommandSpec, into args: inout ParsedArguments) throws(Diagnostic) {
        let missing = { (name: String) -> String in "\(name.uppercased()) for '\(spec.name)'" }
        switch slot {
        case .expression(let name):
            args.values[name] = .expression(try parseExpression(expected: missing(name), usage: spec.usage))
        case .expressions(let name):
            var list: [Expression] = []
            if canStartExpression {
                list.append(try parseExpression(expected: missing(name)))
                while isSymbol(.comma) {
                    try advance()
                    list.append(try parseExpression(expected: "another \(name.uppercased()) after ','"))
                }
            }
            args.values[name] = .expressions(list)
        case .word(let name, let kind):
            guard let word = try readWord(allowingCommas: kind == .fieldList) else {
                throw unexpected(expected: missing(name), hint: "usage: \(spec.usage)")
            }
            args.values[name] = .word(word)
        case .record(let name):
            guard let first = try readWord() else { throw unexpected(expected: missing(name), hint: "usage: \(spec.usage)") }
            // `show measure M-3`: a kind before the ID, as people say it.
            if let kind = Schema.dossier.kind(named: first.text), !kind.isSingleton, !first.text.contains("-"), !atEndOfStatement,
               !matchesLiteral("as"), try !canStart(.fieldValues("")), let id = try readWord() {
                args.values["kind"] = .word(first)
                args.values[name] = .word(id)
            } else {
                args.values[name] = .word(first)
            }
        case .string(let name):
            guard case .string(let text) = token.kind else { throw unexpected(expected: "a quoted \(name)") }
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
                    list.append(.init(name: field, location: at, value: try parseExpression(expected: "a value after '\(field)='")))
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
                    throw Diagnostic(.syntax, "expected a value right after '\(field)='", source: source, at: valueStart.location,
                                     hint: "write it without blanks, as \(field)=VALUE, or quote it: \(field)=\"two words\"")
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
            guard matchesLiteral(text) else { throw unexpected(expected: "'\(text)'", hint: "usage: \(spec.usage)") }
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
                list.append(.init(name: field, location: at, value: try parseExpression(expected: "a value after '\(field)='")))
            }
            args.values[name] = .assignments(list)
        }
    }

    /// A word as written (a path, ID or pattern) or a quoted string.
    private mutating func readWord(allowingCommas: Bool = false) throws(Diagnostic) -> ParsedArguments.Word? {
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

    // MARK: expressions

    mutating func parseExpression(expected: String, usage: String? = nil) throws(Diagnostic) -> Expression {
        guard canStartExpression else {
            throw unexpected(expected: expected, hint: usage.map { "usage: \($0)" })
        }
        return try parseOr()
    }

    private func make(_ kind: Expression.Kind, from first: Expression) -> Expression {
        Expression(kind, at: first.location, start: first.start, end: previousEnd)
    }

    private mutating func parseOr() throws(Diagnostic) -> Expression {
        var left = try parseAnd()
        while isKeyword(.or) {
            try advance()
            let right = try parseOperand(after: "'or'") { p throws(Diagnostic) in try p.parseAnd() }
            left = make(.binary(.or, left, right), from: left)
        }
        return left
    }

    private mutating func parseAnd() throws(Diagnostic) -> Expression {
        var left = try parseNot()
        while isKeyword(.and) {
            try advance()
            let right = try parseOperand(after: "'and'") { p throws(Diagnostic) in try p.parseNot() }
            left = make(.binary(.and, left, right), from: left)
        }
        return left
    }

    private mutating func parseNot() throws(Diagnostic) -> Expression {
        if isKeyword(.not) {
            let start = token
            try advance()
            let operand = try parseOperand(after: "'not'") { p throws(Diagnostic) in try p.parseNot() }
            return Expression(.unary(.not, operand), at: start.location, start: start.start, end: previousEnd)
        }
        return try parseComparison()
    }

    private mutating func comparisonOperator() throws(Diagnostic) -> BinaryOperator? {
        switch token.kind {
        case .symbol(.assign) where equalsCompares:
            return .equal
        case .symbol(let s):
            return BinaryOperator(rawValue: s.rawValue).flatMap { [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains($0) ? $0 : nil }
        case .keyword(.in): return .in
        case .keyword(.not): return try peek().kind == .keyword(.in) ? .notIn : nil
        default: return nil
        }
    }

    private mutating func parseComparison() throws(Diagnostic) -> Expression {
        let left = try parseAdditive()
        if isSymbol(.assign), !equalsCompares {
            throw error("'=' assigns; to compare write '=='", hint: "to set a variable write: let NAME = VALUE")
        }
        guard let op = try comparisonOperator() else { return left }
        try advance()
        if op == .notIn { try advance() }
        let right = try parseOperand(after: "'\(op.rawValue)'") { p throws(Diagnostic) in try p.parseAdditive() }
        if try comparisonOperator() != nil {
            throw error("comparisons cannot be chained", hint: "join them with 'and': a < b and b < c")
        }
        return make(.binary(op, left, right), from: left)
    }

    private mutating func parseAdditive() throws(Diagnostic) -> Expression {
        var left = try parseMultiplicative()
        while case .symbol(let s) = token.kind, s == .plus || s == .minus {
            try advance()
            let right = try parseOperand(after: "'\(s.rawValue)'") { p throws(Diagnostic) in try p.parseMultiplicative() }
            left = make(.binary(s == .plus ? .add : .subtract, left, right), from: left)
        }
        return left
    }

    private mutating func parseMultiplicative() throws(Diagnostic) -> Expression {
        var left = try parseUnary()
        while case .symbol(let s) = token.kind, s == .star || s == .slash {
            try advance()
            let right = try parseOperand(after: "'\(s.rawValue)'") { p throws(Diagnostic) in try p.parseUnary() }
            left = make(.binary(s == .star ? .multiply : .divide, left, right), from: left)
        }
        return left
    }

    private mutating func parseUnary() throws(Diagnostic) -> Expression {
        if isSymbol(.minus) {
            let start = token
            try advance()
            let operand = try parseOperand(after: "'-'") { p throws(Diagnostic) in try p.parseUnary() }
            return Expression(.unary(.negate, operand), at: start.location, start: start.start, end: previousEnd)
        }
        return try parsePostfix()
    }

    private mutating func parseOperand(after what: String, _ parse: (inout Parser) throws(Diagnostic) -> Expression) throws(Diagnostic) -> Expression {
        guard canStartExpression else { throw unexpected(expected: "a value after \(what)") }
        return try parse(&self)
    }

    private mutating func parsePostfix() throws(Diagnostic) -> Expression {
        var value = try parsePrimary()
        while true {
            if isSymbol(.dot) {
                try advance()
                guard case .identifier(let name) = token.kind else { throw unexpected(expected: "a field name after '.'") }
                let at = token.location
                try advance()
                value = make(.member(value, name: name, at: at), from: value)
            } else if isSymbol(.leftBracket) {
                nesting.append((.leftBracket, token.location))
                try advance()
                let index = try parseExpression(expected: "an index inside '[ ]'")
                try closeNesting(.rightBracket)
                value = make(.index(value, index), from: value)
            } else {
                return value
            }
        }
    }

    private mutating func closeNesting(_ closer: Symbol) throws(Diagnostic) {
        guard isSymbol(closer) else { throw unexpected(expected: "'\(closer.rawValue)'") }
        nesting.removeLast()
        try advance()
    }

    private mutating func parsePrimary() throws(Diagnostic) -> Expression {
        let start = token
        func literal(_ v: Value) -> Expression { Expression(.literal(v), at: start.location, start: start.start, end: start.end) }
        switch token.kind {
        case .number(let n): try advance(); return literal(.number(n))
        case .percent(let p): try advance(); return literal(.percent(p))
        case .date(let d): try advance(); return literal(.date(d))
        case .quarter(let q): try advance(); return literal(.quarter(q))
        case .string(let s): try advance(); return literal(.string(s))
        case .keyword(.true): try advance(); return literal(.bool(true))
        case .keyword(.false): try advance(); return literal(.bool(false))
        case .keyword(.null): try advance(); return literal(.null)
        case .identifier(let name):
            try advance()
            guard isSymbol(.leftParen), token.start == start.end else {
                return Expression(.variable(name), at: start.location, start: start.start, end: start.end)
            }
            nesting.append((.leftParen, token.location))
            try advance()
            var arguments: [Expression] = []
            if !isSymbol(.rightParen) {
                arguments.append(try parseExpression(expected: "an argument or ')'"))
                while isSymbol(.comma) {
                    try advance()
                    arguments.append(try parseExpression(expected: "an argument after ','"))
                }
            }
            try closeNesting(.rightParen)
            return Expression(.call(name: name, arguments), at: start.location, start: start.start, end: previousEnd)
        case .symbol(.leftParen):
            nesting.append((.leftParen, token.location))
            try advance()
            let inner = try parseExpression(expected: "an expression after '('")
            try closeNesting(.rightParen)
            return Expression(inner.kind, at: start.location, start: start.start, end: previousEnd)
        case .symbol(.leftBracket):
            nesting.append((.leftBracket, token.location))
            try advance()
            var items: [Expression] = []
            if !isSymbol(.rightBracket) {
                items.append(try parseExpression(expected: "a list item or ']'"))
                while isSymbol(.comma) {
                    try advance()
                    if isSymbol(.rightBracket) { break }
                    items.append(try parseExpression(expected: "a list item after ','"))
                }
            }
            try closeNesting(.rightBracket)
            return Expression(.list(items), at: start.location, start: start.start, end: previousEnd)
        default:
            throw unexpected(expected: "a value")
        }
    }
}
