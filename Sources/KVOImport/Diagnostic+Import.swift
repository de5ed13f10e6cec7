import KVOModel

extension Diagnostic {
    /// Why an import stopped, tied to the place in the file that caused it: kvo's one error type,
    /// so the command layer prints it as any other (`file:line:col: error: ...`, the line, a caret,
    /// a hint). An import that throws has changed nothing.
    ///
    /// `file`: the file as the user named it (the CSV file or the mapping file); nil for a problem
    /// of the command itself (a missing option, a dossier without parks), which the command places
    /// at the file's name on its line. `text`: the file's text as read, so the offending line can be
    /// quoted. `line`, `column`: 1-based (columns count characters). `unknown`: a value that named
    /// nothing known, and `candidates` what it could have been ("did you mean ...?").
    static func importing(_ message: Message, file: String? = nil, text: String? = nil, line: Int? = nil, column: Int? = nil,
                          length: Int = 1, hint: Message? = nil, unknown: String? = nil, candidates: [String] = []) -> Diagnostic {
        let said = unknown.map { message + Suggestion.phrase(for: $0, in: candidates) } ?? message
        let source = file.map { SourceFile(name: $0, text: text ?? "", directory: ".") }
        let location = line.map { SourceLocation(line: $0, column: column ?? 1) }
        return Diagnostic(.runtime, said, source: source, at: source == nil ? nil : location, length: length, hint: hint)
    }
}
