#if canImport(Glibc)
import Glibc
#endif
import KVOModel

/// Facts about the terminal the shell runs on. Only KVOShell and the executable look at these.
package enum Terminal {
    package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Interactive means both ends are a terminal: otherwise standard input is read as a script,
    /// with no editor, prompt, banner or colour.
    package static var isInteractive: Bool { isTerminal(0) && isTerminal(1) }

    /// Columns of the terminal on standard output, or nil when it is not one.
    package static func width() -> Int? {
        var size = winsize()
        guard syscall({ ioctl(1, UInt(TIOCGWINSZ), &size) }) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Rows of the terminal on standard output, or nil when it is not one.
    package static func height() -> Int? {
        var size = winsize()
        guard syscall({ ioctl(1, UInt(TIOCGWINSZ), &size) }) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Colour on a stream only when it is a terminal, `--no-color` was not given and NO_COLOR
    /// (no-color.org) is unset or empty.
    package static func wantsColor(fd: Int32, disabled: Bool) -> Bool {
        if disabled { return false }
        if let value = Environment.get("NO_COLOR"), !value.isEmpty { return false }
        if Environment.get("TERM") == "dumb" { return false }
        return isTerminal(fd)
    }
}
