import KVOModel

/// Reads a script into statements, following docs/language.md (the grammar there is the truth
/// this parser follows). Commands are parsed by walking the slots of their `CommandSpec`.
package struct Parser {
    var lexer: Lexer
    var token: Token
    var lookahead: Token?
    var previousEnd = 0
    /// In a `where` condition `=` compares, as in SQL.
    var equalsCompares = false
    /// Inside parentheses or brackets line breaks do not end a statement.
    var nesting: [(symbol: Symbol, location: SourceLocation)] = []
    /// How deep the parser has recursed into an expression, and how many blocks are open: both
    /// bounded so that hostile input gets an error instead of overflowing the stack (issue 12).
    var recursion = 0
    var openBlocks = 0
    /// The deepest expression tree, parenthesis nesting or block nesting accepted. Real scripts
    /// stay far below; the stack holds several times this many levels (HostileInputTests).
    static let maxDepth = 64
    static let maxTreeDepth = 256
    let commands: CommandTable
    var source: SourceFile { lexer.source }

    package static func parse(_ source: SourceFile, commands: CommandTable = .standard) throws(Diagnostic) -> Program {
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

    /// The next token from the lexer, read in `mode`.
    mutating func fetch(_ mode: Lexer.Mode = .code) throws(Diagnostic) -> Token {
        lexer.mode = mode
        var t = try lexer.next()
        while !nesting.isEmpty, t.kind == .newline { t = try lexer.next() }
        return t
    }

    /// Moves to the next token, read in `mode` (a command argument is read as a word: the
    /// parser knows from the slot it fills). A token peeked at was read as `.code`; no slot
    /// peeks where a word follows.
    mutating func advance(_ mode: Lexer.Mode = .code) throws(Diagnostic) {
        previousEnd = token.end
        if let next = lookahead {
            token = next
            lookahead = nil
        } else {
            token = try fetch(mode)
        }
    }

    /// The token after the current one, read as `.code`.
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

    /// Nesting beyond what kvo accepts: blocks, brackets or operators.
    func tooDeep(at location: SourceLocation? = nil, limit: Int = Parser.maxDepth) -> Diagnostic {
        Diagnostic(.syntax, Message(en: "nested too deeply (more than \(limit) levels)", nl: "te diep genest (meer dan \(limit) niveaus)"),
                   source: source, at: location ?? token.location, length: 1,
                   hint: Message(en: "split it up with variables: let part = ...", nl: "splits het op met variabelen: let deel = ..."))
    }

    static let assignNotCompare = Message(en: "'=' assigns; to compare write '=='", nl: "'=' kent toe; vergelijken schrijf je als '=='")

    /// While a command's arguments are read, a `>` outside brackets that no expression takes as
    /// a comparison ends them: the redirection follows (docs/language.md, Output to a file).
    var readingCommand = false
    /// In `echo`'s values (an expressions slot) a `>` outside brackets always redirects, as in a
    /// shell: `echo "done" > log.txt`; a comparison there goes in parentheses.
    var greaterRedirects = false

    var atEndOfStatement: Bool {
        token.kind == .newline || token.kind == .eof || (readingCommand && nesting.isEmpty && isSymbol(.greater))
    }

    mutating func skipNewlines() throws(Diagnostic) {
        while token.kind == .newline { try advance() }
    }

    func isKeyword(_ k: Keyword) -> Bool { token.kind == .keyword(k) }
    func isSymbol(_ s: Symbol) -> Bool { token.kind == .symbol(s) }

    mutating func expect(_ s: Symbol, _ what: Message) throws(Diagnostic) {
        guard isSymbol(s) else { throw unexpected(expected: "'\(s.rawValue)' " + what) }
        try advance()
    }

    /// An error for the current token, or a request for more input when the text ended inside brackets.
    func unexpected(expected: Message, hint: Message? = nil) -> Diagnostic {
        if token.kind == .eof, let open = nesting.last {
            let closer = open.symbol == .leftParen ? ")" : "]"
            return Diagnostic(.syntax, Message(en: "'\(open.symbol.rawValue)' is not closed", nl: "'\(open.symbol.rawValue)' is niet gesloten"),
                              source: source, at: open.location,
                              hint: Message(en: "close it with '\(closer)'", nl: "sluit met '\(closer)'"), openConstruct: open.symbol == .leftParen ? .parenthesis : .bracket)
        }
        if case .invalid(let message, let invalidHint) = token.kind {
            return error(message, hint: invalidHint ?? hint)
        }
        let found = token.kind.described
        return error(Message(en: "expected \(expected.en), found \(found.en)", nl: "verwacht \(expected.nl), maar vond \(found.nl)"), hint: hint)
    }

    // MARK: statements

    /// Grammar (docs/language.md):
    ///
    ///     program = { line NEWLINE } line ;
    ///     line = [ statement ] ;
    mutating func parseProgram() throws(Diagnostic) -> Program {
        var statements: [Statement] = []
        try skipNewlines()
        while token.kind != .eof {
            if case .keyword(let k) = token.kind, k == .end || k == .elif || k == .else {
                throw error(k == .end ? Message(en: "'end' without an open 'if' or 'for'", nl: "'end' zonder open 'if' of 'for'")
                                      : Message(en: "'\(k.rawValue)' without an open 'if'", nl: "'\(k.rawValue)' zonder open 'if'"))
            }
            statements.append(try parseStatement())
            try endStatement()
            try skipNewlines()
        }
        return Program(source: source, statements: statements)
    }

    mutating func endStatement() throws(Diagnostic) {
        guard atEndOfStatement else { throw unexpected(expected: Message(en: "the end of the line", nl: "het einde van de regel")) }
    }

    /// Statements up to one of `terminators`, which is left as the current token.
    ///
    /// Grammar (docs/language.md):
    ///
    ///     block = { line NEWLINE } ;
    mutating func parseBlock(opener: String, at location: SourceLocation, until terminators: [Keyword]) throws(Diagnostic) -> [Statement] {
        openBlocks += 1
        defer { openBlocks -= 1 }
        if openBlocks > Parser.maxDepth { throw tooDeep(at: location) }
        var body: [Statement] = []
        while true {
            try skipNewlines()
            if token.kind == .eof {
                throw Diagnostic(.syntax, Message(en: "'\(opener)' opened at line \(location.line) is not closed",
                                                          nl: "'\(opener)' uit regel \(location.line) is niet gesloten"),
                                 source: source, at: location, length: opener.count,
                                 hint: Message(en: "end the block with 'end'", nl: "sluit het blok af met 'end'"), openConstruct: OpenConstruct(keyword: opener))
            }
            if case .keyword(let k) = token.kind, terminators.contains(k) { return body }
            if case .keyword(let k) = token.kind, k == .elif || k == .else {
                throw error(opener == "if"
                            ? Message(en: "'\(k.rawValue)' after 'else': the 'else' branch must come last",
                                      nl: "'\(k.rawValue)' na 'else': de 'else'-tak moet als laatste komen")
                            : Message(en: "'\(k.rawValue)' belongs to an 'if', but the open block is '\(opener)'",
                                      nl: "'\(k.rawValue)' hoort bij een 'if', maar het open blok is '\(opener)'"))
            }
            body.append(try parseStatement())
            try endStatement()
        }
    }

    /// Grammar (docs/language.md):
    ///
    ///     statement = let_statement
    ///               | if_statement
    ///               | for_statement
    ///               | command
    ///               | expression ;
    mutating func parseStatement() throws(Diagnostic) -> Statement {
        switch token.kind {
        case .keyword(.let): return try parseLet()
        case .keyword(.if): return try parseIf()
        case .keyword(.for): return try parseFor()
        case .identifier(let name):
            // `count(goals) > 7` is the function, `count goals` the command.
            let callsFunction = lookahead.map { $0.kind == .symbol(.leftParen) && $0.start == token.end } ?? lexer.nextCharacterIs("(")
            if let spec = commands.command(named: name), spec.action != nil, !callsFunction { return try parseCommand(spec) }
            return try bareExpression(unknownCommand: true)
        default:
            return try bareExpression(unknownCommand: false)
        }
    }

    /// Grammar (docs/language.md):
    ///
    ///     let_statement = "let" IDENTIFIER "=" expression ;
    mutating func parseLet() throws(Diagnostic) -> Statement {
        let start = token
        try advance()
        guard case .identifier(let name) = token.kind else { throw unexpected(expected: Message(en: "a variable name after 'let'", nl: "een variabelenaam na 'let'")) }
        try advance()
        guard isSymbol(.assign) else {
            throw unexpected(expected: Message(en: "'=' after 'let \(name)'", nl: "'=' na 'let \(name)'"),
                             hint: Message(en: "write it as: let \(name) = VALUE", nl: "schrijf het als: let \(name) = WAARDE"))
        }
        try advance()
        let value = try parseExpression(expected: Message(en: "a value after '='", nl: "een waarde na '='"))
        return Statement(.letBinding(name: name, value), at: start.location, length: start.length)
    }

    /// Grammar (docs/language.md):
    ///
    ///     if_statement = "if" expression NEWLINE block
    ///                    { "elif" expression NEWLINE block }
    ///                    [ "else" NEWLINE block ]
    ///                    "end" ;
    mutating func parseIf() throws(Diagnostic) -> Statement {
        let start = token
        try advance()
        var branches: [(condition: Expression, body: [Statement])] = []
        var otherwise: [Statement]?
        var condition = try parseExpression(expected: Message(en: "a condition after 'if'", nl: "een voorwaarde na 'if'"))
        while true {
            try endConditionLine(after: Message(en: "the condition", nl: "de voorwaarde"))
            let body = try parseBlock(opener: "if", at: start.location, until: [.elif, .else, .end])
            branches.append((condition, body))
            if isKeyword(.elif) {
                try advance()
                condition = try parseExpression(expected: Message(en: "a condition after 'elif'", nl: "een voorwaarde na 'elif'"))
                continue
            }
            if isKeyword(.else) {
                try advance()
                try endConditionLine(after: .verbatim("'else'"))
                otherwise = try parseBlock(opener: "if", at: start.location, until: [.end])
            }
            try advance() // 'end'
            return Statement(.conditional(branches: branches, otherwise: otherwise), at: start.location, length: 2)
        }
    }

    /// Grammar (docs/language.md):
    ///
    ///     for_statement = "for" IDENTIFIER "in" expression NEWLINE block "end" ;
    mutating func parseFor() throws(Diagnostic) -> Statement {
        let start = token
        try advance()
        guard case .identifier(let name) = token.kind else { throw unexpected(expected: Message(en: "a variable name after 'for'", nl: "een variabelenaam na 'for'")) }
        try advance()
        guard isKeyword(.in) else { throw unexpected(expected: Message(en: "'in' after 'for \(name)'", nl: "'in' na 'for \(name)'")) }
        try advance()
        let sequence = try parseExpression(expected: Message(en: "a list to loop over after 'in'", nl: "een lijst om te doorlopen na 'in'"))
        try endConditionLine(after: Message(en: "the list", nl: "de lijst"))
        let body = try parseBlock(opener: "for", at: start.location, until: [.end])
        try advance()
        return Statement(.loop(variable: name, sequence: sequence, body: body), at: start.location, length: 3)
    }

    /// Grammar (docs/language.md):
    ///
    ///     command = command_name arguments [ redirection ] ;
    mutating func parseCommand(_ spec: CommandSpec) throws(Diagnostic) -> Statement {
        let start = token
        try advance(Slot.startMode(of: spec.syntax[...]))
        readingCommand = true
        defer { readingCommand = false }
        let arguments = try parseArguments(of: spec, named: start)
        readingCommand = false
        var statement = Statement(.command(spec, arguments), at: start.location, length: start.length)
        statement.redirection = try parseRedirection()
        return statement
    }

    /// A bare expression, whose value is printed. With `unknownCommand`, a lone name followed
    /// by more text ("ecko 1") is reported as an unknown command.
    mutating func bareExpression(unknownCommand: Bool) throws(Diagnostic) -> Statement {
        let start = token
        let expression = try parseExpression(expected: Message(en: "a command or an expression", nl: "een opdracht of een expressie"))
        if unknownCommand, !atEndOfStatement, case .variable(let word) = expression.kind {
            let hint = commands.command(named: word) == nil
                ? Message(en: "type 'help' for the list of commands", nl: "typ 'hulp' voor de lijst van opdrachten") : nil
            throw Diagnostic(.syntax, Message(en: "unknown command '\(word)'", nl: "onbekende opdracht '\(word)'") + Suggestion.phrase(for: word, in: commands.allNames),
                             source: source, at: start.location, length: start.length, hint: hint)
        }
        return Statement(.expression(expression), at: start.location, length: start.length)
    }

    mutating func endConditionLine(after what: Message) throws(Diagnostic) {
        guard token.kind == .newline else {
            if token.kind == .eof { return } // parseBlock reports the open block
            if token.kind == .symbol(.assign) {
                throw error(Self.assignNotCompare)
            }
            throw unexpected(expected: Message(en: "a line break after ", nl: "een regelovergang na ") + what,
                             hint: Message(en: "put the block's statements on the lines below", nl: "zet de opdrachten van het blok op de regels eronder"))
        }
    }
}
