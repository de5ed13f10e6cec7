import KVOModel
import KVOScript

/// Writes the interpreter's output to file descriptors 1 and 2, buffered for standard output
/// (flushed after every command at the prompt and before exit) and unbuffered for errors.
package final class StandardOutput: OutputSink {
    private var buffer: [UInt8] = []
    /// While an entry at the prompt runs with the pager on, its output is held here until it
    /// has finished, so that the shell can tell whether it fits the screen (`release`).
    private var held: [UInt8]?

    package init() { buffer.reserveCapacity(16_384) }

    package func write(_ text: String) {
        if held != nil {
            held!.append(contentsOf: text.utf8)
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 16_384 { flush() }
    }

    package func writeError(_ text: String) {
        // An error or prompt in the middle: what came before it is shown first, unpaged.
        writeHeld()
        flush()
        Descriptor.writeAll(Descriptor.standardError, Array(text.utf8))
    }

    /// Holds what is written from now on, for the pager.
    package func hold() {
        flush()
        held = []
    }

    /// Stops holding: what was held goes through `pager` when it is longer than `rows` rows
    /// of `columns` (and the pager starts), otherwise straight to standard output.
    package func release(pager: Pager, rows: Int, columns: Int) {
        guard let text = held else { return }
        held = nil
        if Pager.isLonger(text, rows: rows - 1, columns: columns), pager.show(text) { return }
        buffer.append(contentsOf: text)
        flush()
    }

    /// Writes what is held without paging (before a question to the user).
    package func writeHeld() {
        guard let text = held else { return }
        held = nil
        buffer.append(contentsOf: text)
        flush()
    }

    package func flush() {
        guard held == nil else { return } // held output is written by `release`
        guard !buffer.isEmpty else { return }
        Descriptor.writeAll(Descriptor.standardOutput, buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
