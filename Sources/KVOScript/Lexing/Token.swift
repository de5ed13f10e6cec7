import KVOModel

/// One token of the command language. Positions are kept so that every later error can point
/// at the exact column.
package struct Token: Sendable {
    package enum Kind: Sendable, Equatable {
        case identifier(String)
        case keyword(Keyword)
        case number(Double)
        /// `30%`, stored as the fraction 0.3.
        case percent(Double)
        case date(Day)
        case quarter(Quarter)
        case string(String)
        /// `--name`, for a command's options.
        case option(String)
        /// A command argument as written (a path, an ID, a pattern), read in a word mode of
        /// the lexer (`Lexer.Mode`).
        case word(String)
        case symbol(Symbol)
        case newline
        case eof
        /// Text that is no token of an expression (`&`, `2025-13-01`): read only in `.code`
        /// mode, and an error where the parser meets it; a word slot reads the same text as a
        /// `.word` (`rules §4.1`).
        case invalid(message: Message, hint: Message?)
    }

    package var kind: Kind
    package var location: SourceLocation
    /// Offsets in the source's unicode scalars: [start, end).
    package var start: Int
    package var end: Int

    package var length: Int { end - start }
}

/// Reserved words. Command words such as `where` or `as` are not reserved: they mean something
/// only inside the command that uses them.
package enum Keyword: String, Sendable, CaseIterable {
    case `let`, `if`, elif, `else`, end, `for`, `in`, and, or, not, `true`, `false`, null
}

package enum Symbol: String, Sendable, CaseIterable {
    case plus = "+", minus = "-", star = "*", slash = "/"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case assign = "=", leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case comma = ",", dot = "."
}

extension Token.Kind {
    /// How the token reads in an error message: `'end'`, `a string`, `the end of the line`.
    package var described: Message {
        switch self {
        case .identifier(let name), .word(let name): .verbatim("'\(name)'")
        case .keyword(let k): .verbatim("'\(k.rawValue)'")
        case .number, .percent: Message(en: "a number", nl: "een getal")
        case .date: Message(en: "a date", nl: "een datum")
        case .quarter: Message(en: "a quarter", nl: "een kwartaal")
        case .string: Message(en: "a string", nl: "een tekst")
        case .option(let name): Message(en: "option '--\(name)'", nl: "optie '--\(name)'")
        case .symbol(let s): .verbatim("'\(s.rawValue)'")
        case .newline: Message(en: "the end of the line", nl: "het einde van de regel")
        case .eof: Message(en: "the end of the input", nl: "het einde van de invoer")
        case .invalid: Message(en: "text that cannot be read", nl: "onleesbare tekst")
        }
    }
}
