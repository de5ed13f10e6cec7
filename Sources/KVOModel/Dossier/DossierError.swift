/// Why a dossier file could not be loaded: where (line, column, field path) and what was expected.
public struct DossierError: Error, Sendable, Equatable {
    public let message: Message
    public let path: JSONPath?
    public let line: Int?
    public let column: Int?

    public init(message: Message, path: JSONPath? = nil, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    /// `parks[2].entrepreneurs: expected a whole number, got "veel"`
    public var description: String { text(.en) }

    /// The message with its field path in front, in a language.
    public func text(_ language: Language) -> String {
        guard let path, !path.components.isEmpty else { return message.text(language) }
        return "\(path): \(message.text(language))"
    }

    /// The message with its field path in front, in both languages.
    public var located: Message {
        guard let path, !path.components.isEmpty else { return message }
        return "\(path): " + message
    }
}
