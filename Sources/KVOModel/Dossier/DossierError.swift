/// Why a dossier file could not be loaded: where (line, column, field path) and what was expected.
public struct DossierError: Error, Sendable, Equatable {
    public let message: String
    public let path: JSONPath?
    public let line: Int?
    public let column: Int?

    public init(message: String, path: JSONPath? = nil, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    /// `parks[2].entrepreneurs: expected a whole number, got "veel"`
    public var description: String {
        guard let path, !path.components.isEmpty else { return message }
        return "\(path): \(message)"
    }
}
