/// A JSON text that could not be read: where, and what was expected.
public struct JSONError: Error, Sendable, Equatable {
    public let message: Message
    public let line: Int
    public let column: Int
    /// Byte offset into the text.
    public let offset: Int

    public init(message: Message, line: Int, column: Int, offset: Int) {
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
    }
}
