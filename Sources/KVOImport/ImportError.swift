import KVOModel

/// Why an import stopped, tied to the place in the file that caused it. Errors are data: the
/// command layer turns them into kvo's diagnostics (`file:line:col: error: ...`, the line, a
/// caret, a hint). An import that throws has changed nothing.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public var message: Message
    /// The file as the user named it (the CSV file or the mapping file); nil for a problem of the
    /// command itself (a missing option, a dossier without parks).
    public var file: String?
    /// The file's text as read, so the offending line can be quoted.
    public var text: String?
    /// 1-based line and column (columns count characters).
    public var line: Int?
    public var column: Int?
    /// Characters to underline from the column.
    public var length: Int
    public var hint: Message?
    /// A value that named nothing known, and what it could have been: the command layer adds
    /// "did you mean ...?".
    public var unknown: String?
    public var candidates: [String]

    public init(_ message: Message, file: String? = nil, text: String? = nil, line: Int? = nil, column: Int? = nil,
                length: Int = 1, hint: Message? = nil, unknown: String? = nil, candidates: [String] = []) {
        self.message = message
        self.file = file
        self.text = text
        self.line = line
        self.column = column
        self.length = max(1, length)
        self.hint = hint
        self.unknown = unknown
        self.candidates = candidates
    }

    public var description: String {
        var head = file ?? ""
        if let line { head += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return (head.isEmpty ? "" : head + ": ") + message.en
    }
}
