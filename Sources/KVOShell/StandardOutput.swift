#if canImport(Glibc)
import Glibc
#endif
import KVOScript

/// Writes the interpreter's output to file descriptors 1 and 2, buffered for standard output
/// (flushed after every command at the prompt and before exit) and unbuffered for errors.
public final class StandardOutput: OutputSink {
    private var buffer: [UInt8] = []

    public init() { buffer.reserveCapacity(16_384) }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 16_384 { flush() }
    }

    public func writeError(_ text: String) {
        flush()
        StandardOutput.writeAll(2, Array(text.utf8))
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        StandardOutput.writeAll(1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return // EPIPE and the like: the reader is gone; nothing sensible to do
                }
                offset += n
            }
        }
    }
}
