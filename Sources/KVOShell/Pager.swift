import KVOModel
import KVOScript

/// Shows output longer than the screen through `$PAGER` (default `less -RFX`), as psql does.
/// The shell asks it only for output at an interactive prompt; pipes and files never see it.
package struct Pager {
    /// The command line, run by /bin/sh; nil or empty means no pager.
    package var command: String?

    package init(command: String?) { self.command = command }

    /// `$PAGER`, else `less -RFX` (-R colours, -F quit when it fits, -X leave the text on screen).
    package static func fromEnvironment() -> Pager {
        Pager(command: Environment.get("PAGER") ?? "less -RFX")
    }

    /// Whether `text` takes more rows than the screen has, counting long lines as the
    /// terminal wraps them, and leaving a row for the prompt.
    package static func isLonger(_ text: [UInt8], rows: Int, columns: Int) -> Bool {
        var lines = 0, width = 0
        for byte in text {
            if byte == 10 {
                lines += 1 + max(0, width - 1) / max(1, columns)
                width = 0
            } else if byte & 0xC0 != 0x80 {
                width += 1 // one column a character: close enough for deciding to page
            }
            if lines >= rows { return true }
        }
        if width > 0 { lines += 1 + (width - 1) / max(1, columns) }
        return lines >= rows
    }

    /// Runs the pager with `text` on its standard input and waits for it. False when it could
    /// not be started (the caller prints the text itself).
    package func show(_ text: [UInt8]) -> Bool {
        guard let command, !command.trimmingBlanks.isEmpty else { return false }
        return Subprocess.feed(text, toShellCommand: command)
    }
}

extension String {
    fileprivate var trimmingBlanks: Substring { drop { $0 == " " || $0 == "\t" } }
}
