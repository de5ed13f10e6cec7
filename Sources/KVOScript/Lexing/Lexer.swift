import KVOModel

/// Turns script text into tokens on demand. The parser pulls tokens one at a time and sets
/// the `mode` before each: command arguments such as paths (`examples/de-hoek.json`) and rule
/// IDs (`KVO-4.1.*`) are words as written, not expressions, so the same text reads differently
/// by the slot it fills. The lexer only moves forward.
package struct Lexer {
    package let source: SourceFile
    private let scalars: [Unicode.Scalar]
    private(set) var offset = 0
    private var line = 1
    private var column = 1
    /// How the next token is read; the parser sets it before asking.
    package var mode: Mode = .code

    /// How a token is read. Outside `.code`, newlines, the end and quoted strings read as
    /// always; anything else is a `.word` as written, up to a blank or `#`, except as each mode says.
    package enum Mode: Sendable, Equatable {
        /// Expressions: names, numbers, dates, symbols.
        case code
        /// A word slot or a redirection's file: `--name` is an option, a leading `>` or `,`
        /// (commas not allowed) a symbol.
        case word(commas: Bool)
        /// The word after a KIND in `[KIND] ID`: as `.word`, but a NAME before `=` is an
        /// identifier, since `FIELD=VALUE` pairs start there (`set measure status=done`).
        case recordID
        /// An option's value: anything up to a blank (`--present MB-1,MB-2`, `--x=--y`).
        case optionValue(commas: Bool)
        /// The value right after `FIELD=`: commas allowed; a `(` touching the `=` starts an
        /// expression and is a symbol.
        case fieldValue
    }

    package init(_ source: SourceFile) {
        self.source = source
        self.scalars = Array(source.text.unicodeScalars)
    }

    /// Whether the next character, with no blank before it, is `c`: `count(` is a call.
    func nextCharacterIs(_ c: Unicode.Scalar) -> Bool { peek() == c }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        offset + ahead < scalars.count ? scalars[offset + ahead] : nil
    }

    private mutating func advance() {
        if scalars[offset] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        offset += 1
    }

    private var here: SourceLocation { SourceLocation(line: line, column: column) }

    private mutating func skipBlanks() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\r" {
                advance()
            } else if c == "#" {
                while let d = peek(), d != "\n" { advance() }
            } else if c == "\\", peek(1) == "\n" || (peek(1) == "\r" && peek(2) == "\n") {
                advance() // an explicit line continuation
                while let d = peek(), d != "\n" { advance() }
                advance()
            } else {
                break
            }
        }
    }

    package mutating func next() throws(Diagnostic) -> Token {
        let before = offset
        skipBlanks()
        let start = offset, loc = here
        func token(_ kind: Token.Kind) -> Token { Token(kind: kind, location: loc, start: start, end: offset) }
        guard let c = peek() else { return token(.eof) }
        if c == "\n" {
            advance()
            return token(.newline)
        }
        if c == "\"" || c == "'" { return token(.string(try string(quote: c, at: loc))) }
        if mode != .code { return token(argument(startingWith: c, touching: start == before)) }
        if isDigit(c) {
            do {
                return token(try number(at: loc))
            } catch {
                // Skip the rest of the word so the parser can point at it or reread it raw.
                while let d = peek(), isIdentifierPart(d) || d == "-" || d == "." { advance() }
                return token(.invalid(message: error.message, hint: error.hint))
            }
        }
        if isIdentifierStart(c) {
            var text = ""
            while let d = peek(), isIdentifierPart(d) { text.unicodeScalars.append(d); advance() }
            if let k = Keyword(rawValue: text) { return token(.keyword(k)) }
            return token(.identifier(text))
        }
        if let name = option() { return token(.option(name)) }
        let two = peek(1).map { String(c) + String($0) }
        if let two, let s = Symbol(rawValue: two) {
            advance(); advance()
            return token(.symbol(s))
        }
        if let s = Symbol(rawValue: String(c)) {
            advance()
            return token(.symbol(s))
        }
        let hint: Message? = switch c {
        case "&": Message(en: "write 'and' instead of '&&'", nl: "schrijf 'and' in plaats van '&&'")
        case "|": Message(en: "write 'or' instead of '||'", nl: "schrijf 'or' in plaats van '||'")
        case "!": Message(en: "write 'not' instead of '!'", nl: "schrijf 'not' in plaats van '!'")
        case "%": Message(en: "a percentage is written right after its number, as in 30%", nl: "een percentage schrijf je direct achter het getal, zoals 30%")
        default: nil
        }
        advance()
        return token(.invalid(message: Message(en: "unexpected character '\(c)'", nl: "onverwacht teken '\(c)'"), hint: hint))
    }

    /// `--name`, for a command's options; `--name=value` leaves the value to be read next.
    private mutating func option() -> String? {
        guard peek() == "-", peek(1) == "-", let d = peek(2), isIdentifierStart(d) else { return nil }
        advance(); advance()
        var text = ""
        while let d = peek(), isIdentifierPart(d) || d == "-" { text.unicodeScalars.append(d); advance() }
        if peek() == "=" { advance() }
        return text
    }

    /// A command argument in one of the word modes (`Mode`), starting at `c`, which is no blank,
    /// newline or quote; `touching` when no blank came before it.
    private mutating func argument(startingWith c: Unicode.Scalar, touching: Bool) -> Token.Kind {
        var commas = true
        switch mode {
        case .code: break
        case .fieldValue:
            if c == "(", touching {
                advance()
                return .symbol(.leftParen)
            }
        case .word(let allowed):
            commas = allowed
            if let symbol = leadingSymbol(c, commas: allowed) { return symbol }
        case .recordID:
            commas = false
            if let symbol = leadingSymbol(c, commas: false) { return symbol }
            if let name = fieldName() { return .identifier(name) }
        case .optionValue(let allowed):
            commas = allowed
            if c == ",", !allowed {
                advance()
                return .symbol(.comma)
            }
        }
        var text = ""
        while let d = peek(), d != " ", d != "\t", d != "\n", d != "\r", d != "#", commas || d != ",",
              !(d == "\\" && (peek(1) == "\n" || peek(1) == "\r")) {
            text.unicodeScalars.append(d)
            advance()
        }
        return .word(text)
    }

    /// In a word slot: an option, or a `>` (a redirection) or `,` (a separator) that starts no word.
    private mutating func leadingSymbol(_ c: Unicode.Scalar, commas: Bool) -> Token.Kind? {
        if let name = option() { return .option(name) }
        guard c == ">" || (c == "," && !commas) else { return nil }
        advance()
        return .symbol(c == ">" ? .greater : .comma)
    }

    /// A NAME directly before `=` (blanks allowed between, `==` excluded): the start of a
    /// `FIELD=VALUE` pair, read as an identifier as in `.code`.
    private mutating func fieldName() -> String? {
        guard let c = peek(), isIdentifierStart(c) else { return nil }
        var end = offset
        while end < scalars.count, isIdentifierPart(scalars[end]) { end += 1 }
        var after = end
        while after < scalars.count, scalars[after] == " " || scalars[after] == "\t" { after += 1 }
        guard after < scalars.count, scalars[after] == "=", after + 1 >= scalars.count || scalars[after + 1] != "=" else { return nil }
        var name = ""
        for scalar in scalars[offset..<end] { name.unicodeScalars.append(scalar) }
        guard Keyword(rawValue: name) == nil else { return nil }
        while offset < end { advance() }
        return name
    }

    private mutating func string(quote: Unicode.Scalar, at loc: SourceLocation) throws(Diagnostic) -> String {
        advance()
        var text = ""
        while true {
            guard let c = peek() else {
                throw Diagnostic(.syntax, Message(en: "unterminated string", nl: "tekst zonder afsluitend aanhalingsteken"), source: source, at: loc,
                                 hint: Message(en: "close it with \(quote)", nl: "sluit hem af met \(quote)"), openConstruct: .string)
            }
            if c == quote {
                advance()
                return text
            }
            if c == "\\" {
                let escLoc = here
                advance()
                guard let e = peek() else { continue }
                advance()
                switch e {
                case "n": text += "\n"
                case "t": text += "\t"
                case "r": text += "\r"
                case "0": text += "\0"
                case "\\", "\"", "'": text.unicodeScalars.append(e)
                case "u":
                    text.unicodeScalars.append(try unicodeEscape(at: escLoc))
                default:
                    throw Diagnostic(.syntax, Message(en: "unknown escape '\\\(e)' in a string", nl: "onbekende escape '\\\(e)' in een tekst"),
                                     source: source, at: escLoc, length: 2,
                                     hint: Message(en: "known escapes: ", nl: "bekende escapes: ") + "\\n \\t \\r \\0 \\\\ \\\" \\' \\u{XXXX}")
                }
                continue
            }
            text.unicodeScalars.append(c)
            advance()
        }
    }

    private mutating func unicodeEscape(at loc: SourceLocation) throws(Diagnostic) -> Unicode.Scalar {
        let bad = Diagnostic(.syntax, Message(en: "malformed unicode escape", nl: "onjuiste unicode-escape"), source: source, at: loc, length: 2,
                             hint: Message(en: "write it as \\u{E9} (one to six hexadecimal digits)",
                                           nl: "schrijf hem als \\u{E9} (één tot zes hexadecimale cijfers)"))
        guard peek() == "{" else { throw bad }
        advance()
        var value: UInt32 = 0, digits = 0
        while let c = peek(), c != "}" {
            guard let v = hexValue(c), digits < 6 else { throw bad }
            value = value * 16 + v
            digits += 1
            advance()
        }
        guard peek() == "}", digits > 0, let scalar = Unicode.Scalar(value) else { throw bad }
        advance()
        return scalar
    }

    /// Numbers, and the literals that start with digits: 2025-03-01, 2025Q2, 30%.
    private mutating func number(at loc: SourceLocation) throws(Diagnostic) -> Token.Kind {
        var digits = ""
        while let c = peek(), isDigit(c) { digits.unicodeScalars.append(c); advance() }
        if digits.count == 4, peek() == "-", let a = peek(1), let b = peek(2), isDigit(a), isDigit(b), peek(3) == "-",
           let c = peek(4), let d = peek(5), isDigit(c), isDigit(d) {
            var text = digits
            for _ in 0..<6 {
                text.unicodeScalars.append(peek()!)
                advance()
            }
            if let following = peek(), isIdentifierPart(following) {
                throw Diagnostic(.syntax, Message(en: "malformed date", nl: "onjuiste datum"), source: source, at: loc, length: 11,
                                 hint: Message(en: "dates are written YYYY-MM-DD, as in 2025-03-01", nl: "een datum schrijf je als JJJJ-MM-DD, zoals 2025-03-01"))
            }
            if let day = Day(text) { return .date(day) }
            throw Diagnostic(.syntax, Message(en: "'\(text)' is not a valid date", nl: "'\(text)' is geen geldige datum"), source: source, at: loc,
                             length: text.unicodeScalars.count, hint: Message(en: "dates are written YYYY-MM-DD, as in 2025-03-01", nl: "een datum schrijf je als JJJJ-MM-DD, zoals 2025-03-01"))
        }
        if digits.count == 4, let q = peek(), q == "Q" || q == "q", let n = peek(1), isDigit(n) {
            let text = digits + "Q" + String(n)
            advance(); advance()
            if let following = peek(), isIdentifierPart(following) {
                throw Diagnostic(.syntax, Message(en: "malformed quarter", nl: "onjuist kwartaal"), source: source, at: loc, hint: Message(en: "quarters are written 2025Q1 to 2025Q4", nl: "een kwartaal schrijf je als 2025Q1 tot en met 2025Q4"))
            }
            if let quarter = Quarter(text) { return .quarter(quarter) }
            throw Diagnostic(.syntax, Message(en: "'\(text)' is not a quarter", nl: "'\(text)' is geen kwartaal"), source: source, at: loc, length: 6,
                             hint: Message(en: "quarters are written 2025Q1 to 2025Q4", nl: "een kwartaal schrijf je als 2025Q1 tot en met 2025Q4"))
        }
        if peek() == ".", let d = peek(1), isDigit(d) {
            digits += "."
            advance()
            while let c = peek(), isDigit(c) { digits.unicodeScalars.append(c); advance() }
        }
        if let c = peek(), isIdentifierStart(c) {
            throw Diagnostic(.syntax, Message(en: "a number cannot run into letters", nl: "een getal kan niet direct in letters overgaan"), source: source, at: loc,
                             length: digits.count + 1, hint: Message(en: "put a space between them, or quote the text", nl: "zet er een spatie tussen, of zet de tekst tussen aanhalingstekens"))
        }
        guard let value = Double(digits) else {
            throw Diagnostic(.internal, Message(en: "could not read number '\(digits)'", nl: "kon het getal '\(digits)' niet lezen"), source: source, at: loc)
        }
        if peek() == "%" {
            advance()
            return .percent(value / 100)
        }
        return .number(value)
    }
}

@inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

@inline(__always) func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) || c == "_"
        || (c.value >= 0xC0 && c.properties.isAlphabetic)
}

@inline(__always) func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
    isIdentifierStart(c) || isDigit(c) || (c.value >= 0x300 && c.properties.generalCategory == .nonspacingMark)
}

extension Lexer {
    /// Whether `name` can be a variable: an identifier that is not a keyword.
    package static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isIdentifierStart(first),
              name.unicodeScalars.allSatisfy(isIdentifierPart) else { return false }
        return Keyword(rawValue: name) == nil
    }
}

func hexValue(_ c: Unicode.Scalar) -> UInt32? {
    switch c.value {
    case 48...57: c.value - 48
    case 65...70: c.value - 55
    case 97...102: c.value - 87
    default: nil
    }
}
