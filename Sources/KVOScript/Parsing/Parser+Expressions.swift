import KVOModel

/// Expressions, loosest binding first: or, and, not, comparison, + -, * /, unary -, postfix, primary.
extension Parser {
    /// Grammar (docs/language.md):
    ///
    ///     expression = or_expression ;
    mutating func parseExpression(expected: Message, usage: String? = nil) throws(Diagnostic) -> Expression {
        guard canStartExpression else {
            throw unexpected(expected: expected, hint: usage.map { Message(en: "usage: ", nl: "gebruik: ") + $0 })
        }
        return try parseOr()
    }

    func make(_ kind: Expression.Kind, from first: Expression) throws(Diagnostic) -> Expression {
        let e = Expression(kind, at: first.location, start: first.start, end: previousEnd)
        // A chain `1+1+1+...` is built in a loop, so only its depth tells it is too long.
        guard e.depth <= Parser.maxTreeDepth else { throw tooDeep(at: first.location, limit: Parser.maxTreeDepth) }
        return e
    }

    /// Runs `parse` one level deeper, refusing to go beyond `Parser.maxDepth` levels.
    mutating func deeper(_ parse: (inout Parser) throws(Diagnostic) -> Expression) throws(Diagnostic) -> Expression {
        recursion += 1
        defer { recursion -= 1 }
        guard recursion <= Parser.maxDepth else { throw tooDeep() }
        return try parse(&self)
    }

    /// Grammar (docs/language.md):
    ///
    ///     or_expression = and_expression { "or" and_expression } ;
    mutating func parseOr() throws(Diagnostic) -> Expression {
        var left = try parseAnd()
        while isKeyword(.or) {
            try advance()
            let right = try operand(after: "'or'") { p throws(Diagnostic) in try p.parseAnd() }
            left = try make(.binary(.or, left, right), from: left)
        }
        return left
    }

    /// Grammar (docs/language.md):
    ///
    ///     and_expression = not_expression { "and" not_expression } ;
    mutating func parseAnd() throws(Diagnostic) -> Expression {
        var left = try parseNot()
        while isKeyword(.and) {
            try advance()
            let right = try operand(after: "'and'") { p throws(Diagnostic) in try p.parseNot() }
            left = try make(.binary(.and, left, right), from: left)
        }
        return left
    }

    /// Grammar (docs/language.md):
    ///
    ///     not_expression = "not" not_expression
    ///                    | comparison ;
    mutating func parseNot() throws(Diagnostic) -> Expression {
        if isKeyword(.not) {
            let start = token
            try advance()
            let operand = try operand(after: "'not'") { p throws(Diagnostic) in try p.parseNot() }
            return Expression(.unary(.not, operand), at: start.location, start: start.start, end: previousEnd)
        }
        return try parseComparison()
    }

