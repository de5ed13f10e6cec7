/// A text for the user in English and in Dutch. There is no way to build one from a single
/// language: every text kvo shows is written in both at the place it is made, so a Dutch session
/// can never fall back to English by accident (issue 10; swift-format's `Finding.Message`).
public struct Message: Sendable, Hashable, CustomStringConvertible {
    public let en: String
    public let nl: String

    public init(en: String, nl: String) {
        self.en = en
        self.nl = nl
    }

    /// Text that is the same in both languages because it is no word of either: a record ID, a
    /// number, a name from the dossier, a piece of syntax. Never for a sentence.
    public static func verbatim(_ text: String) -> Message { Message(en: text, nl: text) }

    public static let empty = Message.verbatim("")


    public func text(_ language: Language) -> String { language == .nl ? nl : en }

    /// The English text, for places that log for developers (a failing test's output).
    public var description: String { en }

    public var isEmpty: Bool { en.isEmpty && nl.isEmpty }

    /// Each language's text transformed alike ("capitalised", "with a full stop").
    public func map(_ transform: (String) -> String) -> Message { Message(en: transform(en), nl: transform(nl)) }

    public static func + (lhs: Message, rhs: Message) -> Message { Message(en: lhs.en + rhs.en, nl: lhs.nl + rhs.nl) }

    public static func + (lhs: Message, rhs: String) -> Message { Message(en: lhs.en + rhs, nl: lhs.nl + rhs) }

    public static func + (lhs: String, rhs: Message) -> Message { Message(en: lhs + rhs.en, nl: lhs + rhs.nl) }

    public static func += (lhs: inout Message, rhs: Message) { lhs = lhs + rhs }
}

extension Sequence where Element == Message {
    /// The messages joined by a separator that is the same in both languages ("; ", "\n").
    public func joined(separator: String) -> Message {
        var en: [String] = [], nl: [String] = []
        for m in self {
            en.append(m.en)
            nl.append(m.nl)
        }
        return Message(en: en.joined(separator: separator), nl: nl.joined(separator: separator))
    }
}
