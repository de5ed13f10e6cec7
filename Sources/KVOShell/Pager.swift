#if canImport(Glibc)
import Glibc
#endif
import KVOScript

/// Shows output longer than the screen through `$PAGER` (default `less -RFX`), as psql does.
/// The shell asks it only for output at an interactive prompt; pipes and files never see it.
public struct Pager {
    /// The command line, run by /bin/sh; nil or empty means no pager.
    public var command: String?

    public init(command: String?) { self.command = command }

    /// `$PAGER`, else `less -RFX` (-R colours, -F quit when it fits, -X leave the text on screen).
    public static func fromEnvironment() -> Pager {
        Pager(command: Environment.get("PAGER") ?? "less -RFX")
    }

    /// Whether `text` takes more rows than the screen has, counting long lines as the
    /// terminal wraps them, and leaving a row for the prompt.
    public static func isLonger(_ text: [UInt8], rows: Int, columns: Int) -> Bool {
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
    public func show(_ text: [UInt8]) -> Bool {
        guard let command, !command.trimmingBlanks.isEmpty else { return false }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let words: [String] = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
        close(fds[0])
        guard spawned == 0 else { close(fds[1]); return false }
        // A pager quit before the end closes the pipe: the write fails with EPIPE instead of
        // the signal ending kvo.
        let previous = signal(SIGPIPE, SIG_IGN)
        StandardOutput.writeAll(fds[1], text)
        close(fds[1])
        signal(SIGPIPE, previous)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return true
    }
}

extension String {
    fileprivate var trimmingBlanks: Substring { drop { $0 == " " || $0 == "\t" } }
}
