/// What the text ended inside of, when a parse stopped because more lines were needed: the shell
/// then asks for them with a prompt naming it (`if...>`, `"...>`) instead of reporting an error.
public enum OpenConstruct: Sendable, Equatable {
    case ifBlock
    case forBlock
    case string
    case parenthesis
    case bracket

    /// The block a keyword opens: `if` and `for` are the language's only blocks.
    public init?(keyword: String) {
        switch keyword {
        case "if": self = .ifBlock
        case "for": self = .forBlock
        default: return nil
        }
    }

    /// As the continuation prompt shows it: the keyword, the quote or the bracket.
    public var symbol: String {
        switch self {
        case .ifBlock: "if"
        case .forBlock: "for"
        case .string: "\""
        case .parenthesis: "("
        case .bracket: "["
        }
    }

    /// As notices name it: "the unfinished 'string' was discarded".
    public var name: String { self == .string ? "string" : symbol }
}
