import KVOModel

/// Reads a script into statements, following docs/language.md (the grammar there is the truth
/// this parser follows). Commands are parsed by walking the slots of their `CommandSpec`.
public struct Parser {
    var lexer: Lexer
    var token: Token
    var lookahead: Token?
    var previousEnd = 0
    /// In a `where` condition `=` compares, as in SQL.
    var equalsCompares = false
    /// Inside parentheses or brackets line breaks do not end a statement.
    var nesting: [(symbol: Symbol, location: SourceLocation)] = []
    let commands: CommandTable
    var source: SourceFile { lexer.source }

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

    mutating func fetch() throws(Diagnostic) -> Token {
        var t = try lexer.next()
        while !nesting.isEmpty, t.kind == .newline { t = try lexer.next() }
        return t
    }

    mutating func advance() throws(Diagnostic) {
        previousEnd = token.end
        if let next = lookahead {
            token = next
            lookahead = nil
        } else {
            token = try fetch()
        }
    }

    mutating func peek() throws(Diagnostic) -> Token {
        if let lookahead { return lookahead }
        let next = try fetch()
        lookahead = next
        return next
    }

    func error(_ message: Message, at t: Token? = nil, hint: Message? = nil) -> Diagnostic {
        let t = t ?? token
        return Diagnostic(.syntax, message, source: source, at: t.location, length: t.length, hint: hint)
    }

    @available(*, deprecated, message: "write the message in both languages: Message(en:nl:)")
    func error(_ message: String, at t: Token? = nil, hint: String? = nil) -> Diagnostic {
        error(Message.verbatim(message), at: t, hint: hint.map(Message.verbatim))
    }

    var atEndOfStatement: Bool { token.kind == .newline || token.kind == .eof }

    mutating func skipNewlines() throws(Diagnostic) {
        while token.kind == .newline { try advance() }
    }

    func isKeyword(_ k: Keyword) -> Bool { token.kind == .keyword(k) }
    func isSymbol(_ s: Symbol) -> Bool { token.kind == .symbol(s) }

    mutating func expect(_ s: Symbol, _ what: String) throws(Diagnostic) {
        guard isSymbol(s) else { throw unexpected(expected: "'\(s.rawValue)' \(what)") }
        try advance()
    }

    /// An error for the current token, or a request for more input when the text ended inside brackets.
    func unexpected(expected: String, hint: String? = nil) -> Diagnostic {
        if token.kind == .eof, let open = nesting.last {
            return Diagnostic(.syntax, "'\(open.symbol.rawValue)' is not closed", source: source, at: open.location,
                              hint: "close it with '\(open.symbol == .leftParen ? ")" : "]")'", openConstruct: open.symbol.rawValue)
        }
        if case .invalid(let message, let invalidHint) = token.kind {
            return error(message, hint: invalidHint ?? hint.map(Message.verbatim))
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

    mutating func endStatement() throws(Diagnostic) {
        guard atEndOfStatement else { throw unexpected(expected: "the end of the line") }
    }

    /// Statements up to one of `terminators`, which is left as the current token.
    mutating func parseBlock(opener: String, at location: SourceLocation, until terminators: [Keyword]) throws(Diagnostic) -> [Statement] {
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
                let hint = commands.command(named: word) == nil
                    ? Message(en: "type 'help' for the list of commands", nl: "typ 'hulp' voor de lijst van opdrachten") : nil
                throw Diagnostic(.syntax, Message(en: "unknown command '\(word)'", nl: "onbekende opdracht '\(word)'") + Suggestion.phrase(for: word, in: commands.allNames),
                                 source: source, at: start.location, length: start.length, hint: hint)
            }
            return Statement(.expression(expression), at: start.location, length: start.length)

        default:
            let expression = try parseExpression(expected: "a command or an expression")
            return Statement(.expression(expression), at: start.location, length: start.length)
        }
    }

    mutating func endConditionLine(after what: String) throws(Diagnostic) {
        guard token.kind == .newline else {
            if token.kind == .eof { return } // parseBlock reports the open block
            if token.kind == .symbol(.assign) {
                throw error("'=' assigns; to compare write '=='")
            }
            throw unexpected(expected: "a line break after \(what)", hint: "put the block's statements on the lines below")
        }
    }
}
