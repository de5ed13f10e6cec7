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
    /// For an excerpt of a big file: the line number of `text`'s first line, and the column its
    /// first character had in that line (both 1 for a whole text).
    public let firstLine: Int
    public let firstColumn: Int

    public init(name: String?, text: String, directory: String, isGenerated: Bool = false) {
        self.isGenerated = isGenerated
        self.name = name
        self.text = text
        self.directory = directory
        self.firstLine = 1
        self.firstColumn = 1
        // "\r\n" is one Character in Swift, so split on both (files from Windows editors).
        self.lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    /// The part of line `line` of a file's bytes around `column`, to quote under a load error:
    /// never the whole file (a dossier of 200 MB of line feeds would be 200 million lines) nor a
    /// whole long line (200 MB of spaces), only `around` bytes on either side of the column.
    public init(name: String, bytes: [UInt8], line: Int, column: Int, around: Int = 200) {
        var start = 0, current = 1
        while current < line, let i = bytes[start...].firstIndex(of: 0x0A) {
            start = i + 1
            current += 1
        }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        // Columns count characters; for the excerpt's bounds bytes are close enough.
        let from = min(end, start + max(0, column - 1 - around)), to = min(end, start + column - 1 + around)
        var slice = Array(bytes[from..<to])
        if slice.last == 0x0D { slice.removeLast() }
        self.isGenerated = false
        self.name = name
        self.text = String(decoding: slice, as: UTF8.self)
        self.directory = "."
        self.firstLine = line
        self.firstColumn = 1 + (from - start)
        self.lines = [Substring(self.text)]
    }

    public func line(_ number: Int) -> Substring? {
        let i = number - firstLine
        return i >= 0 && i < lines.count ? lines[i] : nil
    }
}
