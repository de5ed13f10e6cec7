import KVOModel

/// Where the interpreter writes. The shell gives it standard output and error; tests give it a
/// buffer. Nothing in KVOScript writes to a file descriptor directly.
package protocol OutputSink: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
    /// Passes on what was written so far (after each top-level statement, so that what a
    /// command acknowledged is visible at once, also through a pipe).
    func flush()
}

extension OutputSink {
    package func flush() {}
}

/// Collects output in memory.
package final class BufferedOutput: OutputSink {
    package private(set) var output = ""
    package private(set) var errors = ""

    package init() {}

    package func write(_ text: String) { output += text }
    package func writeError(_ text: String) { errors += text }
}
