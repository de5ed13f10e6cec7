import KVOModel

/// Where the interpreter writes. The shell gives it standard output and error; tests give it a
/// buffer. Nothing in KVOScript writes to a file descriptor directly.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
    /// Passes on what was written so far (after each top-level statement, so that what a
    /// command acknowledged is visible at once, also through a pipe).
    func flush()
}

extension OutputSink {
    public func flush() {}
}

/// Collects output in memory.
public final class BufferedOutput: OutputSink {
    public private(set) var output = ""
    public private(set) var errors = ""

    public init() {}

    public func write(_ text: String) { output += text }
    public func writeError(_ text: String) { errors += text }
}