    /// The comparison operator at the current token, if any; `>` not when it starts a redirection.
    ///
    /// Grammar (docs/language.md):
    ///
    ///     comparison_op = "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not" "in"
    ///                   | "=" ;
    mutating func comparisonOperator() throws(Diagnostic) -> BinaryOperator? {
        switch token.kind {
        case .symbol(.assign) where equalsCompares:
            return .equal
        case .symbol(.greater) where try atRedirectionArrow():
            return nil
        case .symbol(let s):
            return BinaryOperator(rawValue: s.rawValue).flatMap { [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains($0) ? $0 : nil }
        case .keyword(.in): return .in
        case .keyword(.not): return try peek().kind == .keyword(.in) ? .notIn : nil
        default: return nil
        }
    }

    /// Grammar (docs/language.md):
    ///
    ///     comparison = additive [ comparison_op additive ] ;
    mutating func parseComparison() throws(Diagnostic) -> Expression {
        let left = try parseAdditive()
        if isSymbol(.assign), !equalsCompares {
            throw error(Self.assignNotCompare, hint: Message(en: "to set a variable write: let NAME = VALUE", nl: "een variabele zet je met: let NAAM = WAARDE"))
        }
        guard let op = try comparisonOperator() else { return left }
        try advance()
        if op == .notIn { try advance() }
        let right = try operand(after: "'\(op.rawValue)'") { p throws(Diagnostic) in try p.parseAdditive() }
        // `where priority > 3 > top.csv`: a second `>` in a command starts its redirection.
        let redirects = readingCommand && nesting.isEmpty && isSymbol(.greater)
        if !redirects, try comparisonOperator() != nil {
            throw error(Message(en: "comparisons cannot be chained", nl: "vergelijkingen kun je niet aaneenrijgen"),
                        hint: Message(en: "join them with 'and': a < b and b < c", nl: "verbind ze met 'and': a < b and b < c"))
        }
        return try make(.binary(op, left, right), from: left)
    }

    /// Grammar (docs/language.md):
    ///
    ///     additive = multiplicative { ( "+" | "-" ) multiplicative } ;
    mutating func parseAdditive() throws(Diagnostic) -> Expression {
        var left = try parseMultiplicative()
        while case .symbol(let s) = token.kind, s == .plus || s == .minus {
            try advance()
            let right = try operand(after: "'\(s.rawValue)'") { p throws(Diagnostic) in try p.parseMultiplicative() }
            left = try make(.binary(s == .plus ? .add : .subtract, left, right), from: left)
        }
        return left
    }

    /// Grammar (docs/language.md):
    ///
    ///     multiplicative = unary { ( "*" | "/" ) unary } ;
    mutating func parseMultiplicative() throws(Diagnostic) -> Expression {
        var left = try parseUnary()
        while case .symbol(let s) = token.kind, s == .star || s == .slash {
            try advance()
            let right = try operand(after: "'\(s.rawValue)'") { p throws(Diagnostic) in try p.parseUnary() }
            left = try make(.binary(s == .star ? .multiply : .divide, left, right), from: left)
        }
        return left
    }

    /// Grammar (docs/language.md):
    ///
    ///     unary = "-" unary
    ///           | postfix ;
    mutating func parseUnary() throws(Diagnostic) -> Expression {
        if isSymbol(.minus) {
            let start = token
            try advance()
            let operand = try operand(after: "'-'") { p throws(Diagnostic) in try p.parseUnary() }
            return Expression(.unary(.negate, operand), at: start.location, start: start.start, end: previousEnd)
        }
        return try parsePostfix()
    }

    /// The operand after an operator, one level deeper; an error when none can start here.
    mutating func operand(after what: String, _ parse: (inout Parser) throws(Diagnostic) -> Expression) throws(Diagnostic) -> Expression {
        guard canStartExpression else { throw unexpected(expected: Message(en: "a value after \(what)", nl: "een waarde na \(what)")) }
        return try deeper(parse)
    }

    /// Grammar (docs/language.md):
    ///
    ///     postfix = primary { "." IDENTIFIER | "[" expression "]" } ;
    mutating func parsePostfix() throws(Diagnostic) -> Expression {
        var value = try parsePrimary()
        while true {
            if isSymbol(.dot) {
                try advance()
                guard case .identifier(let name) = token.kind else { throw unexpected(expected: Message(en: "a field name after '.'", nl: "een veldnaam na '.'")) }
                let at = token.location
                try advance()
                value = try make(.member(value, name: name, at: at), from: value)
            } else if isSymbol(.leftBracket) {
                nesting.append((.leftBracket, token.location))
                try advance()
                let index = try deeper { p throws(Diagnostic) in
                    try p.parseExpression(expected: Message(en: "an index inside '[ ]'", nl: "een index tussen '[ ]'"))
                }
                try closeNesting(.rightBracket)
                value = try make(.index(value, index), from: value)
            } else {
                return value
            }
        }
    }

    mutating func closeNesting(_ closer: Symbol) throws(Diagnostic) {
        guard isSymbol(closer) else { throw unexpected(expected: .verbatim("'\(closer.rawValue)'")) }
        nesting.removeLast()
        try advance()
    }

    /// Grammar (docs/language.md):
    ///
    ///     primary = NUMBER | PERCENT | DATE | QUARTER | STRING
    ///             | "true" | "false" | "null"
    ///             | call
    ///             | IDENTIFIER
    ///             | "(" expression ")"
    ///             | list ;
    mutating func parsePrimary() throws(Diagnostic) -> Expression {
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
            return try parseCall(name, at: start)
        case .symbol(.leftParen):
            nesting.append((.leftParen, token.location))
            try advance()
            let inner = try deeper { p throws(Diagnostic) in try p.parseExpression(expected: Message(en: "an expression after '('", nl: "een expressie na '('")) }
            try closeNesting(.rightParen)
            return Expression(inner.kind, at: start.location, start: start.start, end: previousEnd)
        case .symbol(.leftBracket):
            return try parseList()
        default:
            throw unexpected(expected: Message(en: "a value", nl: "een waarde"))
        }
    }

    /// From the "(" that touches the name `start`.
    ///
    /// Grammar (docs/language.md):
    ///
    ///     call = IDENTIFIER "(" [ expression { "," expression } ] ")" ;
    mutating func parseCall(_ name: String, at start: Token) throws(Diagnostic) -> Expression {
        let arguments = try expressionList(.leftParen, closer: .rightParen, trailingComma: false,
                                           first: Message(en: "an argument or ')'", nl: "een argument of ')'"),
                                           next: Message(en: "an argument after ','", nl: "een argument na ','"))
        return Expression(.call(name: name, arguments), at: start.location, start: start.start, end: previousEnd)
    }

    /// Grammar (docs/language.md):
    ///
    ///     list = "[" [ expression { "," expression } [ "," ] ] "]" ;
    mutating func parseList() throws(Diagnostic) -> Expression {
        let start = token
        let items = try expressionList(.leftBracket, closer: .rightBracket, trailingComma: true,
                                       first: Message(en: "a list item or ']'", nl: "een lijstelement of ']'"),
                                       next: Message(en: "a list item after ','", nl: "een lijstelement na ','"))
        return Expression(.list(items), at: start.location, start: start.start, end: previousEnd)
    }

    /// The expressions from the `opener` at the current token to its `closer`, separated by
    /// commas (a comma before the closer only with `trailingComma`), one level deeper.
    mutating func expressionList(_ opener: Symbol, closer: Symbol, trailingComma: Bool, first: Message, next: Message) throws(Diagnostic) -> [Expression] {
        nesting.append((opener, token.location))
        try advance()
        recursion += 1
        defer { recursion -= 1 }
        guard recursion <= Parser.maxDepth else { throw tooDeep() }
        var items: [Expression] = []
        if !isSymbol(closer) {
            items.append(try parseExpression(expected: first))
            while isSymbol(.comma) {
                try advance()
                if trailingComma, isSymbol(closer) { break }
                items.append(try parseExpression(expected: next))
            }
        }
        try closeNesting(closer)
        return items
    }
}
