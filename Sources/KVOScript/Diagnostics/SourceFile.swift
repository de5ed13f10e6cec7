/// The text of one script (a file, a `-c` argument, standard input or a REPL entry) with its
/// name, kept so that a diagnostic can quote the offending line.
public final class SourceFile: Sendable {
    /// The path as given, or nil for text typed at the prompt.
    public let name: String?
    public let text: String
    /// The folder `run` and `source` resolve relative paths against.
    public let directory: String
    /// Line 1 and each line after a line break; computed once, since diagnostics and the parser need them.
    public let lines: [Substring]
    /// Text kvo wrote itself (from its command line): its errors quote no line or position.
    public let isGenerated: Bool

    public init(name: String?, text: String, directory: String, isGenerated: Bool = false) {
        self.isGenerated = isGenerated
        self.name = name
        self.text = text
        self.directory = directory
        // "\r\n" is one Character in Swift, so split on both (files from Windows editors).
        self.lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    public func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }
}
