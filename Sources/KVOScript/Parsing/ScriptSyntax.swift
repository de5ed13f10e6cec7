import KVOModel

/// The one public door into the parser, for the fuzz target FuzzScript: Fuzz/ is a package of its
/// own, and the rest of KVOScript is `package` (issue 16: public only where something outside the
/// package needs it). Parses `text` as a script file with the standard command table.
public enum ScriptSyntax {
    /// Whether `text` parses; a diagnostic is an answer, never a trap.
    public static func isWellFormed(_ text: String, name: String = "script.kvo") -> Bool {
        (try? Parser.parse(SourceFile(name: name, text: text, directory: "/nonexistent"), commands: .standard)) != nil
    }
}
